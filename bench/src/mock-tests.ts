import { createKieClient } from "@kie-market/client";
import { startMock } from "@kie-market/mock";
import { median, type Row, round, sample, withRatios } from "./stats.js";

const request = {
  model: "wan/2-2-a14b-image-to-video-turbo" as const,
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/in.png" },
};

/**
 * How long one `run` takes in a test suite against the mock, with 100 ms tasks: the client's defaults
 * (upstream's polling schedule, then what it learned) against `createKieClient(mock.clientOptions)`.
 */
export async function mockTestTiming(): Promise<Row[]> {
  const mock = await startMock({ taskDurationMs: 100, rateLimit: false, credits: 1e9 });
  const defaults = createKieClient({ apiKey: "bench", baseUrl: mock.url });
  const tuned = createKieClient(mock.clientOptions);
  const slow = await sample(10, async () => void (await defaults.run(request)));
  const fast = await sample(20, async () => void (await tuned.run(request)));
  await mock.close();
  const rows = withRatios([
    {
      bench: "mock tests",
      name: "run() of a 100 ms task, client defaults",
      value: round(median(slow) / 1000, 3),
      unit: "s (median)",
      baseline: true,
      note: `10 runs; first ${round(slow[0] / 1000, 2)} s (upstream's 2-3 s first poll), then what it learned`,
    },
    {
      bench: "mock tests",
      name: "run() of a 100 ms task, createKieClient(mock.clientOptions)",
      value: round(median(fast) / 1000, 3),
      unit: "s (median)",
      note: `20 runs; slowest ${round(Math.max(...fast) / 1000, 3)} s`,
    },
  ]);
  rows[1].target = "≤ 0.2 s";
  rows[1].met = rows[1].value <= 0.2;
  return rows;
}
