import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKieClient, memoryJournal } from "@kie-market/client";
import { fileJournal } from "@kie-market/client/file-journal";
import { median, type Row, round, withRatios } from "./stats.js";

const body = {
  model: "wan/2-2-a14b-image-to-video-turbo" as const,
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/in.png" },
};

/**
 * What the task journal costs per create: the same createTask against a local stand-in API, with no
 * journal, the in-memory one, and the file journal (two flushed writes per create: the intent before
 * sending, the task id after), interleaved in rounds.
 */
export async function journalCost(iterations = 1000, rounds = 10): Promise<Row[]> {
  const server = fork(new URL("./echo-server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise<number>((resolve) => server.once("message", (message: { port: number }) => resolve(message.port)));
  const dir = mkdtempSync(join(tmpdir(), "kie-bench-journal-"));
  const options = { apiKey: "bench-key-000000", baseUrl: `http://127.0.0.1:${port}`, rateLimit: false as const };
  const file = fileJournal(join(dir, "journal.jsonl"));
  const clients = {
    "no journal": createKieClient(options),
    "memoryJournal()": createKieClient({ ...options, journal: memoryJournal() }),
    "fileJournal(path), flushed to disk per event": createKieClient({ ...options, journal: file }),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  for (const kie of Object.values(clients)) for (let warm = 0; warm < 50; warm++) await kie.tasks.create(body);
  for (let pass = 0; pass < rounds; pass++) {
    for (const [name, kie] of Object.entries(clients)) {
      for (let index = 0; index < iterations / rounds; index++) {
        const started = process.hrtime.bigint();
        await kie.tasks.create(body);
        times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  }
  server.kill();
  await file.close?.();
  rmSync(dir, { recursive: true, force: true });
  const rows: Row[] = Object.entries(times).map(([name, list]) => ({
    bench: "task journal",
    name,
    value: round(median(list), 3),
    unit: "ms per create (median)",
    baseline: name === "no journal",
    note: `${list.length} creates; p99 ${round(list.sort((a, b) => a - b)[Math.floor(list.length * 0.99)], 2)} ms`,
  }));
  const fileRow = rows[2];
  fileRow.target = "≤ 2 ms median, durable write included";
  fileRow.met = fileRow.value <= 2;
  return withRatios(rows);
}
