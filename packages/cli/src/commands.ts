import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createKieClient, type KieClient, modelIds, type SuccessTaskRecord } from "@kie-market/client";
import { UsageError } from "./errors.js";
import { describeField, type Field, isRemote, modelInfo, takesUrl } from "./fields.js";
import { progressDisplay } from "./progress.js";

const out = (line: string) => void process.stdout.write(`${line}\n`);
const note = (line: string) => void process.stderr.write(`${line}\n`);

export function listModels(options: { category?: string; json?: boolean }) {
  const categories = ["video", "image", "audio", "other"];
  if (options.category && !categories.includes(options.category))
    throw new UsageError(`--category is one of ${categories.join(", ")} (got "${options.category}")`);
  const models = modelIds.map((id) => modelInfo(id)).filter((model) => !options.category || model.category === options.category);
  if (options.json)
    return out(
      JSON.stringify(
        models.map(({ id, title, category }) => ({ id, title, category })),
        null,
        2,
      ),
    );
  const width = Math.max(...models.map((model) => model.id.length));
  for (const model of models) out(`${model.id.padEnd(width)}  ${model.category.padEnd(6)}  ${model.title}`);
}

export function showModel(id: string) {
  const model = modelInfo(id);
  out(`${model.id}: ${model.title} (${model.category})`);
  out("");
  out("fields (each is a flag of kie run):");
  const width = Math.max(...model.fields.map((field) => field.name.length)) + 2;
  for (const field of model.fields) out(`  --${field.name.padEnd(width)} ${describeField(field)}`);
  if (model.rules.length) {
    out("");
    out("rules:");
    for (const rule of model.rules) out(`  ${rule}`);
  }
}

/** The client, for the live API (KIE_API_KEY) or a mock started here. */
async function connect(mock: boolean): Promise<{ kie: KieClient; close: () => Promise<void> }> {
  if (!mock) return { kie: createKieClient(), close: async () => undefined };
  let startMock: typeof import("@kie-market/mock").startMock;
  try {
    ({ startMock } = await import("@kie-market/mock"));
  } catch {
    throw new UsageError(
      "--mock needs the mock: npm install @kie-market/mock (it is an optional peer, so a plain install does not pull in Prism)",
    );
  }
  const server = await startMock({ taskDurationMs: 3000 });
  note(`mock API on ${server.url} (no key, no credits)`);
  return { kie: createKieClient(server.clientOptions), close: () => server.close() };
}

/** The input from --input-json / --input-file, then the field flags. */
function inputOf(options: Record<string, unknown>, fields: readonly Field[]): Record<string, unknown> {
  let base: unknown = {};
  if (typeof options.inputJson === "string") base = parseJson(options.inputJson, "--input-json");
  if (typeof options.inputFile === "string") base = parseJson(readFileSync(options.inputFile, "utf8"), `--input-file ${options.inputFile}`);
  if (typeof base !== "object" || base === null || Array.isArray(base)) throw new UsageError("the input must be a JSON object");
  const input: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const field of fields) if (options[field.name] !== undefined) input[field.name] = options[field.name];
  return input;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}

/** Uploads the local files given for URL fields and puts their download URLs in their place. */
async function uploadLocalFiles(kie: KieClient, input: Record<string, unknown>, fields: readonly Field[]) {
  for (const field of fields.filter(takesUrl)) {
    const value = input[field.name];
    const upload = async (path: unknown) => {
      if (typeof path !== "string" || isRemote(path)) return path;
      const file = await kie.files.upload(pathToFileURL(resolve(path)), { uploadPath: "cli" });
      note(`uploaded ${path} → ${file.downloadUrl}`);
      return file.downloadUrl;
    };
    if (Array.isArray(value)) input[field.name] = await Promise.all(value.map(upload));
    else if (value !== undefined) input[field.name] = await upload(value);
  }
}

const EXTENSIONS: Record<string, string> = {
  "video/mp4": ".mp4",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "audio/wav": ".wav",
  "audio/mpeg": ".mp3",
};

/** Saves a finished task's results: files downloaded to --out (numbered when several), or its resultObject as JSON. */
async function save(kie: KieClient, done: SuccessTaskRecord, target: string | undefined) {
  if (!done.resultUrls.length) {
    out(JSON.stringify(done.resultObject ?? done.result, null, 2));
    return;
  }
  for (const [index, url] of done.resultUrls.entries()) {
    const fromUrl = extname(new URL(url).pathname);
    const base = target ?? `${done.taskId}${fromUrl}`;
    const path = done.resultUrls.length === 1 ? base : base.replace(/(\.[^./]+)?$/, (ext) => `-${index + 1}${ext || fromUrl}`);
    const file = await kie.files.download(url, resolve(path));
    const ext = file.contentType ? EXTENSIONS[file.contentType.split(";")[0]] : undefined;
    out(`${file.path}${ext && !path.endsWith(ext) ? ` (${file.contentType})` : ""}`);
  }
}

/** Waits with a progress display on stderr, then saves the results. */
async function follow(kie: KieClient, taskId: string, model: string | undefined, target: string | undefined) {
  const progress = progressDisplay(process.stderr);
  try {
    const done = await kie.tasks.wait(taskId, { model, onUpdate: (record, at) => progress.update(record, at) });
    progress.stop();
    await save(kie, done, target);
  } finally {
    progress.stop();
  }
}

export async function runModel(id: string, options: Record<string, unknown>, fields: readonly Field[]) {
  const model = modelInfo(id);
  const input = inputOf(options, fields);
  const { kie, close } = await connect(options.mock === true);
  try {
    await uploadLocalFiles(kie, input, model.fields);
    const callBackUrl = typeof options.callbackUrl === "string" ? options.callbackUrl : undefined;
    // Validated before anything is spent: a wrong field is a one-line error and no task.
    const task = await kie.tasks.create({ model: id, input, ...(callBackUrl ? { callBackUrl } : {}) } as never);
    // First, so that a crash or a Ctrl-C can be resumed from the id.
    note(`task ${task.taskId} created (resume with: kie tasks wait ${task.taskId})`);
    if (options.wait === false) {
      out(task.taskId);
      return;
    }
    await follow(kie, task.taskId, id, typeof options.out === "string" ? options.out : undefined);
  } finally {
    await close();
  }
}

export async function getTask(taskId: string) {
  const { raw: _raw, ...record } = await createKieClient().tasks.get(taskId);
  out(JSON.stringify(record, null, 2));
}

export async function waitTask(taskId: string, options: { out?: string }) {
  await follow(createKieClient(), taskId, undefined, options.out);
}

export async function credits() {
  out(String(await createKieClient().account.credits()));
}
