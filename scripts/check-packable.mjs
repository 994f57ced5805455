#!/usr/bin/env node
// prepack of every published package: refuses to pack (exit 1, naming the fix) when a file its
// package.json points to (exports, main, types, bin) or a folder it ships (files) is missing, which is what a pack before a build
// would otherwise ship: a tarball with only package.json and README.md.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** Every file path a manifest field points to (a `*` pattern: the folder before it). */
function targets(value) {
  if (typeof value === "string") return value.startsWith("./") || !value.includes(":") ? [value] : [];
  if (value && typeof value === "object") return Object.values(value).flatMap(targets);
  return [];
}
const wanted = [...new Set([manifest.main, manifest.types, manifest.bin, manifest.exports, manifest.files].flatMap(targets))];
const missing = wanted
  .map((target) => (target.includes("*") ? target.slice(0, target.indexOf("*")) : target))
  .filter((path) => !existsSync(join(dir, path)));
if (missing.length) {
  console.error(
    `${manifest.name}: not packed: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing. Build first: pnpm --filter "${manifest.name}..." build (or pnpm packages:local for every package).`,
  );
  process.exit(1);
}
