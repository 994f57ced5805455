import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createKieClient } from "@kie-market/client";
import { type MockServer, startMock } from "@kie-market/mock";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractSnippets, type Snippet } from "../src/extract.js";

// Every TypeScript snippet of the READMEs, taken from the READMEs themselves (no copies to drift): each is
// type-checked as strict user code, then run against the mock. Callback recipes are served by the real
// framework, and the mock's signed callback must be answered 200 (verified, confirmed, handed to onEvent).
const root = resolve(import.meta.dirname, "../..");
const extracted = resolve(import.meta.dirname, "../.extracted");
const { snippets, problems } = extractSnippets(root);
const fileOf = (snippet: Snippet) => join(extracted, `${snippet.id}.ts`);
const byKind = (...kinds: Snippet["kind"][]) => snippets.filter((snippet) => kinds.includes(snippet.kind));

let mock: MockServer;
const redisAvailable = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
let redis: { url: string; stop(): void } | undefined;
/** A redis-server on a free loopback port, persistence off, started on first use; ready once it answers PING. */
async function redisServer() {
  if (redis) return redis;
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => done(free));
    });
  });
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  for (let attempt = 0; ; attempt++) {
    const answered = await new Promise<boolean>((done) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        done(String(data).startsWith("+PONG"));
      });
      socket.once("error", () => done(false));
    });
    if (answered) break;
    if (attempt > 500 || child.exitCode !== null) throw new Error("redis-server did not start");
    await new Promise((done) => setTimeout(done, 20));
  }
  redis = { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGKILL") };
  return redis;
}
const work = mkdtempSync(join(tmpdir(), "kie-snippets-"));
const cwd = process.cwd();

beforeAll(async () => {
  rmSync(extracted, { recursive: true, force: true });
  mkdirSync(extracted, { recursive: true });
  for (const snippet of snippets) writeFileSync(fileOf(snippet), `// ${snippet.where}\n${snippet.code}`);
  mock = await startMock({ taskDurationMs: 100, acceptUnknownModels: true, callbackRetryDelayMs: 50 });
  // What a user's environment would hold; the snippets read it as they would in production.
  process.env.KIE_API_KEY = "snippets-key";
  process.env.KIE_BASE_URL = mock.url;
  process.env.KIE_WEBHOOK_HMAC_KEY = mock.hmacKey;
  // Snippets name local files relative to where they run.
  cpSync(resolve(root, "apps/mock/assets/result.mp4"), join(work, "clip.mp4"));
  writeFileSync(
    join(work, "first-frame.png"),
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC", "base64"),
  );
  process.chdir(work);
});
afterAll(async () => {
  redis?.stop();
  process.chdir(cwd);
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
});

test("every ts fence of the READMEs is a named snippet of a known kind", () => {
  expect(problems).toEqual([]);
  expect(snippets.length).toBeGreaterThanOrEqual(12);
});

test("every snippet compiles as strict user code (noUncheckedIndexedAccess too)", () => {
  const program = ts.createProgram(snippets.map(fileOf), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ["node"],
    typeRoots: [resolve(import.meta.dirname, "../node_modules/@types")],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(`${extracted}/`, "")}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
  expect(diagnostics).toEqual([]);
});

describe.each(byKind("script").map((snippet) => [snippet.id, snippet] as const))("script %s", (_id, snippet) => {
  // A fleet snippet needs a redis-server: CI has one (.ci/run installs it); elsewhere it is skipped without.
  const needsRedis = snippet.code.includes("@kie-market/redis");
  test.skipIf(needsRedis && !redisAvailable && !process.env.CI)(`runs to the end against the mock (${snippet.where})`, async () => {
    if (needsRedis) process.env.REDIS_URL = (await redisServer()).url;
    await import(pathToFileURL(fileOf(snippet)).href);
  });
});

/** Serves `handle` on loopback; resolves with the callBackUrl. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie/callback`, server };
}

async function webRequest(req: IncomingMessage): Promise<{ url: string; init: RequestInit }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = Object.entries(req.headers).flatMap(([key, value]) =>
    value === undefined ? [] : [[key, String(value)] as [string, string]],
  );
  return { url: `http://127.0.0.1${req.url}`, init: { method: req.method, headers, body: Buffer.concat(chunks) } };
}

async function answer(res: ServerResponse, response: Response) {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Creates a task whose callback goes to `url`, and resolves with the status the receiver answered the mock. */
async function deliveredTo(url: string): Promise<number | undefined> {
  // The recipes' clients use the environment's key; tasks belong to the key that made them.
  const kie = createKieClient({ ...mock.clientOptions, apiKey: process.env.KIE_API_KEY });
  const task = await kie.tasks.create({
    model: "wan/2-2-a14b-image-to-video-turbo",
    input: { prompt: "A lighthouse", image_url: "https://files.example/in.png" },
    callBackUrl: url,
  });
  // The mock logs each delivery once the receiver has answered: wait for that entry (an event, polled).
  for (;;) {
    const delivery = mock.callbacks.find((item) => item.taskId === task.taskId);
    if (delivery) return delivery.status;
    await new Promise((done) => setTimeout(done, 10));
  }
}

const servers: Record<string, (module: Record<string, unknown>) => Promise<{ url: string; close: () => Promise<unknown> }>> = {
  async next(module) {
    const { NextRequest } = await import("next/server.js");
    const POST = module.POST as (request: Request) => Promise<Response>;
    const { url, server } = await serve(async (req, res) => {
      const { url: target, init } = await webRequest(req);
      await answer(res, await POST(new NextRequest(target, init as ConstructorParameters<typeof NextRequest>[1])));
    });
    return { url, close: () => new Promise((done) => server.close(done)) };
  },
  async hono(module) {
    const app = module.app as { fetch: (request: Request) => Promise<Response> | Response };
    const { url, server } = await serve(async (req, res) => {
      const { url: target, init } = await webRequest(req);
      await answer(res, await app.fetch(new Request(target, init)));
    });
    return { url, close: () => new Promise((done) => server.close(done)) };
  },
  async express(module) {
    const app = module.app as { listen: (port: number, host: string, done: () => void) => Server };
    const server = await new Promise<Server>((done) => {
      const listening: Server = app.listen(0, "127.0.0.1", () => done(listening));
    });
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie/callback`,
      close: () => new Promise((done) => server.close(done)),
    };
  },
  async fastify(module) {
    const app = module.app as { listen: (options: { port: number; host: string }) => Promise<string>; close: () => Promise<void> };
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return { url: `${address}/kie/callback`, close: () => app.close() };
  },
  async node(module) {
    const server = module.server as Server;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie/callback`,
      close: () => new Promise((done) => server.close(done)),
    };
  },
};

describe.each(byKind("next", "hono", "express", "fastify", "node").map((snippet) => [snippet.id, snippet] as const))(
  "callback recipe %s",
  (_id, snippet) => {
    test(`answers the mock's signed callback 200 with the real framework (${snippet.where})`, async () => {
      const module = (await import(pathToFileURL(fileOf(snippet)).href)) as Record<string, unknown>;
      const receiver = await servers[snippet.kind](module);
      expect(await deliveredTo(receiver.url)).toBe(200);
      await receiver.close();
    });
  },
);

test("the mock README's vitest recipe passes in a vitest run of its own", () => {
  const [setup, spec] = [byKind("vitest-setup")[0], byKind("vitest-test")[0]];
  expect(setup && spec).toBeTruthy();
  if (!setup || !spec) return;
  const project = join(extracted, "vitest-recipe");
  mkdirSync(join(project, "test"), { recursive: true });
  writeFileSync(join(project, "test/mock-setup.ts"), setup.code);
  writeFileSync(join(project, "test/video.test.ts"), spec.code);
  writeFileSync(
    join(project, "vitest.config.ts"),
    'import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { globalSetup: ["./test/mock-setup.ts"], include: ["test/**/*.test.ts"] } });\n',
  );
  const vitest = resolve(import.meta.dirname, "../node_modules/vitest/vitest.mjs");
  const run = spawnSync(process.execPath, [vitest, "run", "--root", project], { encoding: "utf8", env: { ...process.env, CI: "true" } });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/1 passed/);
});
