// Everything that sends a request or checks a signature, as one module: the client loads it (one chunk in
// an app's bundle) on its first call, and the lazily loaded parts (files, the callback endpoint) are
// handed what they need of it rather than importing it, so that a bundler does not split it further.
export { createHttp } from "./http.js";
export { createTasks } from "./tasks.js";
export { execute } from "./transport.js";
export { bodyText, verifySignedCallback } from "./verify-callback.js";
export { signCallback } from "./webhook-signature.js";

/** The module, as the parts loaded after it receive it. */
export type Engine = typeof import("./engine.js");
