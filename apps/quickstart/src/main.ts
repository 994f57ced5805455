import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { type CallbackEvent, createKieClient, type KieClient, type ModelId, modelIds } from "@kie-market/client";
import { startMock } from "@kie-market/mock";

const { values } = parseArgs({
  options: {
    live: { type: "boolean", default: false },
    models: { type: "string" },
    "callback-url": { type: "string" },
    "task-duration": { type: "string", default: "4000" },
  },
});

const log = (line: string) => console.log(line);
const bundle = JSON.parse(readFileSync(new URL(import.meta.resolve("@kie-market/specs/kie-market.openapi.json")), "utf8"));
const examples = bundle.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].examples as Record<
  string,
  { value: { input: object } }
>;
// Four image-to-video models by default (each gets the uploaded frame as image_url); `--models all` runs
// every model of the catalogue with its own request example.
const SHOWCASE = [
  "hailuo/02-image-to-video-standard",
  "hailuo/2-3-image-to-video-standard",
  "kling/v2-5-turbo-image-to-video-pro",
  "wan/2-2-a14b-image-to-video-turbo",
];
const chosen = (
  values.models === "all" ? [...modelIds] : (values.models?.split(",").map((model) => model.trim()) ?? SHOWCASE)
) as ModelId[];
for (const model of chosen) {
  if (!modelIds.includes(model)) {
    console.error(`unknown model ${model}; known: ${modelIds.join(", ")}`);
    process.exit(2);
  }
}

/** A tiny PNG: the input frame we upload before asking for videos. */
const FRAME = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNgYGD4z8DAwMDAxMDAAAAJ/wEDkPpN5wAAAABJRU5ErkJggg==",
  "base64",
);

async function nodeToWebRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.entries(request.headers).flatMap(([key, value]) =>
    value === undefined ? [] : [[key, String(value)] as [string, string]],
  );
  return new Request(new URL(request.url ?? "/", origin), {
    method: request.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
}

/** A local endpoint for callBackUrl that verifies each signed callback with the client's handler. */
async function startCallbackReceiver(kie: KieClient, hmacKey: string, onEvent: (event: CallbackEvent) => void) {
  const handle = kie.callbacks.handler({ hmacKey, onEvent });
  const server = createServer(async (request, response) => {
    const answer = await handle(await nodeToWebRequest(request, "http://127.0.0.1"));
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie/callback`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function main(): Promise<number> {
  const mock = values.live ? undefined : await startMock({ taskDurationMs: Number(values["task-duration"]), callbackRetryDelayMs: 200 });
  if (values.live && !process.env.KIE_API_KEY) {
    console.error("--live needs KIE_API_KEY (this spends real credits: one task per model; narrow with --models)");
    return 2;
  }
  const kie = createKieClient(mock ? { apiKey: "quickstart-key", baseUrl: mock.url } : {});
  log(mock ? `mock API on ${mock.url} (no API key needed)` : `live API at ${kie.baseUrl}`);
  const verified = new Map<string, CallbackEvent>();
  const receiver = mock ? await startCallbackReceiver(kie, mock.hmacKey, (event) => verified.set(event.taskId, event)) : undefined;
  const callBackUrl = receiver?.url ?? values["callback-url"];

  const frame = await kie.files.upload(new Blob([FRAME], { type: "image/png" }), { uploadPath: "quickstart", fileName: "frame.png" });
  log(`uploaded the input frame → ${frame.downloadUrl}`);

  const started = Date.now();
  const results = await Promise.allSettled(
    chosen.map(async (model) => {
      const example = examples[`${model}:seed`]?.value.input as Record<string, unknown>;
      // Models that take one input image get the uploaded frame instead of the example's remote URL.
      const input = "image_url" in example ? { ...example, image_url: frame.downloadUrl } : example;
      const done = await kie.run({ model, input, ...(callBackUrl ? { callBackUrl } : {}) } as never, {
        onTaskCreated: (task) => log(`[${model}] created task ${task.taskId}`),
        onUpdate: (record) => log(`[${model}] ${record.state}  (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      });
      return { model, done };
    }),
  );

  let failures = 0;
  for (const [index, result] of results.entries()) {
    if (result.status === "rejected") {
      failures++;
      log(`[${chosen[index]}] FAILED: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
      continue;
    }
    const { model, done } = result.value;
    for (const url of done.resultUrls) {
      const file = mock ? await fetch(url) : undefined;
      const size = file ? (await file.arrayBuffer()).byteLength : undefined;
      log(`[${model}] result ${url}${file ? ` (${file.headers.get("content-type")}, ${size} bytes)` : ""}`);
      if (file && (!file.ok || !size)) failures++;
    }
  }
  if (receiver) {
    const deadline = Date.now() + 10_000;
    while (verified.size < chosen.length - failures && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    log(`signed callbacks received, verified and confirmed by recordInfo: ${verified.size} of ${chosen.length}`);
    if (verified.size < chosen.length) failures++;
    await receiver.close();
  }
  if (mock) log(`credits left on the mock: ${await kie.account.credits()}`);
  await mock?.close();
  log(failures ? `${failures} problem(s)` : `all ${chosen.length} models done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
