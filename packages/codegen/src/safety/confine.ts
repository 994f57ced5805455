import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** Whether `path` is `root` itself or inside it (both absolute, already resolved). */
export const isInside = (root: string, path: string): boolean => {
  const rest = relative(root, path);
  return rest === "" || (!rest.startsWith(`..${sep}`) && rest !== ".." && !isAbsolute(rest));
};

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  if (parent === path) return path;
  return resolve(realPathOf(parent), relative(parent, path));
}

/**
 * `root` joined with `path`, refused unless the result stays under `root`, also through symlinks that
 * already exist on the way. Every path built from upstream data goes through here before it is read or
 * written, so that no id grammar change can reopen a traversal.
 */
export function confinedPath(root: string, path: string, what = "path"): string {
  if (isAbsolute(path) || path.includes("\0")) throw new Error(`${what} ${JSON.stringify(path)} must be relative to ${root}`);
  const full = resolve(root, path);
  if (!isInside(resolve(root), full) || !isInside(realPathOf(resolve(root)), realPathOf(full)))
    throw new Error(`${what} ${JSON.stringify(path)} leaves ${root}`);
  return full;
}
