import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./replica.mjs", import.meta.url));

/** A replica process (replica.mjs): send it commands, read what it said. */
export interface Replica {
  /** Its callback endpoint. */
  callbackUrl: string;
  /** Everything it printed, in order. */
  lines: Record<string, unknown>[];
  send(cmd: string, args?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Resolves with the first line matching `test` (already printed or to come). */
  line(test: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** `onEvent` calls it printed, by task id. */
  events(taskId: string): number;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const lines: Record<string, unknown>[] = [];
  const watchers: { test: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) => reject(new Error(`replica exited (${code ?? signal}): ${stderr.slice(-2000)}`))),
  );
  exited.catch(() => {});
  createInterface({ input: child.stdout }).on("line", (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const watcher of [...watchers])
      if (watcher.test(line)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(line);
      }
  });
  const line = (test: (line: Record<string, unknown>) => boolean) => {
    const seen = lines.find(test);
    if (seen) return Promise.resolve(seen);
    return Promise.race([new Promise<Record<string, unknown>>((resolve) => watchers.push({ test, resolve })), exited]);
  };
  const ready = await line((entry) => typeof entry.ready === "string");
  let next = 0;
  return {
    callbackUrl: ready.ready as string,
    lines,
    line,
    async send(cmd, args = {}) {
      const id = ++next;
      child.stdin.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
      return line((entry) => entry.id === id);
    },
    events: (taskId) => lines.filter((entry) => entry.event === taskId).length,
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGKILL");
      await gone;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.stdin.end();
      await gone;
    },
  };
}
