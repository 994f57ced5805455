import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { confinedPath } from "./safety/confine.js";

/** Collects generated files and writes them; `check` mode only reports what would change. */
export class Output {
  readonly written: string[] = [];
  readonly changed: string[] = [];

  constructor(
    readonly root: string,
    readonly check = false,
  ) {}

  write(path: string, content: string) {
    const full = confinedPath(this.root, path, "generated file");
    const previous = existsSync(full) ? readFileSync(full, "utf8") : undefined;
    this.written.push(path);
    if (previous === content) return;
    this.changed.push(path);
    if (this.check) return;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  /** Removes the files ending in `suffix` directly in `dir` that this run did not write (a model family gone). */
  prune(dir: string, suffix: string) {
    const full = confinedPath(this.root, dir, "generated folder");
    if (!existsSync(full)) return;
    for (const name of readdirSync(full)) {
      const path = `${dir}/${name}`;
      if (!name.endsWith(suffix) || this.written.includes(path)) continue;
      this.changed.push(path);
      if (!this.check) rmSync(confinedPath(this.root, path, "generated file"));
    }
  }
}

/** `./x.js`-style relative import specifier from one generated file to another path. */
export function importPath(fromFile: string, toFile: string): string {
  const path = relative(dirname(fromFile), toFile).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}
