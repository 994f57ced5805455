import { randomBytes } from "node:crypto";

export type TaskState = "waiting" | "queuing" | "generating" | "success" | "fail";

/** How long each phase of a task lasts, as fractions of its total duration. */
const PHASES: [TaskState, number][] = [
  ["waiting", 0.1],
  ["queuing", 0.2],
  ["generating", 0.7],
];

export interface MockTask {
  taskId: string;
  model: string;
  body: Record<string, unknown>;
  createTime: number;
  durationMs: number;
  failCode?: string;
  emptyResult?: boolean;
  callBackUrl?: string;
  credits: number;
}

/** Tasks move through their states by the clock alone: no timers, so reads are always consistent. */
export class TaskStore {
  private readonly tasks = new Map<string, MockTask>();

  constructor(private readonly now: () => number = Date.now) {}

  create(task: Omit<MockTask, "taskId" | "createTime">): MockTask {
    const created = { ...task, taskId: randomBytes(16).toString("hex"), createTime: this.now() };
    this.tasks.set(created.taskId, created);
    return created;
  }

  get(taskId: string) {
    return this.tasks.get(taskId);
  }

  all() {
    return [...this.tasks.values()];
  }

  stateOf(task: MockTask, at = this.now()): TaskState {
    const elapsed = at - task.createTime;
    if (elapsed >= task.durationMs) return task.failCode ? "fail" : "success";
    let edge = 0;
    for (const [state, share] of PHASES) {
      edge += share * task.durationMs;
      if (elapsed < edge) return state;
    }
    return "generating";
  }

  /** The task as recordInfo (and the callback) shape it, per the spec, as of `at` (default: now). */
  record(task: MockTask, resultUrl: (task: MockTask) => string, at = this.now()) {
    const state = this.stateOf(task, at);
    const done = state === "success" || state === "fail";
    const completeTime = task.createTime + task.durationMs;
    return {
      taskId: task.taskId,
      model: task.model,
      state,
      param: JSON.stringify(task.body),
      resultJson: state === "success" ? JSON.stringify({ resultUrls: task.emptyResult ? [] : [resultUrl(task)] }) : "",
      failCode: state === "fail" ? (task.failCode ?? "500") : null,
      failMsg: state === "fail" ? `Mock failure (failCode ${task.failCode})` : null,
      costTime: done ? Math.round(task.durationMs / 1000) : null,
      completeTime: done ? completeTime : null,
      createTime: task.createTime,
      updateTime: done ? completeTime : at,
    };
  }
}
