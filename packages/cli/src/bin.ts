#!/usr/bin/env node
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { credits, getTask, listModels, pendingTasks, recoverTasks, runModel, settleByHand, showModel, waitTask } from "./commands.js";
import { explain } from "./errors.js";
import { describeField, type Field, isModelId, modelInfo, parseValue } from "./fields.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
const argv = process.argv.slice(2);
// `kie models | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const debug = argv.includes("--debug");

function fail(error: unknown): never {
  if (debug) console.error(error);
  const { line, code } = explain(error);
  console.error(`kie: ${line}`);
  process.exit(code);
}

const program = new Command("kie")
  .description("The kie.ai Market models on the command line. KIE_API_KEY (and KIE_BASE_URL) from the environment.")
  .version(version)
  .option("--debug", "print stack traces")
  .showSuggestionAfterError()
  .exitOverride()
  // Commander's own errors (an unknown flag, a missing value) become one line, like ours.
  .configureOutput({ outputError: (text) => console.error(`kie: ${oneLine(text)}`) });

/** Commander's error text as one line; an unknown flag of `run <model>` says where the model's fields are listed. */
function oneLine(text: string): string {
  const line = text
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  const unknown = /^unknown option '([^']+)'/.exec(line);
  const model = argv[argv.indexOf("run") + 1];
  if (unknown && argv.includes("run") && model && isModelId(model))
    return `${model} has no field ${unknown[1]}${line.slice(unknown[0].length)} (kie models show ${model} lists its fields)`;
  return line;
}

const models = program.command("models").description("list the models (kie models show <id> for one)");
models
  .option("--category <category>", "only video, image, audio or other")
  .option("--json", "as JSON")
  .action((options: { category?: string; json?: boolean }) => listModels(options));
models
  .command("show <model>")
  .description("a model's fields (types, enums, defaults, limits), rules and prices")
  .action((id: string) => showModel(id));

const run = program
  .command("run <model>")
  .description("run a model: its input fields are flags (kie run <model> --help lists them)")
  .option("--input-json <json>", "the whole input (or a base the flags override), for nested or alternative inputs")
  .option("--input-file <path>", "the input from a JSON file")
  .option("--out <path>", "where to save the result: a file, or a folder for ./<taskId>.<ext> inside it (default: ./<taskId>.<ext>)")
  .option("--force", "overwrite an existing --out file")
  .option("--callback-url <url>", "a URL that receives the task when it finishes")
  .option("--no-wait", "print the task id and exit; kie tasks wait <id> later")
  .option("--mock", "run against a local mock (needs @kie-market/mock; no key, no credits)")
  .option(
    "--yes",
    "don't ask: upload local files named inside --input-json/--input-file (or symlinked out of this folder), and run above --confirm-above",
  )
  .option("--confirm-above <credits>", "on a terminal, ask before a run whose estimate is above this, or unknown (default: 100)")
  .option("--max-credits <credits>", "refuse (before creating anything) a run that may cost more than this")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .action((id: string, options: Record<string, unknown>) => runModel(id, options, fieldsOf(id)));

const tasks = program.command("tasks").description("read or wait for a task by its id; list and recover the journal's unsettled runs");
tasks
  .command("get <taskId>")
  .description("the task's record, as JSON")
  .action((taskId: string) => getTask(taskId));
tasks
  .command("wait <taskId>")
  .description("wait for the task and save its result")
  .option("--out <path>", "where to save the result: a file, or a folder to save it in")
  .option("--force", "overwrite an existing --out file")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .action((taskId: string, options: { out?: string; force?: boolean; journal?: string }) => waitTask(taskId, options));
tasks
  .command("pending")
  .description("list the runs the journal has not seen finish (created, running, or with an unknown outcome)")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .option("--json", "as JSON")
  .action((options: { journal?: string; json?: boolean }) => pendingTasks(options));
tasks
  .command("recover")
  .description("finish the journal's unsettled runs: wait for each, save its result; report unknown outcomes")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .option("--out <folder>", "the folder to save results in (default: this one)")
  .action((options: { journal?: string; out?: string }) => recoverTasks(options));
tasks
  .command("resolve <journalId> <taskId>")
  .description("a run whose create got no answer made this task (found in the account's logs): follow it")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .action((journalId: string, taskId: string, options: { journal?: string }) => settleByHand(journalId, taskId, options));
tasks
  .command("abandon <journalId>")
  .description("a run whose create got no answer made no task (by the account's logs): stop following it")
  .option("--journal <path>", "the task journal file (default: $XDG_STATE_HOME/kie-market/journal.jsonl)")
  .action((journalId: string, options: { journal?: string }) => settleByHand(journalId, undefined, options));

program
  .command("credits")
  .description("the account's remaining credits (the balance upstream reports)")
  .action(() => credits());

/** The model's input fields, when `run <model>` names one of the catalogue: each becomes a flag of `run`. */
function fieldsOf(id: string): readonly Field[] {
  return isModelId(id) ? modelInfo(id).fields : [];
}

// The model's own flags exist only once its id is known: look for it before parsing.
const runAt = argv.indexOf("run");
const modelId = runAt >= 0 ? argv[runAt + 1] : undefined;
if (modelId && !modelId.startsWith("-")) {
  try {
    // A field named like one of our own options (or help) keeps our meaning; --input-json can still set it.
    const taken = new Set(["help", ...[...run.options, ...program.options].flatMap((option) => [option.name(), option.attributeName()])]);
    for (const field of modelInfo(modelId).fields) {
      if (taken.has(field.name)) continue;
      const flag = field.type === "boolean" ? `--${field.name} [true|false]` : `--${field.name} <value>`;
      const option = new Option(flag, describeField(field)).argParser((text: string | undefined, previous: unknown) => {
        const value = parseValue(field, text ?? "");
        if (field.type !== "array") return value;
        return [...(Array.isArray(previous) ? previous : []), value];
      });
      run.addOption(option);
    }
  } catch (error) {
    // An unknown id is the mistake to name first (with the nearest ids), before any flag it would not have.
    fail(error);
  }
}

try {
  await program.parseAsync(argv, { from: "user" });
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  fail(error);
}
