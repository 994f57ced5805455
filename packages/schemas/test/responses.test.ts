import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { recordInfoResponse, taskCallback } from "../src/generated/responses.gen.js";

const recordInfo = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../specs/common/record-info.json"), "utf8"));
const examples = recordInfo.paths["/api/v1/jobs/recordInfo"].get.responses["200"].content["application/json"].examples;

describe("response validators", () => {
  test.each(["waiting", "queuing", "generating", "success", "fail"])("the %s example is a valid RecordInfoResponse", (state) => {
    expect(recordInfoResponse.validate(examples[state].value).ok).toBe(true);
  });

  test("a record without a state is refused, naming the path", () => {
    const { state: _state, ...data } = examples.success.value.data;
    const result = recordInfoResponse.validate({ ...examples.success.value, data });
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["data", "state"], rule: "required" }));
  });

  test("nullable fields accept null and refuse other types", () => {
    expect(recordInfoResponse.validate({ code: 200, data: { ...examples.waiting.value.data, costTime: null } }).ok).toBe(true);
    const result = recordInfoResponse.validate({ code: 200, data: { ...examples.waiting.value.data, costTime: "12" } });
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["data", "costTime"], rule: "type" }));
  });

  test("unknown response fields are tolerated (upstream adds fields)", () => {
    expect(recordInfoResponse.validate({ ...examples.success.value, traceId: "x" }).ok).toBe(true);
  });

  test("a callback body needs a state", () => {
    expect(taskCallback.validate({ code: 200, data: { taskId: "t" } }).issues).toContainEqual(
      expect.objectContaining({ path: ["data", "state"] }),
    );
  });
});
