import type { RetryOptions } from "./retry.js";

// The defaults the client object itself needs at creation, apart from the modules that use them: those
// load on the first request, and an app's initial bundle then carries only these constants.

export const DEFAULT_RETRY: Required<RetryOptions> = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 30_000, retryAmbiguousCreates: false };

export const DEFAULT_POLLING = { densePollMs: 1000, sparsePollMs: 60_000, firstPollMs: 5000 };
