import { createRequire } from "node:module";
import { modelSpecPath, startMock, startPrism } from "@kie-market/mock";
import { type Row, round, withRatios } from "./stats.js";

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

/** createTask requests per second: our mock vs bare Prism on the same model's spec (autocannon, loopback). */
export async function mockThroughput(seconds = 5): Promise<Row[]> {
  const prism = await startPrism(modelSpecPath("wan/2-2-a14b-image-to-video-turbo"));
  const bare = await load(prism.url, seconds);
  await prism.close();
  const mock = await startMock({ rateLimit: false, credits: 1e12 });
  const ours = await load(mock.url, seconds);
  await mock.close();
  return withRatios([
    {
      bench: "mock throughput",
      name: "bare prism mock (one model spec)",
      value: round(bare.requests.average, 0),
      unit: "createTask/s",
      baseline: true,
      note: `p50 ${bare.latency.p50} ms, ${bare.non2xx} non-2xx`,
    },
    {
      bench: "mock throughput",
      name: "@kie-market/mock (per-model validation, task state, credits)",
      value: round(ours.requests.average, 0),
      unit: "createTask/s",
      note: `p50 ${ours.latency.p50} ms, ${ours.non2xx} non-2xx`,
    },
  ]);
}
