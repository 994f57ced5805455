import { afterEach, describe, expect, test } from "vitest";
import { API_KEY, CREATE, RECORD, record, sendJson, startTestServer, wanRequest } from "../test/test-server.js";
import { createKieClient } from "./client.js";
import { AbortError, InputValidationError, NotFoundError, TaskFailedError, WaitTimeoutError } from "./errors.js";

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Tasks on these test servers take a few tens of ms; telling the client so keeps it off upstream's 2-3 s schedule.
const polling = { firstPollMs: 20, densePollMs: 20, expectedDurations: { [wanRequest.model]: 40 } };
const client = (url: string, extra: Parameters<typeof createKieClient>[0] = {}) =>
  createKieClient({ apiKey: API_KEY, baseUrl: url, retry: { baseDelayMs: 10 }, polling, ...extra });

/** A server whose tasks finish after `polls` reads, in `state`. */
function lifecycle(polls: number, state: "success" | "fail" = "success") {
  let next = 0;
  const seen = new Map<string, number>();
  return startTestServer((request, response) => {
    if (request.path === CREATE) return sendJson(response, { code: 200, msg: "success", data: { taskId: `task-${++next}` } });
    const taskId = request.query.get("taskId") ?? "";
    const count = (seen.get(taskId) ?? 0) + 1;
    seen.set(taskId, count);
    sendJson(response, { code: 200, msg: "success", data: record(taskId, count >= polls ? state : "generating") });
  });
}

describe("tasks.create", () => {
  test("refuses bad input locally, listing every violation, and sends nothing", async () => {
    server = await lifecycle(1);
    const error = await client(server.url)
      .tasks.create({
        model: "wan/2-2-a14b-image-to-video-turbo",
        // @ts-expect-error resolution is an enum and negative_promt is a typo: both refused before sending
        input: { prompt: "p", image_url: "https://x/y.png", resolution: "4k", negative_promt: "blur" },
      })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues.map((issue: { at: string }) => issue.at).sort()).toEqual(["input.negative_promt", "input.resolution"]);
    expect(error.message).toContain('input.resolution must be one of "480p", "720p"');
    expect(error.message).toContain("input.negative_promt is not a known field (known fields: image_url, prompt,");
    expect(server.requests).toHaveLength(0);
  });

  test("a mistyped field gets a did-you-mean hint", async () => {
    server = await lifecycle(1);
    const input = { prompt: "p", image_url: "https://x/y.png", resolutoin: "720p" };
    const error = await client(server.url)
      .tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: input as never })
      .catch((caught) => caught);
    expect(error.issues).toEqual([expect.objectContaining({ path: ["input", "resolutoin"], suggestion: "resolution" })]);
    expect(error.message).toContain('input.resolutoin is not a known field; did you mean "resolution"?');
    expect(server.requests).toHaveLength(0);
  });

  test("an unknown model is refused with the nearest known id", async () => {
    server = await lifecycle(1);
    const request = { model: "kling/v2-5-turbo-image-to-video-pr", input: {} };
    const error = await client(server.url)
      .tasks.create(request as never)
      .catch((caught) => caught);
    expect(error.issues[0]).toMatchObject({ path: ["model"], suggestion: "kling/v2-5-turbo-image-to-video-pro" });
    expect(server.requests).toHaveLength(0);
  });

  test("sends the defaults upstream has started to require, explicitly", async () => {
    server = await lifecycle(1);
    await client(server.url).tasks.create({
      model: "hailuo/2-3-image-to-video-standard",
      input: { prompt: "p", image_url: "https://x/y.png" },
    });
    expect(server.to(CREATE)[0].json).toEqual({
      model: "hailuo/2-3-image-to-video-standard",
      input: { prompt: "p", image_url: "https://x/y.png", duration: "6", resolution: "768P" },
    });
  });

  test("the cross-field rule is checked locally", async () => {
    server = await lifecycle(1);
    const error = await client(server.url)
      .tasks.create({
        model: "hailuo/2-3-image-to-video-standard",
        input: { prompt: "p", image_url: "u", duration: "10", resolution: "1080P" },
      })
      .catch((caught) => caught);
    expect(error.issues[0].message).toBe('input: duration "10" is not supported with resolution "1080P"');
  });

  test("validation: false sends the input unchecked", async () => {
    server = await lifecycle(1);
    const kie = client(server.url, { validation: false });
    await kie.tasks.create({ model: "wan/2-2-a14b-image-to-video-turbo", input: { ...wanRequest.input, future_field: 1 } as never });
    expect(server.to(CREATE)).toHaveLength(1);
  });
});

describe("tasks.validate", () => {
  test("checks a request as create would (defaults included) and sends nothing, valid or not", async () => {
    server = await lifecycle(1);
    const kie = client(server.url);
    await expect(kie.tasks.validate(wanRequest)).resolves.toBeUndefined();
    const error = await kie.tasks
      .validate({ ...wanRequest, input: { ...wanRequest.input, resolution: "4k" as never } })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.message).toContain('input.resolution must be one of "480p", "720p"');
    expect(server.requests).toHaveLength(0);
  });
});

describe("tasks.get", () => {
  test("decodes param (with a double-encoded input) and resultJson", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, {
        code: 200,
        msg: "success",
        data: record("t1", "success", {
          param: JSON.stringify({ model: "nano-banana-2", input: JSON.stringify({ prompt: "cat", image_input: ["a"] }) }),
          resultJson: JSON.stringify({ resultUrls: ["https://files.test/1.png", "https://files.test/2.png"] }),
          costTime: 274,
        }),
      }),
    );
    const result = await client(server.url).tasks.get("t1");
    expect(result.state).toBe("success");
    if (result.state !== "success") return;
    expect(result.param).toEqual({ model: "nano-banana-2", input: { prompt: "cat", image_input: ["a"] } });
    expect(result.resultUrls).toEqual(["https://files.test/1.png", "https://files.test/2.png"]);
    expect(result.costTime).toBe(274);
  });

  test("a task id with reserved characters reaches the server intact", async () => {
    const seen: (string | null)[] = [];
    server = await startTestServer((request, response) => {
      seen.push(request.query.get("taskId"));
      sendJson(response, { code: 200, msg: "success", data: record("a b&c=d/é?", "generating") });
    });
    await client(server.url).tasks.get("a b&c=d/é?");
    expect(seen).toEqual(["a b&c=d/é?"]);
  });

  test("an unknown state is pending, never terminal", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 200, msg: "success", data: record("t1", "rendering") }),
    );
    expect(await client(server.url).tasks.get("t1")).toMatchObject({ state: "unknown", rawState: "rendering" });
  });

  test("a success with no result URLs gives an empty list, not a crash", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { code: 200, data: record("t1", "success", { resultJson: null }) }),
    );
    expect(await client(server.url).tasks.get("t1")).toMatchObject({ state: "success", resultUrls: [] });
  });
});

describe("tasks.wait and run", () => {
  test("run: onTaskCreated fires before any waiting, then the result arrives", async () => {
    server = await lifecycle(3);
    const order: string[] = [];
    const done = await client(server.url).run(wanRequest, {
      onTaskCreated: (task) => {
        order.push(`created ${task.taskId} after ${server?.to(RECORD).length} polls`);
      },
      onUpdate: (update) => order.push(update.state),
    });
    expect(order).toEqual(["created task-1 after 0 polls", "generating", "success"]);
    expect(done.resultUrls).toEqual(["https://files.test/task-1.mp4"]);
  });

  test("a wait resumes from the task id alone (another process)", async () => {
    server = await lifecycle(2);
    const done = await client(server.url).tasks.wait("task-from-yesterday");
    expect(done.taskId).toBe("task-from-yesterday");
    expect(server.to(CREATE)).toHaveLength(0);
  });

  test("a failed task throws TaskFailedError with failCode and failMsg", async () => {
    server = await lifecycle(2, "fail");
    const error = await client(server.url)
      .run(wanRequest)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ taskId: "task-1", failCode: "500", failMsg: "Internal server error" });
  });

  test("recordInfo answering 501 means the task failed", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 501, msg: "Generation failed", data: null }));
    await expect(client(server.url).tasks.wait("t1")).rejects.toMatchObject({ name: "TaskFailedError", failCode: "501" });
  });

  test("a wait timeout throws with the task id and last record, and never creates a task", async () => {
    server = await lifecycle(1_000_000);
    const error = await client(server.url)
      .run(wanRequest, { timeoutMs: 300 })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.taskId).toBe("task-1");
    expect(error.lastRecord).toMatchObject({ state: "generating" });
    expect(server.to(CREATE)).toHaveLength(1);
  });

  test("'recordInfo is null' and 404 right after create mean 'not visible yet'", async () => {
    server = await startTestServer((request, response) => {
      if (request.path === CREATE) return sendJson(response, { code: 200, data: { taskId: "fresh" } });
      const polls = server?.to(RECORD).length ?? 0;
      if (polls === 1) return sendJson(response, { code: 422, msg: "recordInfo is null", data: null });
      if (polls === 2) return sendJson(response, { code: 404, msg: "Task not found" }, 404);
      sendJson(response, { code: 200, data: record("fresh", "success") });
    });
    expect((await client(server.url).run(wanRequest)).taskId).toBe("fresh");
  });

  test("a task that stays invisible past the grace period is an error", async () => {
    server = await startTestServer((_request, response) => sendJson(response, { code: 404, msg: "Task not found" }, 404));
    await expect(client(server.url).tasks.wait("ghost", { notFoundGraceMs: 100, model: wanRequest.model })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test("abort during a poll sleep ends the wait at once", async () => {
    server = await lifecycle(1_000_000);
    const controller = new AbortController();
    const kie = client(server.url, {
      polling: { firstPollMs: 60_000, sparsePollMs: 60_000, expectedDurations: { [wanRequest.model]: 120_000 } },
    });
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(kie.tasks.wait("t1", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("it learns a model's duration and then polls around the expected end", async () => {
    let created = 0;
    const started = new Map<string, number>();
    server = await startTestServer((request, response) => {
      if (request.path === CREATE) {
        const taskId = `t${++created}`;
        started.set(taskId, Date.now());
        return sendJson(response, { code: 200, data: { taskId } });
      }
      const taskId = request.query.get("taskId") ?? "";
      const begin = started.get(taskId) ?? 0;
      const done = Date.now() - begin >= 600;
      sendJson(response, {
        code: 200,
        data: record(taskId, done ? "success" : "generating", { createTime: begin, completeTime: done ? begin + 600 : null }),
      });
    });
    const kie = createKieClient({ apiKey: API_KEY, baseUrl: server.url, polling: { firstPollMs: 100, densePollMs: 100 } });
    await kie.run(wanRequest); // unknown model duration: upstream's schedule (first poll after 2-3 s)
    const firstPolls = server.to(RECORD).length;
    expect(kie.durations.estimate(wanRequest.model)?.typicalMs).toBe(600);
    await kie.run(wanRequest);
    const secondPolls = server.to(RECORD).length - firstPolls;
    const polls = server.to(RECORD).filter((request) => request.query.get("taskId") === "t2");
    const detectedAfter = polls[polls.length - 1].at - (started.get("t2") ?? 0);
    expect(secondPolls).toBeLessThanOrEqual(4);
    expect(detectedAfter).toBeLessThan(600 + 900); // dense polls every 100 ms; the margin absorbs a loaded CI machine
  }, 15_000);
});

describe("the shared read budget", () => {
  test("100 concurrent waits never exceed the recordInfo budget", async () => {
    server = await lifecycle(2);
    // 40 per second instead of upstream's 10 keeps the test short; the limiter is the same.
    const kie = client(server.url, { rateLimit: { read: { limit: 40, intervalMs: 1000 } }, polling: { ...polling, densePollMs: 10 } });
    const ids = Array.from({ length: 100 }, (_, index) => `w${index}`);
    const results = await Promise.all(ids.map((id) => kie.tasks.wait(id)));
    expect(results).toHaveLength(100);
    const arrivals = server.to(RECORD).map((request) => request.at);
    expect(arrivals).toHaveLength(200);
    let worst = 0;
    for (const [index, at] of arrivals.entries())
      worst = Math.max(worst, arrivals.slice(index).filter((other) => other < at + 1000).length);
    expect(worst).toBeLessThanOrEqual(40);
    expect(worst).toBeGreaterThan(20); // the budget is used, not wasted
  }, 60_000);

  test("a burst of 100 runs against a server that enforces the create limit sees no 429", async () => {
    const window: number[] = [];
    let refused = 0;
    let created = 0;
    server = await startTestServer((request, response) => {
      if (request.path === CREATE) {
        const now = Date.now();
        while (window.length && window[0] <= now - 1000) window.shift();
        if (window.length >= 20) {
          refused++;
          return sendJson(response, { code: 429, msg: "Rate limit exceeded" }, 429);
        }
        window.push(now);
        return sendJson(response, { code: 200, data: { taskId: `b${++created}` } });
      }
      sendJson(response, { code: 200, data: record(request.query.get("taskId") ?? "", "success") });
    });
    const kie = client(server.url, { rateLimit: { create: { limit: 20, intervalMs: 1000 }, read: false }, retry: { maxRetries: 0 } });
    const results = await Promise.all(Array.from({ length: 100 }, () => kie.run(wanRequest)));
    expect(results).toHaveLength(100);
    expect(refused).toBe(0);
    expect(created).toBe(100);
  }, 60_000);
});
