import { describe, expect, test } from "vitest";
import { type TaskState, TaskStore } from "../src/task-store.js";

const ORDER: TaskState[] = ["waiting", "queuing", "generating", "success", "fail"];

describe("TaskStore", () => {
  test.each([
    ["a task that succeeds", undefined, ["waiting", "queuing", "generating", "success"]],
    ["a task that fails", "500", ["waiting", "queuing", "generating", "fail"]],
  ])("%s moves forward through every state, never back", (_name, failCode, want) => {
    let clock = 1_000_000;
    const store = new TaskStore(() => clock);
    const task = store.create({ model: "m", body: {}, durationMs: 1000, failCode, credits: 10 });
    const seen: TaskState[] = [];
    for (let step = 0; step <= 1500; step++) {
      clock = task.createTime + step;
      const state = store.stateOf(task);
      if (seen.at(-1) !== state) seen.push(state);
      expect(store.record(task, () => "u").state).toBe(state);
    }
    expect(seen).toEqual(want);
    expect(seen.map((state) => ORDER.indexOf(state))).toEqual([...seen.map((state) => ORDER.indexOf(state))].sort((a, b) => a - b));
  });

  test("a finished record carries its completion time and result; a running one neither", () => {
    let clock = 0;
    const store = new TaskStore(() => clock);
    const task = store.create({ model: "m", body: { model: "m" }, durationMs: 100, credits: 1 });
    clock = task.createTime + 50;
    expect(store.record(task, () => "https://r")).toMatchObject({ state: "generating", completeTime: null, resultJson: "" });
    clock = task.createTime + 100;
    expect(store.record(task, () => "https://r")).toMatchObject({
      state: "success",
      completeTime: task.createTime + 100,
      resultJson: JSON.stringify({ resultUrls: ["https://r"] }),
    });
  });
});
