import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

/** Whether Debian's redis-server is on PATH. In CI its absence is a failure (see `requireRedis`), elsewhere a skip. */
export const hasRedis = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;

/** Throws in CI when redis-server is missing: the Redis tests must run there. */
export function requireRedis(): boolean {
  if (!hasRedis && process.env.CI)
    throw new Error("redis-server is not installed; CI must run the Redis tests (apt-get install -y redis-server; .ci/run does it)");
  if (!hasRedis) console.warn("redis-server is not installed: the Redis tests are skipped (apt-get install -y redis-server)");
  return hasRedis;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real redis-server on a free loopback port, persistence off unless asked; its files in a temporary folder. */
export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (with `persist`, what it had is back). */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export async function startRedis(options: { persist?: boolean } = {}): Promise<RedisProcess> {
  const dir = mkdtempSync(join(tmpdir(), "kie-redis-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const args = () => [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    dir,
    "--save",
    "",
    ...(options.persist ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"]),
  ];
  const start = async () => {
    const spawned = spawn("redis-server", args(), { stdio: "ignore" });
    child = spawned;
    const exited = new Promise<never>((_, reject) =>
      spawned.once("exit", (code) => reject(new Error(`redis-server exited with ${code} before answering`))),
    );
    exited.catch(() => {});
    // Ready once it answers PING (a bounded number of tries, not a sleep raced against it).
    for (let attempt = 0; ; attempt++) {
      const probe = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on("error", () => {});
      try {
        await Promise.race([probe.connect().then(() => probe.ping()), exited]);
        probe.disconnect();
        return;
      } catch (error) {
        probe.disconnect();
        if (attempt > 500 || spawned.exitCode !== null) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
