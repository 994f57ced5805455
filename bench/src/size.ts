import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./stats.js";
import { withRatios } from "./stats.js";

// Each entry is what a typical app imports and calls; bundled for the browser, minified, gzipped (level 9).
const ENTRIES: Record<string, string> = {
  "@kie-market/client (create + wait + callback verify)": `import { createKieClient, verifyCallback } from "@kie-market/client";
const kie = createKieClient({ apiKey: "k" });
export async function main(request) {
  const done = await kie.run({ model: "wan/2-2-a14b-image-to-video-turbo", input: { prompt: "p", image_url: "u" } });
  return [done.resultUrls, await verifyCallback(request, "key")];
}`,
  "@kie-market/schemas: one model's validator": `import { validator } from "@kie-market/schemas/market/hailuo/2-3-image-to-video-standard";
export const check = (value) => validator.validate(value);`,
  "@kie-market/schemas: two models' validators (the second adds only its own check)": `import { validator as a } from "@kie-market/schemas/market/hailuo/2-3-image-to-video-standard";
import { validator as b } from "@kie-market/schemas/market/kling/v2-5-turbo-image-to-video-pro";
export const check = (value) => [a.validate(value), b.validate(value)];`,
  "openapi-fetch alone": `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://api.kie.ai" });
export const get = (taskId) => client.GET("/api/v1/jobs/recordInfo", { params: { query: { taskId } } });`,
  replicate: `import Replicate from "replicate";
const replicate = new Replicate({ auth: "k" });
export const run = () => replicate.run("owner/model", { input: { prompt: "p" } });
export const verify = (request) => Replicate.validateWebhook?.(request, "secret");`,
  "@fal-ai/client": `import { fal } from "@fal-ai/client";
fal.config({ credentials: "k" });
export const run = () => fal.subscribe("fal-ai/model", { input: { prompt: "p" } });`,
  openai: `import OpenAI from "openai";
const openai = new OpenAI({ apiKey: "k", dangerouslyAllowBrowser: true });
export const run = () => openai.videos.create({ model: "sora-2", prompt: "p" });
export const verify = (body, headers) => openai.webhooks.unwrap(body, headers, "secret");`,
};

export async function bundleSizes(workDir: string): Promise<Row[]> {
  const dir = join(workDir, "size");
  mkdirSync(dir, { recursive: true });
  const rows: Row[] = [];
  for (const [name, source] of Object.entries(ENTRIES)) {
    const entry = join(dir, `${rows.length}.mjs`);
    writeFileSync(entry, source);
    // Code splitting as an app bundler does it: lazily loaded validators land in their own chunks.
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      splitting: true,
      outdir: join(dir, `out-${rows.length}`),
      write: false,
      metafile: true,
      nodePaths: [join(import.meta.dirname, "../node_modules")],
      logLevel: "silent",
    });
    const entryFile = result.outputFiles.find((file) => file.path.endsWith(`${rows.length}.js`));
    const initial = result.metafile?.outputs[Object.keys(result.metafile.outputs).find((key) => key.endsWith(`${rows.length}.js`)) ?? ""];
    const imports = new Set((initial?.imports ?? []).filter((item) => item.kind === "import-statement").map((item) => item.path));
    // Initial load = the entry chunk plus the chunks it imports statically (not the lazy ones).
    const files = result.outputFiles.filter(
      (file) => file === entryFile || [...imports].some((path) => file.path.endsWith(path.split("/").pop() ?? "")),
    );
    const gzip = files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0);
    const minified = files.reduce((sum, file) => sum + file.contents.length, 0);
    const lazy = result.outputFiles.length - files.length;
    rows.push({
      bench: "bundle size",
      name,
      value: gzip / 1000,
      unit: "kB gz",
      note: `${(minified / 1000).toFixed(1)} kB min${lazy ? `, ${lazy} lazy chunks not counted` : ""}`,
    });
  }
  rows[0].target = "≤ 6 kB gz";
  rows[0].met = rows[0].value <= 6;
  rows[1].target = "≤ 2 kB gz";
  rows[1].met = rows[1].value <= 2;
  rows[2].note = `${rows[2].note}; +${((rows[2].value - rows[1].value) * 1000).toFixed(0)} B gz for the second model`;
  rows[3].baseline = true;
  return [...withRatios(rows), ...unpackedSizes()];
}

/** What installing the catalogue packages puts on disk: `npm pack --dry-run` of each package folder. */
function unpackedSizes(): Row[] {
  const root = join(import.meta.dirname, "../..");
  return [
    ["@kie-market/specs", "specs"],
    ["@kie-market/schemas", "packages/schemas"],
    ["@kie-market/client", "packages/client"],
  ].map(([name, folder]) => {
    const [pack] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: join(root, folder), encoding: "utf8" }),
    ) as {
      unpackedSize: number;
      size: number;
      entryCount: number;
    }[];
    return {
      bench: "package size",
      name: `${name}, unpacked`,
      value: Math.round(pack.unpackedSize / 1000),
      unit: "kB",
      note: `${pack.entryCount} files; tarball ${(pack.size / 1000).toFixed(0)} kB`,
    };
  });
}
