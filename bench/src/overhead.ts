import { fork } from "node:child_process";
import { createKieClient, type paths } from "@kie-market/client";
import createClient from "openapi-fetch";
import { median, type Row, round, withRatios } from "./stats.js";

const body = {
  model: "wan/2-2-a14b-image-to-video-turbo" as const,
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/in.png" },
};

/** createTask + recordInfo, sequentially, through raw fetch, bare openapi-fetch and our client. */
export async function requestOverhead(iterations = 5000, rounds = 20): Promise<Row[]> {
  const server = fork(new URL("./echo-server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise<number>((resolve) => server.once("message", (message: { port: number }) => resolve(message.port)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const headers = { authorization: "Bearer bench", "content-type": "application/json" };
  const bare = createClient<paths>({ baseUrl, headers });
  const kie = createKieClient({ apiKey: "bench-key-000000", baseUrl, rateLimit: { create: false, read: false } });
  // Raw fetch, with or without a fresh AbortController's signal per request (what any cancellable
  // per-request timeout costs); `signal: undefined` is the same as no signal.
  const rawFetch = (signal: () => AbortSignal | undefined) => async () => {
    const created = await (
      await fetch(`${baseUrl}/api/v1/jobs/createTask`, { method: "POST", headers, body: JSON.stringify(body), signal: signal() })
    ).json();
    return (await fetch(`${baseUrl}/api/v1/jobs/recordInfo?taskId=${created.data.taskId}`, { headers, signal: signal() })).json();
  };
  const variants: Record<string, () => Promise<unknown>> = {
    "raw fetch": rawFetch(() => undefined),
    "raw fetch, with a per-request AbortSignal (reference)": rawFetch(() => new AbortController().signal),
    "bare openapi-fetch": async () => {
      const created = await bare.POST("/api/v1/jobs/createTask", { body });
      const taskId = (created.data as { data: { taskId: string } }).data.taskId;
      return bare.GET("/api/v1/jobs/recordInfo", { params: { query: { taskId } } });
    },
    "@kie-market/client (validates, decodes, retry-ready)": async () => {
      const task = await kie.tasks.create(body);
      return kie.tasks.get(task.taskId);
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (const call of Object.values(variants)) for (let warm = 0; warm < 200; warm++) await call();
  // Interleaved rounds, so that drift on a shared machine hits every variant alike. A full collection
  // before each block: otherwise one variant's garbage is collected during the next variant's block.
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let pass = 0; pass < rounds; pass++) {
    for (const [name, call] of Object.entries(variants)) {
      collect?.();
      for (let index = 0; index < iterations / rounds; index++) {
        const started = process.hrtime.bigint();
        await call();
        times[name].push(Number(process.hrtime.bigint() - started) / 1e3);
      }
    }
  }
  server.kill();
  const rows: Row[] = Object.entries(times).map(([name, list]) => ({
    bench: "request overhead",
    name,
    value: round(median(list), 1),
    unit: "µs per create+get (median)",
    baseline: name === "raw fetch",
    note: `${list.length} iterations`,
  }));
  const result = withRatios(rows);
  const ours = result[result.length - 1];
  ours.target = "≤ 1.10× raw fetch";
  ours.met = (ours.ratio ?? 99) <= 1.1;
  return result;
}
