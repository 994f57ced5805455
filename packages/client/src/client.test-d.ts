import { describe, expectTypeOf, test } from "vitest";
import type { Callbacks } from "./callbacks.js";
import { createKieClient, type KieClient } from "./client.js";
import type { ApiError, InsufficientCreditsError, KieError, RateLimitError, TaskFailedError, WaitTimeoutError } from "./errors.js";
import type { Files } from "./files.js";
import type { ModelInputs } from "./generated/models.gen.js";
import type { FailedTaskRecord, MediaTaskResult, ObjectTaskResult, SuccessTaskRecord, TaskRecord } from "./record.js";
import type { Tasks } from "./tasks.js";

const kie = createKieClient({ apiKey: "k" });

describe("tasks.create", () => {
  test("the model literal narrows the input type", () => {
    expectTypeOf(kie.tasks.create<"kling/v2-5-turbo-image-to-video-pro">)
      .parameter(0)
      .toHaveProperty("input")
      .toEqualTypeOf<ModelInputs["kling/v2-5-turbo-image-to-video-pro"]>();
    void kie.tasks.create({ model: "kling/v2-5-turbo-image-to-video-pro", input: { prompt: "p", image_url: "u", cfg_scale: 0.5 } });
    void kie.tasks.create({
      model: "hailuo/2-3-image-to-video-standard",
      // @ts-expect-error cfg_scale belongs to kling, not hailuo
      input: { prompt: "p", image_url: "u", cfg_scale: 0.5 },
    });
    // @ts-expect-error not a model of the catalogue
    void kie.tasks.create({ model: "nope/none", input: {} });
  });

  test("it resolves to a created task of that model", () => {
    expectTypeOf(kie.tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: { prompt: "p", image_url: "u" } }))
      .resolves.toHaveProperty("model")
      .toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });
});

describe("records", () => {
  test("state narrows the record", () => {
    const record = {} as TaskRecord;
    if (record.state === "success") expectTypeOf(record.resultUrls).toEqualTypeOf<string[]>();
    if (record.state === "fail") expectTypeOf(record.failMsg).toEqualTypeOf<string | undefined>();
    if (record.state === "unknown") expectTypeOf(record.rawState).toEqualTypeOf<string>();
    // @ts-expect-error resultUrls exists only once the state is success
    void record.resultUrls;
  });

  test("an uncatalogued id goes only through the explicit untyped path", () => {
    // @ts-expect-error a model id outside the catalogue is a compile error on the typed path
    void kie.tasks.create({ model: "acme/brand-new", input: { prompt: "p" } });
    expectTypeOf(kie.tasks.createUntyped)
      .parameter(0)
      .toEqualTypeOf<{ model: string; input: Record<string, unknown>; callBackUrl?: string }>();
    expectTypeOf(kie.runUntyped).returns.resolves.toEqualTypeOf<SuccessTaskRecord>();
  });

  test("run resolves by the model's output kind; wait to a success record", async () => {
    const video = await kie.run({ model: "kling/v2-5-turbo-image-to-video-pro", input: { prompt: "p", image_url: "u" } });
    expectTypeOf(video).toEqualTypeOf<MediaTaskResult>();
    // A media result has at least one URL: [0] is a string, even under noUncheckedIndexedAccess.
    expectTypeOf(video.resultUrls[0]).toEqualTypeOf<string>();
    const found = await kie.run({ model: "omnihuman-1-5/subject-detection", input: {} as never });
    expectTypeOf(found).toEqualTypeOf<ObjectTaskResult>();
    expectTypeOf(found.resultObject).toEqualTypeOf<unknown>();
    expectTypeOf(kie.tasks.wait).returns.resolves.toEqualTypeOf<SuccessTaskRecord>();
  });

  test("the client is a declared interface, so `export const kie = createKieClient()` names its type", () => {
    expectTypeOf(kie).toEqualTypeOf<KieClient>();
    expectTypeOf<KieClient["tasks"]>().toEqualTypeOf<Tasks>();
    expectTypeOf<KieClient["callbacks"]>().toEqualTypeOf<Callbacks>();
    expectTypeOf<KieClient["files"]>().toEqualTypeOf<Files>();
  });
});

describe("errors", () => {
  test("error classes form a hierarchy with the fields a user acts on", () => {
    expectTypeOf<InsufficientCreditsError>().toExtend<ApiError>();
    expectTypeOf<ApiError>().toExtend<KieError>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TaskFailedError["failCode"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<WaitTimeoutError["taskId"]>().toEqualTypeOf<string>();
  });

  test("each class has a literal code to switch on, and typed records", () => {
    expectTypeOf<InsufficientCreditsError["code"]>().toEqualTypeOf<"insufficient_credits">();
    expectTypeOf<RateLimitError["code"]>().toEqualTypeOf<"rate_limited">();
    expectTypeOf<TaskFailedError["code"]>().toEqualTypeOf<"task_failed">();
    expectTypeOf<TaskFailedError["record"]>().toEqualTypeOf<FailedTaskRecord>();
    expectTypeOf<WaitTimeoutError["lastRecord"]>().toEqualTypeOf<TaskRecord | undefined>();
    expectTypeOf<KieError["retryable"]>().toEqualTypeOf<boolean>();
  });
});
