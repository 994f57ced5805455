import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createKieClient, memoryJournal } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import {
  APICallError,
  createProviderRegistry,
  experimental_generateSpeech,
  experimental_generateVideo,
  generateImage,
  InvalidArgumentError,
} from "ai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createKie } from "../src/index.js";

// The real `ai` package (6.x) against the mock: the provider maps the AI SDK's settings to each model's own
// fields, uploads local inputs, waits with the client, and hands the AI SDK the result files' bytes.
const require = createRequire(import.meta.url);
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC", "base64");
const MP4 = readFileSync(require.resolve("@kie-market/mock/package.json").replace("package.json", "assets/result.mp4"));

let mock: Awaited<ReturnType<typeof startMock>>;
let kie: ReturnType<typeof createKie>;
beforeAll(async () => {
  mock = await startMock({ taskDurationMs: 100, strict: true });
  const { baseUrl, ...clientOptions } = mock.clientOptions;
  kie = createKie({ ...clientOptions, baseURL: baseUrl });
});
afterAll(() => mock.close());

/** The createTask body the mock received last for `model`. */
const lastBody = (model: string) =>
  mock
    .tasks()
    .filter((task) => task.model === model)
    .at(-1)?.body as { input: Record<string, unknown> };

describe("experimental_generateVideo", () => {
  test("kling image-to-video: the image is uploaded, settings map to the model's fields, the video's bytes come back", async () => {
    const result = await experimental_generateVideo({
      model: kie.video("kling/v2-5-turbo-image-to-video-pro"),
      prompt: { image: PNG, text: "A paper boat on a rainy street" },
      duration: 5,
      aspectRatio: "16:9",
      providerOptions: { kie: { cfg_scale: 0.5 } },
    });
    expect(Buffer.from(result.video.uint8Array).equals(MP4)).toBe(true);
    expect(result.video.mediaType).toBe("video/mp4");
    const { input } = lastBody("kling/v2-5-turbo-image-to-video-pro");
    // duration 5 → the enum "5"; the image went through the file service; cfg_scale from providerOptions.
    expect(input).toMatchObject({ prompt: "A paper boat on a rainy street", duration: "5", cfg_scale: 0.5 });
    expect(String(input.image_url)).toMatch(new RegExp(`^${mock.url}/files/uploads/`));
    // kling 2.5 takes no aspect ratio: a warning, never a silent drop.
    expect(result.warnings).toContainEqual(expect.objectContaining({ type: "unsupported", feature: "aspectRatio" }));
    // "kling 2.5 turbo , image-to-video, Turbo Pro-5.0s": 42 credits by the pricing snapshot, which the mock charges.
    expect(result.providerMetadata.kie).toMatchObject({
      taskId: expect.any(String),
      creditsConsumed: 42,
      estimate: {
        credits: 42,
        usd: 0.21,
        basis: "kling 2.5 turbo , image-to-video, Turbo Pro-5.0s: 42 credits per video",
        capturedAt: "2026-10-09",
      },
    });
  });

  test("a resolution the model names differently goes to the nearest value, with a warning", async () => {
    const result = await experimental_generateVideo({
      model: kie.video("wan/2-2-a14b-image-to-video-turbo"),
      prompt: { image: "https://files.example/frame.png", text: "A lighthouse" },
      resolution: "1280x720",
    });
    expect(lastBody("wan/2-2-a14b-image-to-video-turbo").input).toMatchObject({
      resolution: "720p",
      image_url: "https://files.example/frame.png",
    });
    expect(result.warnings.filter((warning) => "feature" in warning && warning.feature === "resolution")).toEqual([]);
    await experimental_generateVideo({
      model: kie.video("wan/2-2-a14b-image-to-video-turbo"),
      prompt: { image: "https://files.example/frame.png", text: "A lighthouse" },
      resolution: "1920x1080",
    }).then((again) => {
      expect(lastBody("wan/2-2-a14b-image-to-video-turbo").input.resolution).toBe("720p");
      expect(again.warnings).toContainEqual(expect.objectContaining({ type: "compatibility", feature: "resolution" }));
    });
  });

  test("a failed task is an APICallError that is not retried: one task, one bill", async () => {
    const before = mock.tasks().length;
    const error = await experimental_generateVideo({
      model: kie.video("wan/2-2-a14b-image-to-video-turbo"),
      prompt: { image: "https://files.example/frame.png", text: "A lighthouse" },
      headers: { "X-Kie-Mock": "fail=500" },
    }).catch((caught) => caught);
    expect(APICallError.isInstance(error.lastError ?? error) || APICallError.isInstance(error)).toBe(true);
    const cause = (error.lastError ?? error) as APICallError;
    expect(cause.isRetryable).toBe(false);
    expect(cause.message).toMatch(/failed/);
    expect(mock.tasks().length).toBe(before + 1);
  });

  test("an input the model refuses never reaches the API: InvalidArgumentError naming the field", async () => {
    const before = mock.tasks().length;
    const error = await experimental_generateVideo({
      model: kie.video("kling/v2-5-turbo-image-to-video-pro"),
      prompt: { image: "https://files.example/frame.png", text: "A boat" },
      providerOptions: { kie: { duration: "7" } },
    }).catch((caught) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toContain("input.duration");
    expect(mock.tasks().length).toBe(before);
  });

  test("an id one typo from a catalogue id is refused locally with did-you-mean; nothing is created", async () => {
    const before = mock.tasks().length;
    const error = await experimental_generateVideo({
      model: kie.video("kling/v2-5-turbo-image-to-video-pr" as never),
      prompt: { image: "https://files.example/frame.png", text: "A boat" },
    }).catch((caught) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toContain("did you mean kling/v2-5-turbo-image-to-video-pro");
    expect(mock.tasks().length).toBe(before);
  });
});

describe("generateImage", () => {
  test("imagen4: the prompt, aspect ratio and seed map to its fields; the PNG's bytes come back", async () => {
    const result = await generateImage({ model: kie.image("google/imagen4"), prompt: "A red kite", aspectRatio: "16:9", seed: 7 });
    expect(result.image.mediaType).toBe("image/png");
    expect(Buffer.from(result.image.uint8Array).subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(lastBody("google/imagen4").input).toMatchObject({ prompt: "A red kite", aspect_ratio: "16:9" });
  });
});

describe("generateImage with n > 1 on a model that makes one image per task", () => {
  test("each image names its task in providerMetadata.kie.images; a warning comes once, not once per image", async () => {
    const before = mock.tasks().length;
    const result = await generateImage({ model: kie.image("google/imagen4"), prompt: "A kite", n: 2, size: "1024x1024" });
    expect(result.images).toHaveLength(2);
    const taskIds = mock
      .tasks()
      .slice(before)
      .map((task) => task.taskId);
    expect(taskIds).toHaveLength(2);
    const images = (result.providerMetadata.kie as { images: { url: string; taskId: string }[] }).images;
    expect(images.map((image) => image.taskId).sort()).toEqual([...taskIds].sort());
    // Each image's task cost: "google imagen4, text-to-image, default", 8 credits per request.
    expect(images).toEqual(images.map((image) => ({ ...image, creditsConsumed: 8, estimatedCredits: 8 })));
    expect(images[0]).toMatchObject({ creditsConsumed: 8, estimatedCredits: 8 });
    expect(result.warnings.filter((warning) => warning.type === "unsupported" && warning.feature === "size")).toHaveLength(1);
  });
});

describe("idempotencyKey (with a client given a journal)", () => {
  test("a repeated call with the key (an AI SDK retry, a job run twice) gets the first task: one task in all", async () => {
    const { baseUrl, ...clientOptions } = mock.clientOptions;
    const client = createKieClient({ ...clientOptions, baseUrl, journal: memoryJournal() });
    const journaled = createKie({ client });
    const before = mock.tasks().length;
    const call = () =>
      generateImage({
        model: journaled.image("google/imagen4"),
        prompt: "A kite",
        providerOptions: { kie: { idempotencyKey: "order-7" } },
      });
    const [first, second] = [await call(), await call()];
    expect(mock.tasks().length - before).toBe(1);
    const ids = [first, second].map((result) => (result.providerMetadata.kie as { images: { taskId: string }[] }).images[0].taskId);
    expect(ids[0]).toBe(ids[1]);
    // The key is the provider's, not an input field of the model.
    expect(lastBody("google/imagen4").input).not.toHaveProperty("idempotencyKey");
  });
});

describe("a client given a budget", () => {
  test("a call past it is refused before anything is created, and the AI SDK does not retry it (even with a key)", async () => {
    const { baseUrl, ...clientOptions } = mock.clientOptions;
    // google/imagen4: "google imagen4, text-to-image, default", 8 credits per request.
    const client = createKieClient({ ...clientOptions, baseUrl, journal: memoryJournal(), budget: { maxCredits: 10 } });
    const budgeted = createKie({ client });
    const before = mock.tasks().length;
    await generateImage({ model: budgeted.image("google/imagen4"), prompt: "A kite" });
    const error = await generateImage({
      model: budgeted.image("google/imagen4"),
      prompt: "Another kite",
      providerOptions: { kie: { idempotencyKey: "order-budget" } },
    }).catch((caught: unknown) => caught);
    expect(mock.tasks().length - before).toBe(1);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((error as APICallError).data).toMatchObject({ code: "budget_exceeded" });
    expect((error as APICallError).message).toMatch(/past its budget of 10 credits: 8 spent, 0 in flight; nothing was sent/);
  });
});

describe("as an AI SDK provider", () => {
  test("goes in a provider registry; language models are a NoSuchModelError", async () => {
    const registry = createProviderRegistry({ kie });
    const result = await generateImage({ model: registry.imageModel("kie:google/imagen4"), prompt: "A kite" });
    expect(result.image.mediaType).toBe("image/png");
    expect(() => registry.languageModel("kie:gpt-4")).toThrow(/no language models/);
  });
});

describe("experimental_generateSpeech", () => {
  test("text-to-speech: the text goes to the model's text field; the audio's bytes come back", async () => {
    const model = kie.speech("elevenlabs/text-to-speech-multilingual-v2");
    const result = await experimental_generateSpeech({ model, text: "Hello there", voice: "EkK5I93UQWFDigLMpZcX" });
    expect(Buffer.from(result.audio.uint8Array).subarray(0, 4).toString("latin1")).toBe("RIFF");
    expect(lastBody("elevenlabs/text-to-speech-multilingual-v2").input).toMatchObject({
      text: "Hello there",
      voice: "EkK5I93UQWFDigLMpZcX",
    });
    // Upstream takes a preset voice name as well as an id ("Rachel"): it goes through as given.
    await experimental_generateSpeech({ model, text: "Hi", voice: "Rachel" });
    expect(lastBody("elevenlabs/text-to-speech-multilingual-v2").input).toMatchObject({ voice: "Rachel" });
    // A required field left out is refused before anything is spent, naming it.
    const error = await experimental_generateSpeech({ model, text: "Hi" }).catch((caught) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toContain("input.voice is required");
  });
});
