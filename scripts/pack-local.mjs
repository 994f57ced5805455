#!/usr/bin/env node
// `pnpm packages:local`: installable tarballs of every published package from this clone (built first by
// the root script), in local-packages/, with the npm command that installs them into another project.
// pnpm pack turns workspace: and catalog: ranges into real versions, as a publish would.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = resolve(process.argv[2] ?? join(root, "local-packages"));
const PUBLISHED = ["specs", "packages/schemas", "packages/client", "apps/mock", "packages/ai-sdk", "packages/cli", "packages/redis"];
const pnpm = process.env.npm_execpath?.includes("pnpm") ? [process.execPath, process.env.npm_execpath] : ["npx", "-y", "pnpm@10.34.9"];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const folder of PUBLISHED) {
  // prepack (scripts/check-packable.mjs) refuses a package whose build output is missing.
  execFileSync(pnpm[0], [...pnpm.slice(1), "pack", "--pack-destination", out], {
    cwd: join(root, folder),
    stdio: ["ignore", "ignore", "inherit"],
  });
}
const tarballs = readdirSync(out)
  .filter((name) => name.endsWith(".tgz"))
  .sort();
const names = PUBLISHED.map((folder) => JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")).name);
console.log(`${tarballs.length} packages in ${out} (${names.join(", ")}). In your project:\n`);
console.log(`  npm install ${tarballs.map((name) => join(out, name)).join(" ")}`);
