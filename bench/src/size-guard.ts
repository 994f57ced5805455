import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstRunLoad, initialLoad, TYPICAL_APP } from "./size.js";

// `check:size` (part of `pnpm test`): the typical app's bundle, measured as `pnpm bench` measures it,
// must not grow past these limits. The initial one is the footprint issue's target; the first run's is
// today's figure with a little room (its target, 16 kB, is not met: the code a first run loads weighs about
// 19.1 kB gz even merged into one file, openapi-fetch's 2.7 kB included; see bench/RESULTS.md); the task
// journal's hooks (0.5 kB, its own code loads only with a journal) moved it from 19.7 to 20.3 kB; the
// fleet's hooks (option checks, StoreUnavailableError, the bus and claims in the engine and the handler) to 20.6 kB;
// the budget's hooks (its option check, BudgetExceededError, the reserve and settle calls; its own code and the
// prices load only with a budget) to 21.0 kB.
const LIMITS = { initial: 10_000, firstRun: 21_100 };

const dir = mkdtempSync(join(tmpdir(), "kie-size-guard-"));
try {
  const initial = await initialLoad(join(dir, "initial"), TYPICAL_APP);
  const firstRun = await firstRunLoad(join(dir, "first-run"), TYPICAL_APP);
  const lines = [
    `typical app, initial bundle: ${(initial.gzip / 1000).toFixed(2)} kB gz (limit ${LIMITS.initial / 1000} kB)`,
    `typical app, first run in all: ${(firstRun.gzip / 1000).toFixed(2)} kB gz in ${firstRun.loaded.length} chunks (limit ${LIMITS.firstRun / 1000} kB)`,
  ];
  console.log(lines.join("\n"));
  if (initial.gzip > LIMITS.initial || firstRun.gzip > LIMITS.firstRun) {
    console.error("The client's bundle grew past its limit: load on first use what a typical app may never call.");
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
