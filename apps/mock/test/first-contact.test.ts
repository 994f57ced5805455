import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MockServer, startMock } from "../src/mock-server.js";

// What a client written against the live API meets first: its own habits, and its own typos.
const MODEL = "wan/2-2-a14b-image-to-video-turbo";
const INPUT = { prompt: "A lighthouse", image_url: "https://files.example/in.png" };
let mock: MockServer;
let strict: MockServer;
beforeAll(async () => {
  [mock, strict] = await Promise.all([startMock({ taskDurationMs: 0 }), startMock({ taskDurationMs: 0, strict: true })]);
});
afterAll(() => Promise.all([mock.close(), strict.close()]));

const create = (server: MockServer, body: unknown) =>
  fetch(`${server.url}/api/v1/jobs/createTask`, {
    method: "POST",
    headers: { authorization: "Bearer k", "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then((response) => response.json() as Promise<{ code: number; msg: string; data?: { taskId: string } }>);

describe("createTask", () => {
  // A published polling client sends "callBackUrl": "" on every create, and its README shows it working live.
  test.each(["", null])("callBackUrl %j is taken as none by default (as live), and refused in strict mode", async (callBackUrl) => {
    const accepted = await create(mock, { model: MODEL, input: INPUT, callBackUrl });
    expect(accepted.code).toBe(200);
    const record = await fetch(`${mock.url}/api/v1/jobs/recordInfo?taskId=${accepted.data?.taskId}`, {
      headers: { authorization: "Bearer k" },
    }).then((response) => response.json() as Promise<{ data: { param: string } }>);
    expect(JSON.parse(record.data.param)).not.toHaveProperty("callBackUrl");
    const refused = await create(strict, { model: MODEL, input: INPUT, callBackUrl });
    expect(refused.code).not.toBe(200);
    expect(refused.msg).toMatch(/callBackUrl/);
  });

  test("an unknown model: the id, the nearest ids and where the catalogue is, in under 1 kB", async () => {
    const answer = await create(mock, { model: "wan/2-2-a14b-image-to-video-turb", input: INPUT });
    expect(answer.msg).toContain(
      'model "wan/2-2-a14b-image-to-video-turb" is not available; did you mean wan/2-2-a14b-image-to-video-turbo',
    );
    expect(answer.msg).toContain("docs/models.md");
    expect(answer.msg.length).toBeLessThan(1024);
    const far = await create(mock, { model: "x".repeat(5000), input: INPUT });
    expect(far.msg.length).toBeLessThan(1024);
    expect(far.msg).not.toContain("did you mean");
  });
});

describe("what a model's own descriptions forbid (decided in its overlay)", () => {
  test.each([
    [
      'seedance-2 with an empty input (prompt: "Required field.")',
      { model: "bytedance/seedance-2", input: {} },
      "input.prompt is required",
    ],
    [
      'seedance-2 with duration 40 ("Video duration in 4-15 seconds")',
      { model: "bytedance/seedance-2", input: { prompt: "A calm lake", duration: 40 } },
      "duration",
    ],
    [
      "4o-image-api with only a size (a prompt unless files)",
      { model: "4o-image-api", input: { size: "1:1" } },
      "prompt is required unless files_url or file_url is given",
    ],
  ])("%s is refused", async (_name, body, message) => {
    const answer = await create(mock, body);
    expect(answer.code).not.toBe(200);
    expect(answer.msg).toContain(message);
  });

  test("the recorded live seedance-2 request still passes", async () => {
    // real-traffic requests/accepted.json: bytedance/seedance-2, text-to-video.
    const input = {
      prompt: "A calm lake at dawn with mist rising over the water",
      resolution: "480p",
      aspect_ratio: "16:9",
      duration: 4,
      generate_audio: false,
      web_search: false,
      nsfw_checker: false,
    };
    expect((await create(mock, { model: "bytedance/seedance-2", input })).code).toBe(200);
  });
});

describe("results follow the request where live does", () => {
  const finished = async (body: unknown) => {
    const { data } = await create(mock, body);
    const record = await fetch(`${mock.url}/api/v1/jobs/recordInfo?taskId=${data?.taskId}`, {
      headers: { authorization: "Bearer k" },
    }).then((response) => response.json() as Promise<{ data: { state: string; resultJson: string } }>);
    expect(record.data.state).toBe("success");
    return (JSON.parse(record.data.resultJson) as { resultUrls: string[] }).resultUrls;
  };

  // real-traffic responses/live-recordInfo-success-nano-banana-2.json: output_format "jpg" → a .jpeg result.
  test('output_format "jpg" gives a .jpeg result that is a real JPEG', async () => {
    const urls = await finished({
      model: "nano-banana-2",
      input: {
        prompt: "Make the background blue",
        image_input: ["https://files.example/in.jpg"],
        aspect_ratio: "9:16",
        output_format: "jpg",
        resolution: "2K",
      },
    });
    expect(urls).toEqual([expect.stringMatching(/\.jpeg$/)]);
    const file = await fetch(urls[0]);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect([...new Uint8Array(await file.arrayBuffer()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const png = await finished({ model: "nano-banana-2", input: { prompt: "p", image_input: [], output_format: "png" } });
    expect(png).toEqual([expect.stringMatching(/\.png$/)]);
  });

  // real-traffic responses/live-recordInfo-success-grok-imagine-t2i-multi-url.json: six result URLs for one task,
  // from the overlay fact specs/overlays/grok-imagine/text-to-image.json (results.count).
  test("grok-imagine text-to-image returns 6 result URLs, each served; a 7th is not", async () => {
    const urls = await finished({ model: "grok-imagine/text-to-image", input: { prompt: "A red panda", aspect_ratio: "1:1" } });
    expect(urls).toHaveLength(6);
    expect(new Set(urls).size).toBe(6);
    for (const url of urls) expect((await fetch(url)).status).toBe(200);
    expect((await fetch(urls[0].replace(/\.png$/, "-7.png"))).status).toBe(404);
    expect((await fetch(urls[0].replace(/\.png$/, "-1.png"))).status).toBe(404);
  });
});

describe("uploads", () => {
  // A third-party client's recorded live exchange (real-traffic responses/live-upload-base64.json, from a
  // HAR whose request carried mimeType) was accepted: unknown upload fields are ignored as live does.
  test("a base64 upload with an extra mimeType field is accepted by default, refused in strict mode", async () => {
    const upload = (server: MockServer) =>
      fetch(`${server.url}/api/file-base64-upload`, {
        method: "POST",
        headers: { authorization: "Bearer k", "content-type": "application/json" },
        body: JSON.stringify({
          base64Data: Buffer.from("hello").toString("base64"),
          uploadPath: "u",
          fileName: "a.txt",
          mimeType: "text/plain",
        }),
      }).then((response) => response.json() as Promise<{ code: number; msg: string }>);
    expect((await upload(mock)).code).toBe(200);
    const refused = await upload(strict);
    expect(refused.code).toBe(400);
    expect(refused.msg).toMatch(/mimeType/);
  });
});
