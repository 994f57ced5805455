#!/usr/bin/env node
// Serves a folder of upstream per-model OpenAPI documents on 127.0.0.1 the way docs.kie.ai publishes
// them: /llms.txt linking one /market/<path>.md page per model, each page with its document in a
// ```yaml fence (snapshot-only commentary such as x-kie-provenance left out). Prints the URL; CI syncs
// from it to check that `pnpm spec:sync` reproduces the committed specs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const require = createRequire(new URL("../packages/codegen/package.json", import.meta.url));
const { stringify } = require("yaml");
const [folder, port = "0"] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node scripts/docs-mirror.mjs <folder of upstream documents> [port]");
  process.exit(2);
}
const pages = new Map();
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith(".json") && entry !== "catalogue.json")
      pages.set(`/market/${relative(folder, path).replace(/\.json$/, ".md")}`, path);
  }
};
walk(folder);
const index = ["# Docs", "", ...[...pages.keys()].map((page) => `- [${page}](${page})`), ""].join("\n");
const server = createServer((request, response) => {
  if (request.url === "/llms.txt") return response.end(index);
  const file = pages.get(request.url ?? "");
  if (!file) {
    response.writeHead(404);
    return response.end("not found");
  }
  const document = JSON.parse(readFileSync(file, "utf8"));
  delete document["x-kie-provenance"];
  response.end(`# ${document.info?.title ?? request.url}\n\n\`\`\`yaml\n${stringify(document)}\`\`\`\n`);
});
server.listen(Number(port), "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
