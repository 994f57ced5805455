import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type CallbackEvent, createKieClient, type KieClient, type ModelId, modelIds } from "@kie-market/client";
import { startMock } from "@kie-market/mock";

const HELP = `quickstart: one task for each of four image-to-video models (or the ones you name) through the client,
against the built-in mock (no key needed): upload a frame, create, wait, verify the signed callbacks, download
the results to a temporary folder (removed at the end unless --keep)

  pnpm quickstart [--models a,b|all] [--task-duration 4000] [--keep]
  KIE_API_KEY=... pnpm --filter @kie-market/quickstart quickstart --live --models <id> [--callback-url <url>]

  --models         model ids, comma-separated, or "all" (default: four image-to-video models)
  --task-duration  how long the mock's tasks take, in ms (default 4000)
  --live           the real API (spends credits: one task per model); needs KIE_API_KEY
  --callback-url   with --live: a public URL that receives the callbacks
  --keep           keep the downloaded results (their folder is printed)
  --debug          print stack traces
  --help           this text`;

/** One line that names the problem; the stack only with --debug. */
function fail(message: string, code = 2): never {
  console.error(`quickstart: ${message}`);
  process.exit(code);
}

// pnpm 10 passes a `--` separator through to the script: take what follows it as the arguments.
const argv = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    args: argv,
    options: {
      live: { type: "boolean", default: false },
      models: { type: "string" },
      "callback-url": { type: "string" },
      "task-duration": { type: "string", default: "4000" },
      keep: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message} (see --help)`);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const taskDuration = Number(values["task-duration"]);
if (!(taskDuration >= 0)) fail(`--task-duration must be a number of ms (got "${values["task-duration"]}")`);

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
  if (!modelIds.includes(model)) fail(`unknown model "${model}"; the catalogue is listed in node_modules/@kie-market/specs/docs/models.md`);
}

/** A tiny PNG: the input frame we upload before asking for videos. */
const FRAME = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNgYGD4z8DAwMDAxMDAAAAJ/wEDkPpN5wAAAABJRU5ErkJggg==",
  "base64",
);

/** A local endpoint for callBackUrl that verifies each signed callback with the client's handler. */
async function startCallbackReceiver(kie: KieClient, hmacKey: string, onEvent: (event: CallbackEvent) => void) {
  const handle = kie.callbacks.handler({ hmacKey, onEvent });
  const server = createServer((request, response) => void handle.node(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie/callback`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function main(): Promise<number> {
  if (values.live && !process.env.KIE_API_KEY)
    fail("--live needs KIE_API_KEY in the environment (this spends real credits: one task per model; narrow with --models)");
  const mock = values.live ? undefined : await startMock({ taskDurationMs: taskDuration, callbackRetryDelayMs: 200 });
  const kie = createKieClient(mock ? { apiKey: "quickstart-key", baseUrl: mock.url } : {});
  log(mock ? `mock API on ${mock.url} (no API key needed)` : `live API at ${kie.baseUrl}`);
  const verified = new Map<string, CallbackEvent>();
  const receiver = mock ? await startCallbackReceiver(kie, mock.hmacKey, (event) => verified.set(event.taskId, event)) : undefined;
  const callBackUrl = receiver?.url ?? values["callback-url"];

  const frame = await kie.files.upload(new Blob([FRAME], { type: "image/png" }), { uploadPath: "quickstart", fileName: "frame.png" });
  log(`uploaded the input frame → ${frame.downloadUrl}`);

  const started = Date.now();
  const downloads = mkdtempSync(join(tmpdir(), "kie-quickstart-"));
  const results = await Promise.allSettled(
    chosen.map(async (model) => {
      const example = examples[`${model}:seed`]?.value.input as Record<string, unknown>;
      // Models that take one input image get the uploaded frame instead of the example's remote URL.
      const input = "image_url" in example ? { ...example, image_url: frame.downloadUrl } : example;
      const done = await kie.run({ model, input, ...(callBackUrl ? { callBackUrl } : {}) } as never, {
        onTaskCreated: (task) => log(`[${model}] created task ${task.taskId}`),
        onUpdate: (record, progress) =>
          log(
            `[${model}] ${record.state}  (${(progress.elapsedMs / 1000).toFixed(1)} s${progress.etaMs === undefined ? "" : `, about ${(progress.etaMs / 1000).toFixed(1)} s left`})`,
          ),
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
    for (const [index, url] of done.resultUrls.entries()) {
      // Result URLs expire upstream: the quickstart downloads what it made.
      const saved = await kie.files.download(url, join(downloads, `${model.replaceAll("/", "_")}-${index}.${extensionOf(url)}`));
      log(`[${model}] result ${url} → ${saved.path} (${saved.contentType}, ${saved.bytes} bytes)`);
      if (!saved.bytes) failures++;
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
  if (values.keep) log(`results kept in ${downloads}`);
  else rmSync(downloads, { recursive: true, force: true });
  log(failures ? `${failures} problem(s)` : `all ${chosen.length} models done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failures ? 1 : 0;
}

const extensionOf = (url: string) => /\.(\w{2,4})(?:$|\?)/.exec(new URL(url).pathname)?.[1] ?? "bin";

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (values.debug) console.error(error);
    fail(`${error instanceof Error ? error.message : String(error)}${values.debug ? "" : " (--debug for the stack)"}`, 1);
  },
);
