import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stringify as toYaml } from "yaml";
import { SPEC_PACKAGES } from "../src/release-plan.js";

// A docs site on loopback, built from small pages as docs.kie.ai publishes them (llms.txt + .md pages
// with the OpenAPI document in a yaml fence), and a scratch repository to sync into.
export const repo = resolve(import.meta.dirname, "../../..");

/** A page's text, or a handler that answers the request itself. */
export type Page = string | ((response: ServerResponse) => void);

export class DocsSite {
  pages: Record<string, Page> = {};
  /** Pages sent in full (not answered 304 from the client's cache). */
  served = 0;
  url = "";
  private server?: Server;

  async serve(): Promise<string> {
    const server = createServer((request, response) => {
      const page = this.pages[request.url ?? ""];
      if (typeof page === "function") return page(response);
      if (page === undefined) {
        response.writeHead(404);
        return response.end("not found");
      }
      const etag = `"${createHash("sha256").update(page).digest("hex").slice(0, 16)}"`;
      if (request.headers["if-none-match"] === etag) return void response.writeHead(304).end();
      this.served++;
      response.writeHead(200, { etag }).end(page);
    });
    this.server = server;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    this.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    return this.url;
  }

  async close() {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  }
}

/** A scratch repository: specs/common, an empty specs/market, .changeset, and the spec packages at 0.1.0. */
export function scratchRepo(): string {
  const work = mkdtempSync(join(tmpdir(), "kie-sync-test-"));
  cpSync(join(repo, "specs/common"), join(work, "specs/common"), { recursive: true });
  mkdirSync(join(work, "specs/market"), { recursive: true });
  mkdirSync(join(work, ".changeset"), { recursive: true });
  cpSync(join(repo, ".changeset/config.json"), join(work, ".changeset/config.json"));
  for (const [name, folder] of Object.entries(SPEC_PACKAGES)) {
    mkdirSync(join(work, folder), { recursive: true });
    writeFileSync(join(work, folder, "package.json"), JSON.stringify({ name, version: "0.1.0" }));
  }
  return work;
}

/** A model page: prose and the OpenAPI document in a yaml fence. `id` goes into the enum and the example. */
export function modelPage(id: unknown, input: object, example: object, exampleId: unknown = id): string {
  const document = {
    openapi: "3.0.1",
    info: { title: `Acme ${String(id)}`, version: "1.0.0" },
    paths: {
      "/api/v1/jobs/createTask": {
        post: {
          tags: ["docs/en/Market/Video Models/Acme"],
          requestBody: {
            content: {
              "application/json": {
                schema: { type: "object", properties: { model: { type: "string", enum: [id] }, input } },
                example: { model: exampleId, input: example },
              },
            },
          },
        },
      },
    },
  };
  return `# ${String(id)}\n\nWhat it does.\n\n\`\`\`yaml\n${toYaml(document)}\`\`\`\n`;
}

/** An llms.txt linking `pages`, a translation and a page on another origin (both skipped). */
export const index = (pages: string[]) =>
  [
    "# docs",
    ...pages.map((page) => `- [${page}](${page})`),
    "- [中文](/cn/market/acme/a.md)",
    "- [elsewhere](https://other.example/market/x.md)",
  ].join("\n");

/** A small model with one prompt field. */
export const promptPage = (id: unknown, exampleId: unknown = id) =>
  modelPage(id, { type: "object", properties: { prompt: { type: "string" } } }, { prompt: "p" }, exampleId);
