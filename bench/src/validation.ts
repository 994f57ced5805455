import { createRequire } from "node:module";
import { join } from "node:path";
import { nearest } from "@kie-market/schemas";
import { validator } from "@kie-market/schemas/market/hailuo/2-3-image-to-video-standard";
import { Ajv } from "ajv";
import { z } from "zod";
import { bundleCatalog } from "../../packages/codegen/src/bundle.js";
import { readCatalog } from "../../packages/codegen/src/catalog.js";
import { toJsonSchema } from "../../packages/codegen/src/json-schema.js";
import { median, type Row, round, withRatios } from "./stats.js";

const require = createRequire(import.meta.url);
const addFormats: typeof import("ajv-formats").default = require("ajv-formats");

const valid = {
  model: "hailuo/2-3-image-to-video-standard",
  callBackUrl: "https://your-domain.com/api/callback",
  input: {
    prompt: "Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.",
    image_url: "https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp",
    duration: "6",
    resolution: "768P",
  },
};
const invalid = {
  ...valid,
  input: { ...valid.input, duration: "10", resolution: "1080P", negative_promt: "blur", prompt: "x".repeat(5001) },
};

// The same rules, written by hand in zod 4: what a user would otherwise maintain.
const zodSchema = z.strictObject({
  model: z.literal("hailuo/2-3-image-to-video-standard"),
  callBackUrl: z.url().optional(),
  input: z
    .strictObject({
      prompt: z.string().max(5000),
      image_url: z.string(),
      duration: z.enum(["6", "10"]).optional(),
      resolution: z.enum(["768P", "1080P"]).optional(),
    })
    .refine((input) => !(input.duration === "10" && input.resolution === "1080P"), {
      message: 'duration "10" is not supported with resolution "1080P"',
    }),
});

function opsPerSecond(check: () => unknown, batch = 20_000, batches = 15): number {
  for (let warm = 0; warm < batch; warm++) check();
  const rates: number[] = [];
  for (let index = 0; index < batches; index++) {
    const started = process.hrtime.bigint();
    for (let call = 0; call < batch; call++) check();
    rates.push(batch / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return median(rates);
}

/** Our generated validator vs Ajv compiling the same schema at run time vs an equivalent zod 4 schema. */
export function validationThroughput(repoRoot: string): Row[] {
  const bundle = bundleCatalog(readCatalog(join(repoRoot, "specs")), "1.0.0");
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const compileStarted = process.hrtime.bigint();
  const ajvValidate = ajv.compile(toJsonSchema(bundle, { $ref: "#/components/schemas/Hailuo23ImageToVideoStandardRequest" }).schema);
  const compileMs = Number(process.hrtime.bigint() - compileStarted) / 1e6;
  // Sanity: all three agree on both inputs.
  for (const [value, ok] of [
    [valid, true],
    [invalid, false],
  ] as const) {
    if (validator.validate(value).ok !== ok || ajvValidate(value) !== ok || zodSchema.safeParse(value).success !== ok)
      throw new Error("validators disagree");
  }
  const rows: Row[] = [];
  for (const [label, value] of [
    ["valid input", valid],
    ["invalid input (3 violations, messages built)", invalid],
  ] as const) {
    const group: Row[] = [
      {
        bench: "validation",
        name: `zod 4 (${label})`,
        value: opsPerSecond(() => zodSchema.safeParse(value)),
        unit: "validations/s",
        baseline: true,
      },
      {
        bench: "validation",
        name: `Ajv compiled at run time (${label})`,
        value: opsPerSecond(() => ajvValidate(value)),
        unit: "validations/s",
        note: `compile ${compileMs.toFixed(1)} ms`,
      },
      {
        bench: "validation",
        name: `@kie-market/schemas (${label})`,
        value: opsPerSecond(() => validator.validate(value)),
        unit: "validations/s",
      },
      // What the client runs on invalid input: the same, plus "did you mean" for the unknown field.
      ...(value === invalid
        ? [
            {
              bench: "validation",
              name: `@kie-market/schemas with suggest: nearest (${label})`,
              value: opsPerSecond(() => validator.validate(value, { suggest: nearest })),
              unit: "validations/s",
              note: "did-you-mean hints, as the client asks for them",
            },
          ]
        : []),
    ].map((row) => ({ ...row, value: round(row.value, 0) }));
    const withRatio = withRatios(group);
    withRatio[2].target = "≥ 5× zod";
    withRatio[2].met = (withRatio[2].ratio ?? 0) >= 5;
    rows.push(...withRatio);
  }
  return rows;
}
