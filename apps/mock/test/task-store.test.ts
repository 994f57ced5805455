import { describe, expect, test } from "vitest";
import { encodeParam, pickPath, type RunningState, STATE_PATHS, type TaskState, TaskStore } from "../src/task-store.js";

const ORDER: TaskState[] = ["waiting", "queuing", "generating", "success", "fail"];
const FULL = STATE_PATHS[0];

/** The states a task shows, read every millisecond from create to past its end. */
function walk(path: readonly RunningState[], failCode?: string) {
  let clock = 1_000_000;
  const store = new TaskStore(() => clock);
  const task = store.create({ owner: "k", model: "m", body: {}, durationMs: 1000, path, failCode, credits: 10 });
  const seen: TaskState[] = [];
  for (let step = 0; step <= 1500; step++) {
    clock = task.createTime + step;
    const state = store.stateOf(task);
    if (seen.at(-1) !== state) seen.push(state);
    expect(store.record(task, () => "u").state).toBe(state);
  }
  return seen;
}

describe("TaskStore", () => {
  test.each([
    ["a task that succeeds", undefined, ["waiting", "queuing", "generating", "success"]],
    ["a task that fails", "500", ["waiting", "queuing", "generating", "fail"]],
  ])("%s on the full path moves forward through every state, never back", (_name, failCode, want) => {
    const seen = walk(FULL, failCode);
    expect(seen).toEqual(want);
    expect(seen.map((state) => ORDER.indexOf(state))).toEqual([...seen.map((state) => ORDER.indexOf(state))].sort((a, b) => a - b));
  });

  test.each(STATE_PATHS.map((path) => [path.join(" → "), path] as const))("the path %s is shown exactly, then success", (_name, path) => {
    expect(walk(path)).toEqual([...path, "success"]);
  });

  test("paths vary per task, reproducibly: the same seed gives the same paths; every path seen live occurs, never queuing", () => {
    const run = (seed: number) => Array.from({ length: 200 }, (_, n) => pickPath(seed, n).join(">"));
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
    // queuing appeared in none of 393 recorded live polls (../shared/real-traffic): only "full" or path= ask for it.
    expect(new Set(run(1))).toEqual(new Set(STATE_PATHS.filter((path) => !path.includes("queuing")).map((path) => path.join(">"))));
  });

  test("a finished record carries its completion time and result; a running one neither; no updateTime, as live", () => {
    let clock = 0;
    const store = new TaskStore(() => clock);
    const task = store.create({ owner: "k", model: "m", body: { model: "m", input: {} }, durationMs: 100, path: FULL, credits: 1 });
    clock = task.createTime + 50;
    expect(store.record(task, () => "https://r")).toMatchObject({ state: "generating", completeTime: null, resultJson: "" });
    clock = task.createTime + 100;
    const record = store.record(task, () => "https://r");
    expect(record).toMatchObject({
      state: "success",
      completeTime: task.createTime + 100,
      resultJson: JSON.stringify({ resultUrls: ["https://r"] }),
    });
    expect(record).not.toHaveProperty("updateTime");
  });

  test("param echoes the request as live does: input JSON-encoded a second time, then model", () => {
    const param = encodeParam({ model: "m", input: { prompt: "a" }, callBackUrl: "http://127.0.0.1/cb" });
    expect(param).toBe('{"input":"{\\"prompt\\":\\"a\\"}","model":"m","callBackUrl":"http://127.0.0.1/cb"}');
    expect(JSON.parse(JSON.parse(param).input)).toEqual({ prompt: "a" });
  });

  test("a task exists only for the key that created it", () => {
    const store = new TaskStore();
    const task = store.create({ owner: "alice", model: "m", body: {}, durationMs: 1, path: FULL, credits: 1 });
    expect(store.get(task.taskId, "alice")).toBe(task);
    expect(store.get(task.taskId, "bob")).toBeUndefined();
  });
});
