import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createKieClient } from "@kie-market/client";
import { estimateCost } from "@kie-market/schemas/pricing";
import { initialLoad } from "./size.js";
import { median, type Row, round, sample, withRatios } from "./stats.js";

const body = {
  model: "wan/2-2-a14b-image-to-video-turbo" as const,
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/in.png" },
};

/** Every model's request example: the inputs the estimate and the validators are timed on. */
function examples(repoRoot: string): { model: string; input: Record<string, unknown>; body: unknown }[] {
  const catalog = JSON.parse(readFileSync(join(repoRoot, "specs/dist/catalog.json"), "utf8")) as { models: { id: string; spec: string }[] };
  return catalog.models.map(({ id, spec }) => {
    const document = JSON.parse(readFileSync(join(repoRoot, "specs/dist", spec), "utf8"));
    const content = document.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"];
    const example = content.example ?? (Object.values(content.examples ?? {})[0] as { value?: unknown } | undefined)?.value;
    return { model: id, input: (example as { input?: Record<string, unknown> })?.input ?? {}, body: example };
  });
}

/**
 * What cost tracking costs: an estimate per call against a validation of the same request (both run
 * before every budgeted create), a create with a budget against one without (a local stand-in API,
 * interleaved in rounds), and what the prices add to an app that gives its client a budget.
 */
export async function pricingBench(repoRoot: string, workDir: string): Promise<Row[]> {
  const requests = examples(repoRoot);
  const loaded = await Promise.all(
    requests.map(async (request) => {
      const module = (await import(`@kie-market/schemas/market/${request.model}`)) as { validator: { validate(value: unknown): unknown } };
      return { ...request, validator: module.validator };
    }),
  );
  const estimate = await sample(200, () => {
    for (const request of loaded) estimateCost(request);
  });
  const validate = await sample(200, () => {
    for (const request of loaded) request.validator.validate(request.body);
  });
  const priced = requests.filter((request) => estimateCost(request).credits !== undefined).length;
  const perCall = (times: number[]) => round((median(times) * 1000) / requests.length, 3);
  const speed = withRatios([
    {
      bench: "pricing",
      name: "validating a model's request example",
      value: perCall(validate),
      unit: "µs per request (median)",
      baseline: true,
      note: `${requests.length} models × 200 rounds`,
    },
    {
      bench: "pricing",
      name: "estimateCost on the same request",
      value: perCall(estimate),
      unit: "µs per request (median)",
      note: `${priced} of ${requests.length} examples get an estimate; the rest a reason`,
    },
  ]);

  const server = fork(new URL("./echo-server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise<number>((resolve) => server.once("message", (message: { port: number }) => resolve(message.port)));
  const options = { apiKey: "bench-key-000000", baseUrl: `http://127.0.0.1:${port}`, rateLimit: false as const };
  const clients = {
    "a create, no budget": createKieClient(options),
    "a create with a budget (estimate, reserve)": createKieClient({ ...options, budget: { maxCredits: 1e15 } }),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  for (const kie of Object.values(clients)) for (let warm = 0; warm < 50; warm++) await kie.tasks.create(body);
  for (let pass = 0; pass < 10; pass++)
    for (const [name, kie] of Object.entries(clients))
      for (let index = 0; index < 100; index++) {
        const started = process.hrtime.bigint();
        await kie.tasks.create(body);
        times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
  server.kill();
  const creates = withRatios(
    Object.entries(times).map(([name, list]) => ({
      bench: "pricing",
      name,
      value: round(median(list), 3),
      unit: "ms per create (median)",
      baseline: name === "a create, no budget",
      note: `${list.length} creates, interleaved in 10 rounds`,
    })),
  );

  const app = `import { createKieClient } from "@kie-market/client";
export const kie = createKieClient({ apiKey: "k", budget: { maxCredits: 100 } });`;
  const plain = `import { createKieClient } from "@kie-market/client";
export const kie = createKieClient({ apiKey: "k" });`;
  const table = `import { estimateCost } from "@kie-market/schemas/pricing";
export const estimate = (model, input) => estimateCost({ model, input });`;
  const [withBudget, without, prices] = await Promise.all([
    initialLoad(join(workDir, "pricing-app"), app),
    initialLoad(join(workDir, "pricing-plain"), plain),
    initialLoad(join(workDir, "pricing-table"), table),
  ]);
  const sizes: Row[] = [
    {
      bench: "pricing",
      name: "an app's initial bundle, client given a budget, against one without",
      value: round((withBudget.gzip - without.gzip) / 1000, 3),
      unit: "kB gz more",
      note: "the budget's code and the prices load on the first create",
    },
    {
      bench: "pricing",
      name: "@kie-market/schemas/pricing (the estimate and every price), loaded by a budgeted client's first create",
      value: round(prices.gzip / 1000, 3),
      unit: "kB gz",
      note: `${(prices.minified / 1000).toFixed(1)} kB min`,
    },
  ];
  return [...speed, ...creates, ...sizes];
}
