import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type BudgetOptions, createKieClient, type KieClient, modelFacts, modelIds, type SuccessTaskRecord } from "@kie-market/client";
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

export async function showModel(id: string) {
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
  const { maxCost, modelPrices, pricesCapturedAt } = await import("@kie-market/client/pricing");
  const rows = modelPrices(model.id);
  out("");
  if (!rows.length) {
    out(`prices: upstream's pricing page (as of ${pricesCapturedAt}) lists none for this model`);
    return;
  }
  out(`prices (upstream's pricing page as of ${pricesCapturedAt}; kie run prints the estimate for its input):`);
  const priced = rows.map((row) => `${row.credits} credits${row.usd !== undefined ? ` ($${row.usd})` : ""} ${row.unit}`);
  const column = Math.max(...priced.map((text) => text.length)) + 2;
  for (const [index, row] of rows.entries()) out(`  ${priced[index].padEnd(column)}${row.label}`);
  const most = maxCost(model.id);
  if (most !== undefined) out(`  at most ${most} credits a task`);
}

/** The client, for the live API (KIE_API_KEY) or a mock started here. */
/**
 * The journal of real runs: every task `kie run` pays for is recorded there before its create is sent
 * (`kie tasks pending` / `kie tasks recover`). `--journal` names another file; the default lives in the
 * user's state folder ($XDG_STATE_HOME, or ~/.local/state).
 */
export function journalPath(option: unknown): string {
  if (typeof option === "string" && option) return resolve(option);
  const state = process.env.XDG_STATE_HOME || join(homedir(), ".local", "state");
  return join(state, "kie-market", "journal.jsonl");
}

/** A client journaling to `path` (one kie process at a time per journal file). */
async function journaled(path: string, budget?: BudgetOptions): Promise<{ kie: KieClient; close: () => Promise<void> }> {
  mkdirSync(dirname(path), { recursive: true });
  const { fileJournal } = await import("@kie-market/client/file-journal");
  const journal = fileJournal(path);
  return { kie: createKieClient({ journal, ...(budget ? { budget } : {}) }), close: async () => journal.close?.() };
}

async function connect(mock: boolean, journal?: string, budget?: BudgetOptions): Promise<{ kie: KieClient; close: () => Promise<void> }> {
  if (!mock) return journaled(journalPath(journal), budget);
  let startMock: typeof import("@kie-market/mock").startMock;
  try {
    ({ startMock } = await import("@kie-market/mock"));
  } catch {
    throw new UsageError(
      "--mock needs the mock: npm install @kie-market/mock (an optional peer, so a plain install does not pull in Prism; before its first npm release, `pnpm packages:local` in a clone of kie-market makes the tarball)",
    );
  }
  const server = await startMock({ taskDurationMs: 3000 });
  note(`mock API on ${server.url} (no key; it charges its own credits, as live would)`);
  return { kie: createKieClient({ ...server.clientOptions, ...(budget ? { budget } : {}) }), close: () => server.close() };
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

/** Asks a yes/no question on the terminal; false when there is no terminal to ask on. */
async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const { createInterface } = await import("node:readline/promises");
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

/**
 * Why uploading `path` needs the user's word, or undefined when it does not: a path typed as a field flag
 * is the user's choice; one found inside --input-json/--input-file (a shared preset) is not, nor a symlink
 * that leads out of the working directory (the file host is public).
 */
function uploadConcern(path: string, typed: boolean, field: string): string | undefined {
  if (!typed) return `${path} (--${field} in the preset) would be uploaded to a public file host`;
  const full = resolve(path);
  if (existsSync(full) && lstatSync(full).isSymbolicLink()) {
    const target = realpathSync(full);
    const rest = relative(realpathSync(process.cwd()), target);
    if (rest.startsWith("..") || isAbsolute(rest))
      return `${path} is a symlink to ${target}, outside this folder, and would be uploaded to a public file host`;
  }
  return undefined;
}

/** Checks each local file given for a URL field (what `uploadLocalFiles` will send) for the user's consent. */
async function localUploads(input: Record<string, unknown>, fields: readonly Field[], typed: ReadonlySet<string>, yes: boolean) {
  const paths: { field: string; path: string }[] = [];
  for (const field of fields.filter(takesUrl)) {
    const value = input[field.name];
    for (const path of Array.isArray(value) ? value : [value])
      if (typeof path === "string" && !isRemote(path)) paths.push({ field: field.name, path });
  }
  for (const { field, path } of paths) {
    const concern = uploadConcern(path, typed.has(field), field);
    if (!concern || yes || (await confirm(`${concern}. Upload it?`))) continue;
    throw new UsageError(`${concern}: pass it as a --${field} flag, or allow it with --yes (nothing was uploaded or created)`);
  }
}

/** The input with each local file of a URL field replaced by a URL of the same name, for validation before uploading. */
function withPlaceholders(input: Record<string, unknown>, fields: readonly Field[]): Record<string, unknown> {
  const copy = { ...input };
  const placeholder = (path: unknown) =>
    typeof path === "string" && !isRemote(path) ? `https://upload.pending.invalid/${encodeURIComponent(basename(path))}` : path;
  for (const field of fields.filter(takesUrl)) {
    const value = copy[field.name];
    if (Array.isArray(value)) copy[field.name] = value.map(placeholder);
    else if (value !== undefined) copy[field.name] = placeholder(value);
  }
  return copy;
}

/** A number of credits from a flag. */
function creditsOption(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (!(Number.isFinite(number) && number >= 0))
    throw new UsageError(`--${name} must be a number of credits >= 0 (got "${String(value)}")`);
  return number;
}

/**
 * Prints what the run should cost (from the pricing snapshot), and on a terminal asks before one that may
 * cost more than `--confirm-above` (or whose cost is unknown); --yes skips the question. Nothing is
 * uploaded or created before the answer.
 */
async function checkCost(id: string, input: Record<string, unknown>, threshold: number, yes: boolean) {
  const { estimateCost, maxCost } = await import("@kie-market/client/pricing");
  const estimate = estimateCost({ model: id, input });
  const dated = `prices of ${estimate.capturedAt}, an estimate`;
  let question: string | undefined;
  if (estimate.credits !== undefined) {
    note(`estimate: ${estimate.credits} credits${estimate.usd !== undefined ? ` ($${estimate.usd})` : ""} (${estimate.basis}; ${dated})`);
    if (estimate.credits > threshold) question = `This run should cost ${estimate.credits} credits. Run it?`;
  } else {
    const most = maxCost(id);
    note(`estimate: unknown (${estimate.reason})${most !== undefined ? `; at most ${most} credits by the ${dated}` : ""}`);
    if (most === undefined || most > threshold)
      question = `This run's cost is unknown${most !== undefined ? ` (up to ${most} credits)` : ""}. Run it?`;
  }
  if (!question || yes || !process.stdin.isTTY || !process.stderr.isTTY) return;
  if (!(await confirm(question))) throw new UsageError("not run (nothing was uploaded or created); --yes skips the question");
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

/** A file name from what a server sent (a task id, a URL's extension): nothing that leaves the folder. */
const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_") || "result";
const safeExtension = (text: string) => (/^\.[A-Za-z0-9]{1,8}$/.test(text) ? text : "");

const EXTENSIONS: Record<string, string> = {
  "video/mp4": ".mp4",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "audio/wav": ".wav",
  "audio/mpeg": ".mp3",
};

/** Saves a finished task's results: files downloaded to --out (numbered when several), or its resultObject as JSON. */
async function save(kie: KieClient, done: SuccessTaskRecord, target: string | undefined, signal: AbortSignal, category?: string) {
  if (!done.resultUrls.length) {
    out(JSON.stringify(done.resultObject ?? done.result, null, 2));
    return;
  }
  for (const [index, url] of done.resultUrls.entries()) {
    const fromUrl = safeExtension(extname(new URL(url).pathname));
    const named = `${safeName(done.taskId)}${fromUrl}`;
    // --out a folder: the file goes inside it, named as without --out.
    const base = target === undefined ? named : isFolder(target) ? join(target, named) : target;
    const path = done.resultUrls.length === 1 ? base : base.replace(/(\.[^./]+)?$/, (ext) => `-${index + 1}${ext || fromUrl}`);
    const accept = category === "video" || category === "image" || category === "audio" ? [`${category}/`] : undefined;
    const file = await kie.files.download(url, resolve(path), { signal, accept });
    const ext = file.contentType ? EXTENSIONS[file.contentType.split(";")[0]] : undefined;
    out(`${file.path}${ext && !path.endsWith(ext) ? ` (${file.contentType})` : ""}`);
  }
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Checks --out before anything is created or paid for: a folder is fine (the result goes inside); an
 * existing file is overwritten only with --force, or when the user says so on a terminal.
 */
async function checkOut(out: unknown, force: boolean): Promise<string | undefined> {
  if (typeof out !== "string") return undefined;
  if (!existsSync(out) || isFolder(out) || force) return out;
  if (await confirm(`${out} exists. Overwrite it?`)) return out;
  throw new UsageError(`${out} exists: pass --force to overwrite it, or name another --out (nothing was created)`);
}

/** Waits with a progress display on stderr, then saves the results; Ctrl-C stops both and says how to resume. */
async function follow(kie: KieClient, taskId: string, model: string | undefined, target: string | undefined, mock = false) {
  const progress = progressDisplay(process.stderr);
  const interrupted = new AbortController();
  const onInterrupt = () => interrupted.abort();
  process.once("SIGINT", onInterrupt);
  const resume = mock
    ? "the mock ended with this run, so the task cannot be resumed"
    : `resume with: kie tasks wait ${taskId}${target ? ` --out ${target}` : ""}`;
  try {
    const done = await kie.tasks.wait(taskId, { model, signal: interrupted.signal, onUpdate: (record, at) => progress.update(record, at) });
    progress.stop();
    if (done.creditsConsumed !== undefined) note(`credits: ${done.creditsConsumed} consumed (as upstream reports it)`);
    await save(kie, done, target, interrupted.signal, model ? modelInfo(model).category : undefined);
  } catch (error) {
    if (interrupted.signal.aborted) throw new UsageError(`interrupted; nothing partial was kept (task ${taskId}: ${resume})`);
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && !message.includes(taskId)) error.message = `${message} (task ${taskId}: ${resume})`;
    throw error;
  } finally {
    process.off("SIGINT", onInterrupt);
    progress.stop();
  }
}

export async function runModel(id: string, options: Record<string, unknown>, fields: readonly Field[]) {
  const model = modelInfo(id);
  const input = inputOf(options, fields);
  // Before anything starts: which local files leave this machine is the user's call.
  const typed = new Set(fields.filter((field) => options[field.name] !== undefined).map((field) => field.name));
  await localUploads(input, model.fields, typed, options.yes === true);
  const target = await checkOut(options.out, options.force === true);
  // Both credit flags are checked before anything starts (the mock included).
  const threshold = creditsOption("confirm-above", options.confirmAbove) ?? 100;
  const maxCredits = creditsOption("max-credits", options.maxCredits);
  const budget = maxCredits !== undefined ? { maxCredits } : undefined;
  const { kie, close } = await connect(options.mock === true, typeof options.journal === "string" ? options.journal : undefined, budget);
  try {
    const callBackUrl = typeof options.callbackUrl === "string" ? options.callbackUrl : undefined;
    const request = (body: Record<string, unknown>) => ({ model: id, input: body, ...(callBackUrl ? { callBackUrl } : {}) }) as never;
    // Validated before any upload (local files stand in as placeholder URLs) and again before the create:
    // a wrong value is a one-line error, with nothing uploaded and no task.
    const checked = withPlaceholders(input, model.fields);
    await kie.tasks.validate(request(checked));
    await checkCost(id, checked, threshold, options.yes === true);
    await uploadLocalFiles(kie, input, model.fields);
    const task = await kie.tasks.create(request(input));
    // First, so that a crash or a Ctrl-C can be resumed from the id.
    note(`task ${task.taskId} created${options.mock === true ? " on the mock" : ` (resume with: kie tasks wait ${task.taskId})`}`);
    if (options.wait === false) {
      out(task.taskId);
      return;
    }
    await follow(kie, task.taskId, id, target, options.mock === true);
  } finally {
    await close();
  }
}

export async function getTask(taskId: string) {
  const { raw: _raw, ...record } = await createKieClient().tasks.get(taskId);
  out(JSON.stringify(record, null, 2));
}

export async function waitTask(taskId: string, options: { out?: string; force?: boolean; journal?: string }) {
  const target = await checkOut(options.out, options.force === true);
  const { kie, close } = await journaled(journalPath(options.journal));
  try {
    await follow(kie, taskId, undefined, target);
  } finally {
    await close();
  }
}

/** `kie tasks pending`: the journal's unsettled runs, one per line. */
export async function pendingTasks(options: { journal?: string; json?: boolean }) {
  const { kie, close } = await journaled(journalPath(options.journal));
  try {
    const entries = await kie.tasks.pending();
    if (options.json) return out(JSON.stringify(entries, null, 2));
    if (!entries.length) return note("no unsettled tasks in the journal");
    for (const entry of entries)
      out(`${entry.status}\t${entry.taskId ?? "-"}\t${entry.model}\t${new Date(entry.createdAt).toISOString()}\t${entry.id}`);
  } finally {
    await close();
  }
}

/** `kie tasks recover`: waits for every accepted, unsettled run and saves its result; reports unknown outcomes. */
export async function recoverTasks(options: { journal?: string; out?: string }) {
  if (typeof options.out === "string" && !isFolder(options.out)) throw new UsageError(`--out ${options.out} must be an existing folder`);
  const { kie, close } = await journaled(journalPath(options.journal));
  try {
    const report = await kie.tasks.recover();
    for (const problem of report.problems) note(`journal: ${problem}`);
    for (const { record } of report.succeeded) {
      note(`task ${record.taskId} (${record.model}) succeeded`);
      await save(kie, record, options.out, new AbortController().signal, modelFacts(record.model)?.category);
    }
    for (const { entry, error } of report.failed)
      note(`task ${entry.taskId} (${entry.model}): ${error instanceof Error ? error.message : String(error)}`);
    for (const { entry } of report.unknown)
      note(
        `outcome unknown: journal entry ${entry.id} (${entry.model}, journaled ${new Date(entry.createdAt).toISOString()}) got no answer to its createTask, so the task may exist and be billed: look for it in the account's logs, then kie tasks resolve ${entry.id} <taskId>, or kie tasks abandon ${entry.id} if there is none`,
      );
    if (report.failed.length || report.unknown.length) process.exitCode = 1;
    if (!report.succeeded.length && !report.failed.length && !report.unknown.length) note("nothing to recover");
  } finally {
    await close();
  }
}

/** `kie tasks resolve` / `kie tasks abandon`: what became of a create whose outcome was unknown, found in the account's logs. */
export async function settleByHand(journalId: string, taskId: string | undefined, options: { journal?: string }) {
  const { kie, close } = await journaled(journalPath(options.journal));
  try {
    const entry = (await kie.tasks.pending()).find((item) => item.id === journalId);
    if (!entry || entry.status !== "outcome-unknown")
      throw new UsageError(
        `${JSON.stringify(journalId)} is not a journal entry with an unknown outcome${entry ? ` (it is ${entry.status})` : ""}; kie tasks pending lists them`,
      );
    if (taskId === undefined) {
      await kie.tasks.abandon(journalId);
      note(`journal entry ${journalId} abandoned: it will not be followed`);
    } else {
      await kie.tasks.resolve(journalId, taskId);
      note(`journal entry ${journalId} is task ${taskId}: kie tasks recover waits for it and saves its result`);
    }
  } finally {
    await close();
  }
}

export async function credits() {
  out(String(await createKieClient().account.credits()));
}
