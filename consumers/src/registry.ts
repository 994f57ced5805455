import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export interface LocalRegistry {
  url: string;
  /** Token of a user allowed to publish `@kie-market/*`. */
  token: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts verdaccio on loopback. `@kie-market/*` lives only here; everything else is proxied from the
 * npm registry, so consumers install our packages exactly as users would, with their real dependencies.
 */
export async function startRegistry(dir: string, upstream = "https://registry.npmjs.org/"): Promise<LocalRegistry> {
  mkdirSync(join(dir, "storage"), { recursive: true });
  const port = await freePort();
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(dir, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(dir, "htpasswd")}`,
      "    max_users: 10",
      "uplinks:",
      "  npmjs:",
      `    url: ${upstream}`,
      "    timeout: 60s",
      "packages:",
      "  '@kie-market/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    proxy: npmjs",
      "log: { type: stdout, format: pretty, level: error }",
      "publish:",
      "  allow_offline: true",
      "",
    ].join("\n"),
  );
  const bin = join(import.meta.dirname, "../node_modules/.bin/verdaccio");
  const child: ChildProcess = spawn(bin, ["--config", config, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
    const ping = await fetch(`${url}/-/ping`).catch(() => undefined);
    if (ping?.ok) break;
    if (Date.now() > deadline) throw new Error("verdaccio did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const user = await fetch(`${url}/-/user/org.couchdb.user:release`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release", password: "local-registry-only" }),
  });
  const { token } = (await user.json()) as { token?: string };
  if (!token) throw new Error(`could not create a publishing user on the local registry (HTTP ${user.status})`);
  return {
    url,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
