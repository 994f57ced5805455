import { describe, expect, test } from "vitest";
import { decodeParam, decodeRecord } from "./record.js";

describe("decodeParam", () => {
  test.each([
    ["a JSON string", '{"model":"m","input":{"a":1}}', { model: "m", input: { a: 1 } }],
    ["a double-encoded input", JSON.stringify({ model: "m", input: JSON.stringify({ a: 1 }) }), { model: "m", input: { a: 1 } }],
    ["an object already", { model: "m" }, { model: "m" }],
    ["not JSON", "{oops", undefined],
    ["empty", "", undefined],
  ])("%s", (_name, given, want) => {
    expect(decodeParam(given)).toEqual(want);
  });
});

describe("decodeRecord", () => {
  const base = { taskId: "t", model: "m", createTime: 1, param: "{}" };
  test.each([
    ["waiting", { ...base, state: "waiting" as const, resultJson: "" }, { state: "waiting" }],
    [
      "success with urls",
      { ...base, state: "success" as const, resultJson: '{"resultUrls":["u"]}' },
      { state: "success", resultUrls: ["u"] },
    ],
    [
      "success, text model",
      { ...base, state: "success" as const, resultJson: '{"resultObject":{"text":"hi"}}' },
      { state: "success", resultUrls: [], result: { resultObject: { text: "hi" } } },
    ],
    [
      "fail with empty strings",
      { ...base, state: "fail" as const, failCode: "", failMsg: "bad" },
      { state: "fail", failCode: undefined, failMsg: "bad" },
    ],
    ["unknown state", { ...base, state: "archived" as never }, { state: "unknown", rawState: "archived" }],
    [
      "a failure that says it cost nothing (as recorded live)",
      { ...base, state: "fail" as const, failCode: "500", creditsConsumed: 0 } as never,
      { state: "fail", creditsConsumed: 0 },
    ],
    [
      "a success with creditsConsumed",
      { ...base, state: "success" as const, resultJson: '{"resultUrls":["u"]}', creditsConsumed: 12.5 } as never,
      { state: "success", creditsConsumed: 12.5 },
    ],
    [
      "a callback body's consumeCredits",
      { ...base, state: "success" as const, resultJson: '{"resultUrls":["u"]}', consumeCredits: 30 } as never,
      { state: "success", creditsConsumed: 30 },
    ],
    [
      "credits that are not a count: undefined, never a guess",
      { ...base, state: "success" as const, resultJson: '{"resultUrls":["u"]}', creditsConsumed: "12" } as never,
      { state: "success", creditsConsumed: undefined },
    ],
    [
      "null times",
      { ...base, state: "queuing" as const, updateTime: null, createTime: 5 },
      { state: "queuing", updateTime: undefined, createTime: 5 },
    ],
  ])("%s", (_name, given, want) => {
    expect(decodeRecord(given)).toMatchObject(want);
  });
});
