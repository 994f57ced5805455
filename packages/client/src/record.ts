import type { components } from "./generated/api.gen.js";
import type { ModelOutputKinds } from "./generated/models.gen.js";

type RawRecord = components["schemas"]["TaskRecord"];

/** The createTask request as upstream echoes it in `param` (decoded, including a double-encoded `input`). */
export interface TaskParam {
  model?: string;
  input?: Record<string, unknown>;
  callBackUrl?: string;
  [key: string]: unknown;
}

/** The decoded `resultJson`: `resultUrls` for media, `resultObject` for text models. */
export interface TaskResult {
  resultUrls?: string[];
  resultObject?: unknown;
  [key: string]: unknown;
}

interface RecordBase {
  taskId: string;
  model: string;
  /** The createTask request, decoded; undefined when upstream sent none or it was not JSON. */
  param?: TaskParam;
  /** Creation time, Unix milliseconds. */
  createTime?: number;
  /** Last update, Unix milliseconds (absent in some live responses). */
  updateTime?: number;
  /** The record exactly as the API sent it. */
  raw: RawRecord;
}

/** Still running: `waiting`, `queuing` or `generating`. */
export interface PendingTaskRecord extends RecordBase {
  state: "waiting" | "queuing" | "generating";
  /** 0-100; only some models (sora2) report it. */
  progress?: number;
}

/** A state this client does not know yet. Treated as still running, never as finished. */
export interface UnknownStateTaskRecord extends RecordBase {
  state: "unknown";
  /** The state string upstream sent. */
  rawState: string;
  progress?: number;
}

/** Finished successfully. */
export interface SuccessTaskRecord extends RecordBase {
  state: "success";
  result: TaskResult;
  /**
   * The generated files. Upstream keeps them for a limited time: copy what you keep (`files.download`).
   * Empty only for analysis models, or with `allowEmptyResult` (a media model's success without URLs is
   * otherwise an {@link EmptyResultError}).
   */
  resultUrls: string[];
  /** What an analysis model found (`resultJson.resultObject`), when it sent one. */
  resultObject?: unknown;
  completeTime?: number;
  /** Upstream's processing time as reported (`costTime`; observed in seconds, documented as ms). */
  costTime?: number;
  /** Credits the task consumed, when the record says (`creditsConsumed`; `consumeCredits` in callback bodies). */
  creditsConsumed?: number;
}

/** A finished task of a media model (video, image, audio): at least one result URL. */
export interface MediaTaskResult extends SuccessTaskRecord {
  resultUrls: [string, ...string[]];
}

/** A finished task of an analysis model: what it found is in `resultObject` (and `result`). */
export interface ObjectTaskResult extends SuccessTaskRecord {
  resultObject: unknown;
}

/**
 * What `run` resolves with for model `M`: {@link MediaTaskResult} or {@link ObjectTaskResult}, by the
 * model's output kind (from its category; upstream publishes no response schemas).
 */
export type TaskOutput<M extends string> = M extends keyof ModelOutputKinds
  ? ModelOutputKinds[M] extends "object"
    ? ObjectTaskResult
    : MediaTaskResult
  : SuccessTaskRecord;

/** Finished with a failure. */
export interface FailedTaskRecord extends RecordBase {
  state: "fail";
  failCode?: string;
  failMsg?: string;
  completeTime?: number;
  /** Credits the task consumed, when the record says (0 on the failures recorded live). */
  creditsConsumed?: number;
}

/** A task record, discriminated on `state`. */
export type TaskRecord = PendingTaskRecord | UnknownStateTaskRecord | SuccessTaskRecord | FailedTaskRecord;

function parseJson(text: unknown): unknown {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const optional = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The credits a record says the task consumed: a finite, non-negative number, or undefined. */
function creditsOf(raw: RawRecord): number | undefined {
  const { creditsConsumed, consumeCredits } = raw as { creditsConsumed?: unknown; consumeCredits?: unknown };
  const value = creditsConsumed ?? consumeCredits;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Decodes `param` (and a JSON string inside `param.input`, seen live) into an object. */
export function decodeParam(param: unknown): TaskParam | undefined {
  const decoded = typeof param === "string" ? parseJson(param) : param;
  if (typeof decoded !== "object" || decoded === null) return undefined;
  const result = { ...(decoded as TaskParam) };
  if (typeof result.input === "string") {
    const input = parseJson(result.input);
    if (typeof input === "object" && input !== null) result.input = input as Record<string, unknown>;
  }
  return result;
}

/**
 * The failed record that recordInfo's envelope codes 501 and 408 stand for (they carry no record):
 * `failCode` is the code, `failMsg` the envelope's message.
 */
export function failedRecord(taskId: string, apiCode: number, body: unknown): FailedTaskRecord {
  const envelope = (typeof body === "object" && body !== null ? body : {}) as { msg?: unknown; message?: unknown };
  const message = envelope.msg ?? envelope.message;
  const raw = {
    taskId,
    model: "",
    state: "fail",
    failCode: String(apiCode),
    failMsg: typeof message === "string" ? message : null,
  } as RawRecord;
  return decodeRecord(raw) as FailedTaskRecord;
}

const PENDING = new Set(["waiting", "queuing", "generating"]);

/** Turns the API's record into a {@link TaskRecord}. */
export function decodeRecord(raw: RawRecord): TaskRecord {
  const base: RecordBase = {
    taskId: raw.taskId,
    model: raw.model,
    param: decodeParam(raw.param),
    createTime: optional(raw.createTime),
    updateTime: optional(raw.updateTime),
    raw,
  };
  // Object.assign, not `{ ...base, state }`: in V8 (Node 20) that spread alone cost 2 µs per record,
  // more than both JSON.parse calls; every poll of every wait goes through here.
  const state = raw.state as string;
  if (state === "success") {
    const result = (parseJson(raw.resultJson) ?? {}) as TaskResult;
    const urls = Array.isArray(result.resultUrls) ? result.resultUrls.filter((url): url is string => typeof url === "string") : [];
    return Object.assign(base, {
      state: state as "success",
      result,
      resultUrls: urls,
      resultObject: result.resultObject,
      completeTime: optional(raw.completeTime),
      costTime: optional(raw.costTime),
      creditsConsumed: creditsOf(raw),
    });
  }
  if (state === "fail") {
    return Object.assign(base, {
      state: state as "fail",
      failCode: optional(raw.failCode) || undefined,
      failMsg: optional(raw.failMsg) || undefined,
      completeTime: optional(raw.completeTime),
      creditsConsumed: creditsOf(raw),
    });
  }
  if (PENDING.has(state)) return Object.assign(base, { state: state as PendingTaskRecord["state"], progress: optional(raw.progress) });
  return Object.assign(base, { state: "unknown" as const, rawState: String(raw.state), progress: optional(raw.progress) });
}
