import { type CallbackInput, DEFAULT_MAX_BODY, header, isChunkStream, parseCallback, type UnconfirmedCallback } from "./callback-body.js";
import type { CallbackHandler, CallbackHandlerOptions, NodeRequestLike, NodeResponseLike, ReadRecord } from "./callbacks.js";
import type { ClientContext } from "./context.js";
import type { Engine } from "./engine.js";
import { CallbackVerificationError } from "./errors.js";
import type { ClaimResult } from "./fleet.js";
import type { TaskRecord } from "./record.js";

// The callback endpoint itself, loaded on its first request: most apps never receive a callback, and
// those that do pay for this module once.

/** A body a framework already parsed into an object: its bytes, which the signature needs, are gone. */
const PARSED_BODY =
  'The callback body was already parsed into an object (e.g. by express.json()); its raw bytes are needed. Mount the handler before the JSON parser, or give its route express.raw({ type: "*/*" }), or pass { headers, body: rawBytes }.';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const STATUS_OF: Record<CallbackVerificationError["reason"], number> = {
  "bad-body": 400,
  "parsed-body": 400,
  "unreadable-body": 400,
  "body-timeout": 408,
  "no-task-id": 400,
  "too-large": 413,
  "missing-signature": 401,
  "bad-signature": 401,
  stale: 401,
};

/** The handler for options already checked by `callbacks.handler`. */
export function createHandler(
  context: Pick<ClientContext, "deliveries" | "logger" | "fleet">,
  readRecord: ReadRecord,
  options: CallbackHandlerOptions,
  { bodyText, verifySignedCallback: verifyCallback }: Pick<Engine, "bodyText" | "verifySignedCallback">,
): CallbackHandler {
  const notify = (taskId: string) => context.deliveries.deliver(taskId);
  // A refused or failed callback is otherwise invisible (its sender sees the answer, the app does not):
  // without a logger these lines go to the console. `logger: {}` silences them.
  const log = context.logger ?? globalThis.console;

  const unknownRate = options.unknownTaskRate ?? { limit: 2, intervalMs: 1000 };
  const unknownConfirms: number[] = [];
  /** Takes a slot of the unknown-task budget now, or says there is none (no queueing: the sender retries). */
  const takeUnknownSlot = (now: number) => {
    while (unknownConfirms.length && unknownConfirms[0] <= now - unknownRate.intervalMs) unknownConfirms.shift();
    if (unknownConfirms.length >= unknownRate.limit) return false;
    unknownConfirms.push(now);
    return true;
  };
  const report = (error: Error, taskId?: string) => {
    try {
      options.onError?.(error, taskId);
    } catch {
      // A failing hook must not change the answer.
    }
  };
  const seen = new Map<string, number>();
  const claims = new Map<string, Promise<number>>();
  const ttl = options.dedupeTtlMs ?? 86_400_000;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;

  const receive = async (input: Request | CallbackInput): Promise<{ callback: UnconfirmedCallback; signed: boolean }> => {
    const body = input instanceof Request ? undefined : (input as { body?: unknown }).body;
    if (
      typeof body === "object" &&
      body !== null &&
      !(body instanceof Uint8Array) &&
      !(body instanceof ArrayBuffer) &&
      !isChunkStream(body)
    )
      throw new CallbackVerificationError(PARSED_BODY, { reason: "parsed-body" });
    const signedHeaders = header(input.headers, "x-webhook-signature") !== undefined;
    if (options.hmacKey && (signedHeaders || !options.allowUnsigned))
      return { callback: await verifyCallback(input, options.hmacKey, options), signed: true };
    return { callback: parseCallback(await bodyText(input, maxBytes, options.bodyTimeoutMs)), signed: false };
  };

  /** Never rejects: whatever goes wrong becomes an answer (upstream delivers again after a 5xx). */
  const handle = async (input: Request | CallbackInput): Promise<Response> => {
    try {
      return await answer(input);
    } catch (error) {
      log?.error?.(`callback failed: ${error instanceof Error ? error.message : String(error)}`);
      report(error instanceof Error ? error : new Error(String(error)));
      return json(500, { error: "callback handling failed" });
    }
  };

  const answer = async (input: Request | CallbackInput): Promise<Response> => {
    if (input instanceof Request && input.method !== "POST") return json(405, { error: "method not allowed" });
    let received: { callback: UnconfirmedCallback; signed: boolean };
    try {
      received = await receive(input);
    } catch (error) {
      if (!(error instanceof CallbackVerificationError)) throw error;
      if (error.reason === "parsed-body") {
        // Our setup, not the sender, is wrong: say so loudly, and let upstream deliver again once it is fixed.
        log?.error?.(`callback refused: ${error.message}`);
        report(error);
        return json(500, { error: error.reason, message: error.message });
      }
      log?.warn?.(`callback refused: ${error.message}`);
      report(error, error.taskId);
      return json(STATUS_OF[error.reason], { error: error.reason });
    }
    const { callback, signed } = received;
    const { taskId } = callback;
    const now = Date.now();
    for (const [id, at] of seen) if (now - at > ttl) seen.delete(id);
    if (seen.has(taskId)) return json(200, { received: true, duplicate: true });
    // A task is claimed before its confirming read: a duplicate arriving meanwhile (upstream's retry, a
    // replayed signature) waits for this delivery's outcome instead of reading and calling onEvent again,
    // and answers as it did; a delivery that failed (503, 500) releases the claim for a later one.
    const running = claims.get(taskId);
    if (running) {
      const status = await running;
      return status === 200 ? json(200, { received: true, duplicate: true }) : json(503, { error: "deliver again later" });
    }
    let settle: (status: number) => void = () => {};
    claims.set(
      taskId,
      new Promise<number>((resolve) => {
        settle = resolve;
      }),
    );
    let status = 500;
    try {
      const response = await deliverOnce(callback, signed, now);
      status = response.status;
      return response;
    } finally {
      claims.delete(taskId);
      settle(status);
    }
  };

  /** With a fleet's claims, the same claim across processes: one delivery fleet-wide confirms and calls onEvent. */
  const deliverOnce = async (callback: UnconfirmedCallback, signed: boolean, now: number): Promise<Response> => {
    const claims = context.fleet?.claims;
    if (!claims) return deliver(callback, signed, now);
    const { taskId } = callback;
    let claim: ClaimResult;
    try {
      claim = await claims.claim(taskId, { leaseMs: (options.confirmTimeoutMs ?? 10_000) + 60_000, doneTtlMs: ttl });
    } catch (error) {
      log?.warn?.(
        `callback for task ${taskId}: the fleet's claims cannot be reached (${(error as Error).message}); asked to deliver again`,
      );
      return json(503, { error: "deliver again later" });
    }
    if (claim.status === "done") {
      seen.set(taskId, now);
      return json(200, { received: true, duplicate: true });
    }
    if (claim.status === "busy") return json(503, { error: "another process is delivering this task; deliver again later" });
    let response: Response;
    try {
      response = await deliver(callback, signed, now);
    } catch (error) {
      await claim.release().catch(() => {});
      throw error;
    }
    // A finish that fails leaves the claim to expire: a later duplicate then finds it free and delivers again.
    const end = response.status === 200 ? claim.finish() : claim.release();
    await end.catch((error: unknown) =>
      log?.warn?.(`callback for task ${taskId}: the fleet's claim could not be updated (${(error as Error).message})`),
    );
    return response;
  };

  /** Confirms a claimed callback's task and hands it to onEvent. */
  const deliver = async (callback: UnconfirmedCallback, signed: boolean, now: number): Promise<Response> => {
    const { taskId } = callback;
    let record: TaskRecord;
    const confirmed = !(signed && options.dangerouslyTrustCallbackBody === true);
    if (confirmed && !context.deliveries.knows(taskId) && !takeUnknownSlot(now)) {
      log?.warn?.(`callback for task ${taskId}: no wait here knows it and the budget for such callbacks is spent; asked to deliver again`);
      return json(503, { error: "busy; deliver again later" });
    }
    if (confirmed) {
      try {
        record = await readRecord(taskId, { signal: AbortSignal.timeout(options.confirmTimeoutMs ?? 10_000) });
      } catch (error) {
        notify(taskId); // a wait here reads (and retries) by itself
        log?.warn?.(`callback for task ${taskId}: could not confirm it (${(error as Error).message})`);
        return json(503, { error: "could not confirm the task; deliver again later" });
      }
    } else {
      record = callback.unconfirmedRecord;
    }
    context.deliveries.deliver(taskId, record);
    // A confirmed record reaches the other processes' waits too; a bus that fails only costs them a poll.
    if (confirmed)
      context.fleet?.bus?.publish(taskId, record).catch((error: unknown) => {
        log?.warn?.(`fleet bus: could not publish task ${taskId} (${(error as Error).message}); other processes' waits poll`);
      });
    if (record.state !== "success" && record.state !== "fail") {
      // Not finished by recordInfo's account: a replayed signature with an edited body, or a callback
      // that ran ahead of recordInfo. Nothing for user code yet; a genuine one is delivered again.
      log?.warn?.(`callback for task ${taskId}: recordInfo says ${record.state}, not finished; asked to deliver again`);
      return json(503, { error: "the task is not finished according to recordInfo; deliver again later", state: record.state });
    }
    seen.set(taskId, now);
    try {
      await options.onEvent?.({ taskId, record, confirmed, signed, unconfirmedBody: callback.unconfirmedBody });
    } catch (error) {
      seen.delete(taskId);
      log?.error?.(`callback handler failed for task ${taskId}: ${error instanceof Error ? error.message : String(error)}`);
      return json(500, { error: "handler failed" });
    }
    return json(200, { received: true });
  };

  /** Never rejects, so `void handler.node(req, res)` cannot take the host down (a reset mid-body is a 400). */
  const node = async (req: NodeRequestLike, res: NodeResponseLike): Promise<void> => {
    let response: Response;
    if ((req.method ?? "POST") !== "POST") response = json(405, { error: "method not allowed" });
    // What a body parser left in req.body, or else the request stream itself: read (capped) only once
    // the signature headers have been checked, as for a Web Request.
    else response = await handle({ headers: req.headers, body: (req.body ?? req) as Exclude<CallbackInput, Request>["body"] });
    try {
      res.statusCode = response.status;
      res.setHeader("content-type", "application/json");
      res.end(await response.text());
    } catch (error) {
      // The connection is gone (the sender reset it): nobody is left to answer.
      log?.warn?.(`callback answer could not be sent: ${(error as Error).message}`);
    }
  };

  return Object.assign(handle, { node });
}
