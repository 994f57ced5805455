import { execFileSync, fork } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCatalog, requestExample } from "../../packages/codegen/src/catalog.js";
import { generate } from "../../packages/codegen/src/generate.js";
import { median, type Row, round, withRatios } from "./stats.js";

/** A catalogue of `size` model specs made from the real ones (renamed ids and schema names). */
function syntheticCatalog(repoRoot: string, dir: string, size: number) {
  const specs = join(dir, "specs");
  cpSync(join(repoRoot, "specs/common"), join(specs, "common"), { recursive: true });
  const real = readCatalog(join(repoRoot, "specs")).models;
  for (let index = 0; index < size; index++) {
    const model = real[index % real.length];
    const [vendor, name = "model"] = model.id.includes("/") ? model.id.split("/") : [model.id, "model"];
    const id = `${vendor}${index}/${name}`;
    const prefix = `S${index}`;
    // One more folder level than a one-segment id had: refs to common/ climb one more level.
    let text = JSON.stringify(model.document).replaceAll(model.id, id);
    if (!model.id.includes("/")) text = text.replaceAll('"../common/', '"../../common/');
    text = text
      .replaceAll(`"${model.requestSchema}"`, `"${prefix}${model.requestSchema}"`)
      .replaceAll(`/${model.requestSchema}"`, `/${prefix}${model.requestSchema}"`);
    text = text
      .replaceAll(`"${model.inputSchema}"`, `"${prefix}${model.inputSchema}"`)
      .replaceAll(`/${model.inputSchema}"`, `/${prefix}${model.inputSchema}"`);
    mkdirSync(join(specs, "market", `${vendor}${index}`), { recursive: true });
    writeFileSync(join(specs, "market", `${id}.json`), text);
  }
  // The validators' hand-written runtime, which generated modules import.
  cpSync(join(repoRoot, "packages/schemas/src"), join(dir, "packages/schemas/src"), {
    recursive: true,
    filter: (path) => !path.includes("generated"),
  });
  return specs;
}

/**
 * tsc on a consumer that uses 10 models, against what the package publishes: the generated client and
 * schema types are first compiled to `.d.ts` (not timed), then the consumer is checked against them with
 * `skipLibCheck` (as `tsc --init` sets it), so the time is what a user's editor and CI pay.
 */
function typecheck(repoRoot: string, dir: string, bodies: [string, unknown][]) {
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  writeFileSync(
    join(dir, "validator-stub.d.ts"),
    'declare const validator: import("@kie-market/schemas").KieValidator<never>;\nexport { validator };\n',
  );
  const compilerOptions = {
    strict: true,
    skipLibCheck: true,
    module: "nodenext",
    moduleResolution: "nodenext",
    target: "es2022",
    types: [],
  };
  const paths = (types: string) => ({
    "@kie-market/schemas": [join(repoRoot, "packages/schemas/dist/index.d.ts")],
    "@kie-market/schemas/types": [types],
    "@kie-market/schemas/market/*": ["./validator-stub.d.ts"],
  });
  writeFileSync(
    join(dir, "tsconfig.declarations.json"),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: "published",
        rootDir: ".",
        paths: paths("./packages/schemas/src/generated/types.gen.ts"),
      },
      files: ["packages/client/src/generated/models.gen.ts", "packages/schemas/src/generated/types.gen.ts"],
    }),
  );
  execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.declarations.json")]);
  const calls = bodies
    .slice(0, 10)
    .map(([id, input], index) => `export const body${index} = create({ model: ${JSON.stringify(id)}, input: ${JSON.stringify(input)} });`);
  writeFileSync(
    join(dir, "consumer.ts"),
    `import type { CreateTaskBody, ModelId } from "./published/packages/client/src/generated/models.gen.js";\nexport declare function create<M extends ModelId>(body: CreateTaskBody<M>): CreateTaskBody<M>;\n${calls.join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, noEmit: true, paths: paths("./published/packages/schemas/src/generated/types.gen.d.ts") },
      files: ["consumer.ts"],
    }),
  );
  // Five runs: with three, one slow run on a shared VM moved the 500-model ratio from 1.6× to 1.8×.
  const runs = [0, 1, 2, 3, 4].map(() => {
    const output = execFileSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
    return {
      seconds: Number(/Total time:\s+([\d.]+)s/.exec(output)?.[1]),
      memoryMb: Number(/Memory used:\s+(\d+)K/.exec(output)?.[1]) / 1024,
    };
  });
  return { seconds: median(runs.map((run) => run.seconds)), memoryMb: median(runs.map((run) => run.memoryMb)) };
}

/** Time from start to a listening mock (or, with `prismSpec`, a bare Prism mock of one spec), and its memory, in a fresh process. */
async function mockStart(dir: string, prismSpec?: string): Promise<{ ms: number; rssMb: number }> {
  const script = join(dir, prismSpec ? "start-prism.mjs" : "start-mock.mjs");
  const start = prismSpec
    ? `startPrism(${JSON.stringify(prismSpec)})`
    : `startMock({ specsDir: ${JSON.stringify(join(dir, "specs/dist"))} })`;
  writeFileSync(
    script,
    `import { startMock, startPrism } from ${JSON.stringify(new URL("../../apps/mock/dist/index.js", import.meta.url).pathname)};
const started = performance.now();
const mock = await ${start};
const ms = performance.now() - started;
process.send({ ms, rssMb: process.memoryUsage().rss / 1048576 });
await mock.close();`,
  );
  const child = fork(script);
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as { ms: number; rssMb: number }));
    child.once("error", reject);
  });
}

/**
 * Codegen, type-check and mock start-up for catalogues of 4 models (the catalogue before the import),
 * of the real catalogue's size, and of 500.
 */
export async function scale(repoRoot: string, workDir: string, sizes?: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  const real = readCatalog(join(repoRoot, "specs")).models.length;
  for (const size of sizes ?? [4, real, 500]) {
    const dir = join(workDir, `scale-${size}`);
    const specs = syntheticCatalog(repoRoot, dir, size);
    const started = process.hrtime.bigint();
    const result = await generate({ specsDir: specs, outDir: dir });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Each model's own request example, as a user would write the call.
    const bodies = result.catalog.models.map((model): [string, unknown] => [model.id, requestExample(model).input]);
    const types = typecheck(repoRoot, dir, bodies);
    const mock = await mockStart(dir);
    const apiSize = readFileSync(join(dir, "packages/schemas/src/generated/types.gen.ts")).length;
    rows.push(
      {
        bench: "scale",
        name: `codegen, ${size} models`,
        value: round(seconds, 2),
        unit: "s",
        note: `${result.written.length} files; types.gen.ts ${(apiSize / 1e6).toFixed(2)} MB`,
      },
      {
        bench: "scale",
        name: `tsc --noEmit, consumer of ${Math.min(10, size)} models, catalogue of ${size} (published .d.ts)`,
        value: round(types.seconds, 2),
        unit: "s",
        note: `${types.memoryMb.toFixed(0)} MB`,
      },
      { bench: "scale", name: `mock start, ${size} models`, value: round(mock.ms, 0), unit: "ms", note: `RSS ${mock.rssMb.toFixed(0)} MB` },
    );
  }
  // The baseline the mock start is held to: bare Prism on one model's spec (both pay for importing Prism).
  const prism = await mockStart(
    join(workDir, `scale-${real}`),
    join(
      workDir,
      `scale-${real}`,
      "specs/dist/market",
      `${readCatalog(join(workDir, `scale-${real}`, "specs")).models[0].id}.openapi.json`,
    ),
  );
  rows.push({
    bench: "scale",
    name: "bare prism mock start, one model spec (reference)",
    value: round(prism.ms, 0),
    unit: "ms",
    note: `RSS ${prism.rssMb.toFixed(0)} MB`,
  });
  const groups = ["codegen", "tsc", "mock start"].map((prefix) =>
    withRatios(
      rows.filter((row) => row.name.startsWith(prefix)),
      rows.find((row) => row.name.startsWith(prefix))?.name,
    ),
  );
  const codegenReal = groups[0].find((row) => row.name.includes(`${real} models`));
  if (codegenReal) {
    codegenReal.target = "< 10 s";
    codegenReal.met = codegenReal.value < 10;
  }
  const mockReal = groups[2].find((row) => row.name.includes(`${real} models`));
  if (mockReal) {
    mockReal.target = `≤ bare prism on one spec (${round(prism.ms, 0)} ms)`;
    mockReal.met = mockReal.value <= prism.ms;
  }
  const tscReal = groups[1].find((row) => row.name.includes(`catalogue of ${real} `));
  if (tscReal) {
    tscReal.target = "≤ 1.5× the 4-model time";
    tscReal.met = (tscReal.ratio ?? 99) <= 1.5;
  }
  return [...groups.flat(), rows[rows.length - 1]];
}
