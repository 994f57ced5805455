import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { join } from "node:path";
import { SPEC_PACKAGES } from "../../packages/codegen/src/release-plan.js";
import type { LocalRegistry } from "./registry.js";

/** The published packages (name → folder): those a spec change reaches, and the AI SDK provider, the CLI and the fleet package built on the client. */
export const PUBLIC_PACKAGES: Record<string, string> = {
  ...SPEC_PACKAGES,
  "@kie-market/ai-sdk": "packages/ai-sdk",
  "@kie-market/cli": "packages/cli",
  "@kie-market/redis": "packages/redis",
};

export interface Released {
  versions: Record<string, string>;
  /** The dependencies each published manifest declares (workspace ranges resolved). */
  dependencies: Record<string, Record<string, string>>;
  changelogs: Record<string, string>;
}

/**
 * Rehearses a release in a copy of the built repo: `changeset version` (versions, internal ranges,
 * changelogs), then `pnpm publish -r` to the local registry. The repo itself is left untouched.
 */
export function releaseToRegistry(repoRoot: string, dir: string, registry: LocalRegistry): Released {
  const skip = /(^|\/)(node_modules|\.turbo|\.work|\.git)(\/|$)/;
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset"])
    cpSync(join(repoRoot, file), join(dir, file), { recursive: true });
  for (const folder of Object.values(PUBLIC_PACKAGES)) {
    cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true, filter: (path) => !skip.test(path.slice(repoRoot.length)) });
  }
  // Only the public packages; the catalog stays, since publishing resolves `catalog:` ranges from it.
  const workspace = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8").replace(
    /^packages:\n(?:\s+- .*\n)+/m,
    `packages:\n${Object.values(PUBLIC_PACKAGES)
      .map((folder) => `  - ${folder}`)
      .join("\n")}\n`,
  );
  writeFileSync(join(dir, "pnpm-workspace.yaml"), workspace);
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  run(process.execPath, [join(repoRoot, "node_modules/@changesets/cli/bin.js"), "version"]);
  const versions = Object.fromEntries(
    Object.entries(PUBLIC_PACKAGES).map(([name, folder]) => [
      name,
      JSON.parse(readFileSync(join(dir, folder, "package.json"), "utf8")).version as string,
    ]),
  );
  const catalog = readCatalog(readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8"));
  const host = registry.url.replace(/^https?:/, "");
  const released: Released = { versions, dependencies: {}, changelogs: {} };
  for (const [name, folder] of Object.entries(PUBLIC_PACKAGES)) {
    const path = join(dir, folder, "package.json");
    const manifest = resolveRanges(JSON.parse(readFileSync(path, "utf8")), versions, catalog);
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(dir, folder, ".npmrc"), `${host}/:_authToken=${registry.token}\n`);
    execFileSync("npm", ["publish", "--registry", `${registry.url}/`, "--access", "public", "--ignore-scripts"], {
      cwd: join(dir, folder),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    released.dependencies[name] = manifest.dependencies ?? {};
    released.changelogs[name] = readFileSync(join(dir, folder, "CHANGELOG.md"), "utf8");
  }
  return released;
}

/** The `catalog:` section of pnpm-workspace.yaml. */
export function readCatalog(yaml: string): Record<string, string> {
  const section = /^catalog:\n((?:[ \t]+.*\n?)+)/m.exec(yaml)?.[1] ?? "";
  return Object.fromEntries(
    section
      .split("\n")
      .map((line) => /^\s+"?([^":]+)"?:\s*(\S+)/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]),
  );
}

type Manifest = {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** What pnpm does on publish: `workspace:^` → `^<version>`, `catalog:` → the catalog's version. */
export function resolveRanges<T extends Manifest>(manifest: T, versions: Record<string, string>, catalog: Record<string, string>): T {
  const resolve = (name: string, range: string) => {
    if (range.startsWith("workspace:")) {
      const version = versions[name];
      if (!version) throw new Error(`${name} is a workspace dependency but not a published package`);
      const kind = range.slice("workspace:".length);
      return kind === "*" ? version : kind === "^" || kind === "~" ? `${kind}${version}` : kind;
    }
    if (range === "catalog:") {
      const version = catalog[name];
      if (!version) throw new Error(`${name} uses catalog: but the catalog has no entry for it`);
      return version;
    }
    return range;
  };
  const copy = structuredClone(manifest);
  for (const field of ["dependencies", "peerDependencies"] as const) {
    const entries = copy[field];
    if (entries) copy[field] = Object.fromEntries(Object.entries(entries).map(([name, range]) => [name, resolve(name, range)]));
  }
  delete copy.devDependencies; // not installed by consumers; may hold workspace-only tools
  return copy;
}

/**
 * GETs JSON on a fresh connection. fetch's pooled keep-alive socket can outlive the registry's idle
 * timeout while a blocking publish runs, and is then reset on reuse ("other side closed").
 */
function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { agent: false, headers: { accept: "application/json", connection: "close" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if ((response.statusCode ?? 500) >= 400) return reject(new Error(`GET ${url}: HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(error);
        }
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** What the registry serves for a package: its manifest as a consumer's npm sees it. */
export async function publishedManifest(registry: LocalRegistry, name: string, version: string) {
  const document = (await getJson(`${registry.url}/${name.replace("/", "%2f")}`)) as {
    versions?: Record<string, { dependencies?: Record<string, string> }>;
  };
  return document.versions?.[version];
}
