#!/usr/bin/env node
// Serves folders of upstream per-model OpenAPI documents on 127.0.0.1 the way docs.kie.ai lays them out:
// /llms.txt linking one page per model at upstream's own URL (each document's x-kie-provenance.docs_page,
// e.g. /market/kling/v25-turbo-image-to-video-pro.md for kling/v2-5-turbo-image-to-video-pro), each page
// with its document in a ```yaml fence (snapshot-only commentary such as x-kie-provenance left out, but
// for its list of gaps: a copy whose descriptions were cut says so, and the importer marks them "…"
// exactly as an import from the folder does).
// Prints the URL; CI syncs from it to check that `pnpm spec:sync` reproduces the committed specs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(new URL("../packages/codegen/package.json", import.meta.url));
const { stringify } = require("yaml");
const args = process.argv.slice(2);
const port = /^\d+$/.test(args.at(-1) ?? "") && args.length > 1 ? Number(args.pop()) : 0;
if (!args.length) {
  console.error("usage: node scripts/docs-mirror.mjs <folder of upstream documents>... [port]");
  process.exit(2);
}
const pages = new Map();
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith(".json") && entry !== "catalogue.json") {
      const document = JSON.parse(readFileSync(path, "utf8"));
      const docsPage = document["x-kie-provenance"]?.docs_page;
      if (typeof document.openapi !== "string" || typeof docsPage !== "string") continue;
      const page = `${new URL(docsPage).pathname.replace(/\.md$/, "")}.md`;
      if (pages.has(page)) throw new Error(`${path} and ${pages.get(page)} are both served at ${page}`);
      pages.set(page, path);
    }
  }
};
for (const folder of args) walk(folder);
const index = ["# Docs", "", ...[...pages.keys()].map((page) => `- [${page}](${page})`), ""].join("\n");
const server = createServer((request, response) => {
  if (request.url === "/llms.txt") return response.end(index);
  const file = pages.get(request.url ?? "");
  if (!file) {
    response.writeHead(404);
    return response.end("not found");
  }
  const document = JSON.parse(readFileSync(file, "utf8"));
  const gaps = document["x-kie-provenance"]?.gaps;
  delete document["x-kie-provenance"];
  if (Array.isArray(gaps)) document["x-kie-provenance"] = { gaps };
  response.end(`# ${document.info?.title ?? request.url}\n\n\`\`\`yaml\n${stringify(document)}\`\`\`\n`);
});
server.listen(port, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
