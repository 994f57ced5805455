import { randomBytes } from "node:crypto";

export type TaskState = "waiting" | "queuing" | "generating" | "success" | "fail";
export type RunningState = "waiting" | "queuing" | "generating";

/** Each running state's share of a task's duration on the documented full path; a shorter path rescales them. */
const SHARE: Record<RunningState, number> = { waiting: 0.1, queuing: 0.2, generating: 0.7 };

/**
 * The running states a task passes through before it ends. The docs name all three; tasks recorded live were
 * seen going waiting → success and generating → success, and never reported `queuing`.
 */
export const STATE_PATHS: readonly (readonly RunningState[])[] = [
  ["waiting", "queuing", "generating"],
  ["waiting", "generating"],
  ["waiting"],
  ["generating"],
];

/**
 * The paths the default ("varied") mode picks from: those seen live. `queuing` appeared in none of 393
 * recorded live polls (waiting → success and generating → success only), so it is left to `statePaths:
 * "full"` and the `path=` directive.
 */
export const LIVE_PATHS = STATE_PATHS.filter((path) => !path.includes("queuing"));

/** A reproducible path (one seen live) for the n-th task of a run (mulberry32 over seed and n). */
export function pickPath(seed: number, n: number): readonly RunningState[] {
  let t = (seed + Math.imul(n, 0x9e3779b9)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const random = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  return LIVE_PATHS[Math.floor(random * LIVE_PATHS.length)];
}

/** Parses `waiting>generating` (the `path=` directive) into a path; undefined when a state is not a running one. */
export function parsePath(text: string): RunningState[] | undefined {
  const states = text.split(">").map((state) => state.trim());
  return states.length && states.every((state): state is RunningState => state in SHARE) ? states : undefined;
}

export interface MockTask {
  taskId: string;
  /** The API key that created it: only that key can read it. */
  owner: string;
  model: string;
  body: Record<string, unknown>;
  createTime: number;
  durationMs: number;
  /** The running states it passes through, in order. */
  path: readonly RunningState[];
  failCode?: string;
  emptyResult?: boolean;
  callBackUrl?: string;
  /** The callback body's shape: the model pages' (default) or the webhook page's. */
  callbackStyle?: "market" | "webhook";
  /** What a success holds: a result file of this kind (by the model's category), or a `resultObject` (analysis models). */
  output?: "mp4" | "png" | "jpeg" | "wav" | "object";
  /** How many result files a success holds (live: 6 for grok-imagine text-to-image). @default 1 */
  resultCount?: number;
  credits: number;
}

/** How `param` echoes a request live: the input JSON-encoded a second time, then model (and callBackUrl). */
export function encodeParam(body: Record<string, unknown>): string {
  const { input, model, ...rest } = body;
  return JSON.stringify({ input: JSON.stringify(input), model, ...rest });
}

/** A success's `resultJson`: result URLs, or an analysis model's `resultObject`. */
function resultOf(task: MockTask, resultUrl: (task: MockTask, index: number) => string) {
  if (task.output === "object") return task.emptyResult ? {} : { resultObject: { model: task.model, mock: true, items: [] } };
  return { resultUrls: task.emptyResult ? [] : Array.from({ length: task.resultCount ?? 1 }, (_, index) => resultUrl(task, index)) };
}

/**
 * Bounds of the task store: finished tasks (and the request bodies they keep) are forgotten, oldest first,
 * once they are older than `maxAgeMs` or the store holds more than `maxTasks` tasks or `maxBodyBytes` of
 * bodies. A running task is never forgotten; a forgotten one is "Task not found", as an unknown id.
 */
export interface TaskStoreLimits {
  /** @default 10000 */
  maxTasks?: number;
  /** Request bodies kept, in bytes (as received). @default 67108864 (64 MiB) */
  maxBodyBytes?: number;
  /** How long a finished task stays readable, ms. @default 86400000 (24 hours) */
  maxAgeMs?: number;
}

/** Tasks move through their states by the clock alone: no timers, so reads are always consistent. */
export class TaskStore {
  private readonly tasks = new Map<string, MockTask>();
  private readonly sizes = new Map<string, number>();
  private bodyBytes = 0;
  private readonly maxTasks: number;
  private readonly maxBodyBytes: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly now: () => number = Date.now,
    limits: TaskStoreLimits = {},
  ) {
    this.maxTasks = limits.maxTasks ?? 10_000;
    this.maxBodyBytes = limits.maxBodyBytes ?? 64 * 2 ** 20;
    this.maxAgeMs = limits.maxAgeMs ?? 24 * 3600_000;
  }

  /** Creates a task; `bodyBytes` is the size of its request body as received (what the store keeps). */
  create(task: Omit<MockTask, "taskId" | "createTime">, bodyBytes = 0): MockTask {
    const created = { ...task, taskId: randomBytes(16).toString("hex"), createTime: this.now() };
    this.tasks.set(created.taskId, created);
    this.sizes.set(created.taskId, bodyBytes);
    this.bodyBytes += bodyBytes;
    this.prune();
    return created;
  }

  /** Forgets finished tasks, oldest first (insertion order is creation order), while over a bound or too old. */
  private prune() {
    const now = this.now();
    for (const [taskId, task] of this.tasks) {
      const over = this.tasks.size > this.maxTasks || this.bodyBytes > this.maxBodyBytes;
      const end = task.createTime + task.durationMs;
      const old = now >= end && now - end > this.maxAgeMs;
      if (!over && !old) break;
      if (now < end) continue; // running: never forgotten
      this.tasks.delete(taskId);
      this.bodyBytes -= this.sizes.get(taskId) ?? 0;
      this.sizes.delete(taskId);
    }
  }

  /** The task, if `owner` (an API key) created it: tasks of other keys do not exist for it. */
  get(taskId: string, owner?: string) {
    const task = this.tasks.get(taskId);
    return task && (owner === undefined || task.owner === owner) ? task : undefined;
  }

  all() {
    return [...this.tasks.values()];
  }

  stateOf(task: MockTask, at = this.now()): TaskState {
    const elapsed = at - task.createTime;
    if (elapsed >= task.durationMs) return task.failCode ? "fail" : "success";
    const total = task.path.reduce((sum, state) => sum + SHARE[state], 0);
    let edge = 0;
    for (const state of task.path) {
      edge += (SHARE[state] / total) * task.durationMs;
      if (elapsed < edge) return state;
    }
    return task.path.at(-1) ?? "generating";
  }

  /** The task as recordInfo (and the callback) shape it, as live answers do, as of `at` (default: now). */
  record(task: MockTask, resultUrl: (task: MockTask, index: number) => string, at = this.now()) {
    const state = this.stateOf(task, at);
    const done = state === "success" || state === "fail";
    return {
      taskId: task.taskId,
      model: task.model,
      state,
      param: encodeParam(task.body),
      resultJson: state === "success" ? JSON.stringify(resultOf(task, resultUrl)) : "",
      failCode: state === "fail" ? (task.failCode ?? "500") : null,
      failMsg: state === "fail" ? `Mock failure (failCode ${task.failCode})` : null,
      // A failure costs nothing, a success what was charged, as live records say (a failure: real-traffic
      // livefragment-recordInfo-fail-elevenlabs.json; a success: a client recording creditsConsumed on the
      // success branch, anomaliaso/anomalia PR #325, cited in shared/reference/kie-api.md §5.2).
      ...(state === "fail" ? { creditsConsumed: 0 } : state === "success" ? { creditsConsumed: task.credits } : {}),
      costTime: done ? Math.round(task.durationMs / 1000) : null,
      completeTime: done ? task.createTime + task.durationMs : null,
      createTime: task.createTime,
    };
  }
}
