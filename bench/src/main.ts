import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { mockThroughput } from "./mock-throughput.js";
import { requestOverhead } from "./overhead.js";
import { scale } from "./scale.js";
import { bundleSizes } from "./size.js";
import type { Row } from "./stats.js";
import { validationThroughput } from "./validation.js";
import { concurrentWaits, waitingEfficiency } from "./waiting.js";

// `pnpm bench`: every benchmark, one table, results in bench/results.json and bench/RESULTS.md.
const repoRoot = resolve(import.meta.dirname, "../..");
const work = join(repoRoot, "bench/.work");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const only = process.argv.slice(2);
const benches: [string, () => Promise<Row[]> | Row[]][] = [
  ["size", () => bundleSizes(work)],
  ["overhead", () => requestOverhead()],
  ["validation", () => validationThroughput(repoRoot)],
  ["scale", () => scale(repoRoot, work)],
  ["waiting", async () => [...waitingEfficiency(), ...(await concurrentWaits())]],
  ["mock", () => mockThroughput()],
];
const rows: Row[] = [];
for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  process.stdout.write(`running ${name}... `);
  rows.push(...(await run()));
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
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
