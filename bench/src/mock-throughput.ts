import { createRequire } from "node:module";
import { modelSpecPath, startMock, startPrism } from "@kie-market/mock";
import { median, type Row, round, withRatios } from "./stats.js";

const require = createRequire(import.meta.url);
const autocannon: (
  options: object,
) => Promise<{ requests: { average: number; total: number }; non2xx: number; latency: { p50: number } }> = require("autocannon");

const body = JSON.stringify({
  model: "wan/2-2-a14b-image-to-video-turbo",
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/in.png" },
});

async function load(url: string, seconds: number) {
  const result = await autocannon({
    url: `${url}/api/v1/jobs/createTask`,
    method: "POST",
    headers: { authorization: "Bearer bench", "content-type": "application/json" },
    body,
    connections: 10,
    duration: seconds,
  });
  return result;
}

/**
 * createTask requests per second: our mock vs bare Prism on the same model's spec (autocannon, loopback,
 * 10 connections). Rounds alternate between the two; the median round of each is reported.
 */
export async function mockThroughput(seconds = 3, rounds = 3): Promise<Row[]> {
  const prism = await startPrism(modelSpecPath("wan/2-2-a14b-image-to-video-turbo"));
  const mock = await startMock({ rateLimit: false, credits: 1e12 });
  const bare: Awaited<ReturnType<typeof load>>[] = [];
  const ours: Awaited<ReturnType<typeof load>>[] = [];
  for (let round = 0; round < rounds; round++) {
    bare.push(await load(prism.url, seconds));
    ours.push(await load(mock.url, seconds));
  }
  await prism.close();
  await mock.close();
  const summary = (results: typeof bare) => ({
    rate: median(results.map((result) => result.requests.average)),
    p50: median(results.map((result) => result.latency.p50)),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
  });
  const [base, mine] = [summary(bare), summary(ours)];
  const rows = withRatios([
    {
      bench: "mock throughput",
      name: "bare prism mock (one model spec)",
      value: round(base.rate, 0),
      unit: "createTask/s (median of rounds)",
      baseline: true,
      note: `${rounds} rounds of ${seconds} s; p50 ${base.p50} ms, ${base.non2xx} non-2xx`,
    },
    {
      bench: "mock throughput",
      name: "@kie-market/mock, 155 models (per-model validation, task state, credits per key)",
      value: round(mine.rate, 0),
      unit: "createTask/s (median of rounds)",
      note: `${rounds} rounds of ${seconds} s, alternating; p50 ${mine.p50} ms, ${mine.non2xx} non-2xx`,
    },
  ]);
  rows[1].target = "≥ 0.8× bare prism";
  rows[1].met = (rows[1].ratio ?? 0) >= 0.8;
  return rows;
}
