import { describe, expect, test } from "vitest";
import { DurationModel } from "./durations.js";

describe("DurationModel", () => {
  test("is bounded: 10,000 model names (from servers or callbacks) keep at most maxModels entries", () => {
    const model = new DurationModel(20, {}, 512);
    for (let index = 0; index < 10_000; index++) model.record(`vendor/model-${index}`, 1000 + index);
    expect(model.size).toBe(512);
    expect(Object.keys(model.toJSON())).toHaveLength(512);
    expect(model.estimate("vendor/model-9999")?.typicalMs).toBe(10_999);
    expect(model.estimate("vendor/model-0")).toBeUndefined();
  });

  test("forgets the least recently seen model, not a busy one", () => {
    const model = new DurationModel(20, {}, 2);
    model.record("busy", 100);
    model.record("rare", 200);
    model.record("busy", 120);
    model.record("new", 300);
    expect(Object.keys(model.toJSON()).sort()).toEqual(["busy", "new"]);
  });

  test("the default bound holds for a client built without options", () => {
    const model = new DurationModel();
    for (let index = 0; index < 2000; index++) model.record(`m${index}`, 10);
    expect(model.size).toBeLessThanOrEqual(512);
  });

  test.each([Number.NaN, -1, 0, Number.POSITIVE_INFINITY])("ignores the duration %s", (ms) => {
    const model = new DurationModel();
    model.record("m", ms);
    expect(model.size).toBe(0);
  });
});
