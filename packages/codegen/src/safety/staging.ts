import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * All or nothing for `specs/market` (and the changeset that goes with it). The new tree is built whole
 * in a staging folder next to the repository's files (same disk, so a rename is one step); only when
 * everything succeeded is a commit mark written and the old folder swapped for the new one. A failure,
 * a crash or a kill before the mark leaves the tree as it was (the staging folder is dropped on the
 * next run); one after it is finished by the next run (`recoverStaging`), so no run ever sees half of
 * an import.
 */
export interface Staging {
  /** The staging folder (`<root>/.cache/staging-*`). */
  dir: string;
  /** A working copy of `specs/` (without build output) to import into. */
  specs: string;
}

const STAGING_PARENT = ".cache";
const COMMIT_MARK = "COMMIT";
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Finishes a committed staging left by a killed run, drops an uncommitted one; says what it did.
 * `specsDir` is the `specs/` folder; the staging lives in `<its parent>/.cache`.
 */
export function recoverStaging(specsDir: string): string[] {
  const root = dirname(specsDir);
  const parent = join(root, STAGING_PARENT);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  for (const entry of readdirSync(parent)) {
    const match = /^staging-(\d+)-/.exec(entry);
    if (!match || (Number(match[1]) !== process.pid && alive(Number(match[1])))) continue;
    const dir = join(parent, entry);
    if (existsSync(join(dir, COMMIT_MARK))) {
      finish(specsDir, dir);
      done.push(`finished an interrupted write (${entry})`);
    } else done.push(`dropped an unfinished staging folder (${entry})`);
    rmSync(dir, { recursive: true, force: true });
  }
  return done;
}

/**
 * A staging folder holding a copy of `specsDir` (overlays, common, market; no dist or node_modules) and a
 * `.changeset/` of its own (with the repository's config), whose changesets move in on commit.
 */
export function openStaging(specsDir: string): Staging {
  recoverStaging(specsDir);
  const root = dirname(specsDir);
  const parent = join(root, STAGING_PARENT);
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `staging-${process.pid}-`));
  const specs = join(dir, basename(specsDir));
  mkdirSync(specs);
  if (existsSync(specsDir))
    for (const entry of readdirSync(specsDir))
      if (entry !== "dist" && entry !== "node_modules") cpSync(join(specsDir, entry), join(specs, entry), { recursive: true });
  mkdirSync(join(specs, "market"), { recursive: true });
  const changesets = join(dir, ".changeset");
  mkdirSync(changesets);
  const config = join(root, ".changeset", "config.json");
  if (existsSync(config)) writeFileSync(join(changesets, "config.json"), readFileSync(config));
  return { dir, specs };
}

/** Swaps the staged `specs/market` in and moves the staged changesets; then drops the staging folder. */
export function commitStaging(specsDir: string, staging: Staging): void {
  writeFileSync(join(staging.dir, COMMIT_MARK), "");
  finish(specsDir, staging.dir);
  rmSync(staging.dir, { recursive: true, force: true });
}

export const discardStaging = (staging: Staging) => rmSync(staging.dir, { recursive: true, force: true });

/** Each step can be re-run after a kill: a step already done is skipped. */
function finish(specsDir: string, dir: string) {
  const root = dirname(specsDir);
  const market = join(specsDir, "market");
  const staged = join(dir, basename(specsDir), "market");
  if (existsSync(staged)) {
    if (existsSync(market)) renameSync(market, join(dir, "old-market"));
    mkdirSync(dirname(market), { recursive: true });
    renameSync(staged, market);
  }
  const changesets = join(dir, ".changeset");
  if (!existsSync(changesets)) return;
  for (const entry of readdirSync(changesets)) {
    if (!entry.endsWith(".md")) continue;
    mkdirSync(join(root, ".changeset"), { recursive: true });
    renameSync(join(changesets, entry), join(root, ".changeset", entry));
  }
}
