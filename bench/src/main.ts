import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fleetBench } from "./fleet.js";
import { journalCost } from "./journal.js";
import { mockTestTiming } from "./mock-tests.js";
import { mockThroughput } from "./mock-throughput.js";
import { requestOverhead } from "./overhead.js";
import { pricingBench } from "./pricing.js";
import { scale } from "./scale.js";
import { bundleSizes } from "./size.js";
import type { Row } from "./stats.js";
import { validationThroughput } from "./validation.js";
import { concurrentWaits, waitingEfficiency } from "./waiting.js";

// `pnpm bench`: every benchmark, one table, results in bench/results.json and bench/RESULTS.md.
const repoRoot = resolve(import.meta.dirname, "../..");
const work = join(repoRoot, "bench/.work");
const args = process.argv.slice(2);
const benches: [string, () => Promise<Row[]> | Row[]][] = [
  ["size", () => bundleSizes(work)],
  ["overhead", () => requestOverhead()],
  ["validation", () => validationThroughput(repoRoot)],
  ["scale", () => scale(repoRoot, work)],
  ["waiting", async () => [...waitingEfficiency(), ...(await concurrentWaits())]],
  ["mock", () => mockThroughput()],
  ["mock-tests", () => mockTestTiming()],
  ["journal", () => journalCost()],
  ["fleet", () => fleetBench()],
  ["pricing", () => pricingBench(repoRoot, work)],
];

// `--child <name> <file>`: run one bench and write its rows to <file> (used below).
if (args[0] === "--child") {
  const run = benches.find(([name]) => name === args[1])?.[1];
  if (!run) throw new Error(`unknown bench ${args[1]}`);
  writeFileSync(args[2], JSON.stringify(await run()));
  process.exit(0);
}

// Each bench runs in a fresh process, so that no bench inherits another's heap or JIT state.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const only = args;
const rows: Row[] = [];
for (const [name] of benches) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  process.stdout.write(`running ${name}... `);
  const file = join(work, `${name}.rows.json`);
  // --expose-gc: benches that alternate variants collect garbage between blocks (see overhead.ts).
  execFileSync(process.execPath, [...process.execArgv, "--expose-gc", fileURLToPath(import.meta.url), "--child", name, file], {
    stdio: "inherit",
  });
  rows.push(...(JSON.parse(readFileSync(file, "utf8")) as Row[]));
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// A partial run (`pnpm bench mock`) keeps the other benches' rows from the last full run.
if (only.length) {
  const previous = JSON.parse(readFileSync(join(repoRoot, "bench/results.json"), "utf8")) as { rows: Row[] };
  const fresh = rows.splice(0);
  for (const row of previous.rows) {
    const replaced = fresh.filter((item) => item.bench === row.bench);
    if (!replaced.length) rows.push(row);
    else if (!rows.includes(replaced[0])) rows.push(...replaced);
  }
  rows.push(...fresh.filter((item) => !rows.includes(item)));
}

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const date = new Date().toISOString();
writeFileSync(join(repoRoot, "bench/results.json"), `${JSON.stringify({ date, machine, rows }, null, 2)}\n`);
const format = (value: number) =>
  Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 3 });
const table = [
  "| bench | what | median | unit | ratio to baseline | target | note |",
  "|---|---|---:|---|---:|---|---|",
  ...rows.map(
    (row) =>
      `| ${row.bench} | ${row.name}${row.baseline ? " (baseline)" : ""} | ${format(row.value)} | ${row.unit} | ${row.ratio === undefined ? "" : `${row.ratio}×`} | ${row.target ? `${row.target}: ${row.met ? "met" : "**missed**"}` : ""} | ${row.note ?? ""} |`,
  ),
];
writeFileSync(
  join(repoRoot, "bench/RESULTS.md"),
  `# Benchmark results\n\nMade by \`pnpm bench\` on ${date}. Machine: ${machine.cpus}, ${machine.memory}, Node ${machine.node}, ${machine.platform}.\nEvery ratio is against a baseline measured in the same run.\n\n${table.join("\n")}\n`,
);
console.log(`\n${table.join("\n")}\n\nWrote bench/results.json and bench/RESULTS.md`);
