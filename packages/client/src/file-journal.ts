import { closeSync, constants, existsSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ConfigurationError } from "./errors.js";
import { isJournalEvent, type JournalEvent, type JournalStore } from "./journal-store.js";

/**
 * A journal in one file, for one process (a script, a worker, the CLI): one JSON line per event, each
 * appended and on disk (written with `O_DSYNC`, or followed by `fdatasync`) before `append` resolves.
 *
 * - Crash-safe: after `kill -9` in the middle of a write, the torn last line is reported by `read()` and
 *   cut off when the file is opened again; every line before it is intact.
 * - One process at a time: opening takes `<path>.lock` (holding the process id). A second process that
 *   opens the file while the first lives gets a `ConfigurationError` naming both; a lock left by a process
 *   that died is taken over. For a fleet, use a shared store (Redis).
 */
export function fileJournal(path: string): JournalStore & { readonly path: string } {
  if (typeof path !== "string" || !path) throw new ConfigurationError(`fileJournal needs a file path; got ${JSON.stringify(path)}`);
  const file = resolve(path);
  if (!existsSync(dirname(file))) throw new ConfigurationError(`fileJournal: the folder of ${file} does not exist`);
  const lock = `${file}.lock`;
  takeLock(lock, file);
  const problems: string[] = [];
  try {
    // A torn last line (a crash mid-write) is cut off now, so that the next line starts on its own.
    if (existsSync(file)) {
      const text = readFileSync(file, "utf8");
      const end = text.lastIndexOf("\n") + 1;
      if (end < text.length) {
        problems.push(
          `${file}: a torn last line (${text.length - end} bytes, from a crash mid-write) was cut off: ${JSON.stringify(text.slice(end, end + 80))}`,
        );
        const fd = openSync(file, "r+");
        try {
          ftruncateSync(fd, Buffer.byteLength(text.slice(0, end)));
        } finally {
          closeSync(fd);
        }
      }
    }
  } catch (error) {
    rmSync(lock, { force: true });
    throw error;
  }

  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    path: file,
    append(event: JournalEvent) {
      if (closed) return Promise.reject(new Error(`fileJournal ${file} is closed`));
      const line = `${JSON.stringify(event)}\n`;
      // One write at a time, each flushed before the next: lines never interleave.
      const write = queue.then(async () => {
        // O_DSYNC: each write returns once its bytes are on disk, as write + fdatasync would, in one call
        // (where the platform has no O_DSYNC, Windows, fdatasync follows the write).
        handle ??= open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_DSYNC ?? 0), 0o644);
        const opened = await handle;
        const bytes = Buffer.from(line);
        for (let done = 0; done < bytes.length; ) done += (await opened.write(bytes, done)).bytesWritten;
        if (constants.O_DSYNC === undefined) await opened.datasync();
      });
      queue = write.catch(() => {});
      return write;
    },
    async read() {
      await queue;
      const found = [...problems];
      const events: JournalEvent[] = [];
      const text = existsSync(file) ? readFileSync(file, "utf8") : "";
      const lines = text.split("\n");
      lines.forEach((line, index) => {
        if (!line.trim()) return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          found.push(`${file}:${index + 1}: not JSON, skipped: ${JSON.stringify(line.slice(0, 80))}`);
          return;
        }
        if (isJournalEvent(value)) events.push(value);
        else found.push(`${file}:${index + 1}: not a journal event, skipped: ${JSON.stringify(line.slice(0, 80))}`);
      });
      return { events, problems: found };
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      if (handle) await (await handle).close();
      rmSync(lock, { force: true });
    },
  };
}

/** Takes `<file>.lock` for this process, or says who holds it. */
function takeLock(lock: string, file: string) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lock, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new ConfigurationError(
          `fileJournal ${file} is open in process ${holder}${holder === process.pid ? " (this one)" : ""}: one process per journal file (for a fleet, use a shared store such as Redis)`,
        );
      // Left by a process that died: take it over.
      rmSync(lock, { force: true });
    }
  }
  throw new ConfigurationError(`fileJournal ${file}: could not take ${lock}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
