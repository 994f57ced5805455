import type { JsonObject } from "../openapi.js";
import type { Correction } from "./normalize.js";

/** `wan/2-2-a14b-image-to-video-turbo` → `Wan22A14bImageToVideoTurbo`: the prefix of the spec's schema names. */
export const pascalId = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");

export interface ModelParts {
  id: string;
  title: string;
  category: string;
  docs: string;
  input: JsonObject;
  example: JsonObject;
  exampleSummary: string;
  corrections: Correction[];
  notes: string[];
  roles?: Record<string, string | null>;
  /** How many result files a success holds, from the overlay (`info.x-kie-results`). */
  results?: JsonObject;
}

const ENVELOPE = "../common/envelope.json";
const CALLBACKS = "../common/callbacks.json";

const ERROR_RESPONSES: [string, string][] = [
  ["401", "Unauthorized"],
  ["402", "InsufficientCredits"],
  ["404", "NotFound"],
  ["422", "ValidationError"],
  ["429", "RateLimited"],
  ["433", "SubKeyLimit"],
  ["455", "Maintenance"],
  ["500", "ServerError"],
  ["501", "GenerationFailed"],
  ["505", "FeatureDisabled"],
];

/** Our spec of one model (OpenAPI 3.0.3): the shape every file in `specs/market/` has. */
export function buildSpec(parts: ModelParts): JsonObject {
  const name = pascalId(parts.id);
  // Refs to specs/common are relative to the spec's own folder: one `../` per level of the id.
  const up = "../".repeat(parts.id.split("/").length);
  const ref = (file: string, pointer: string) => `${up}${file.replace("../", "")}#${pointer}`;
  const vendor = parts.id.includes("/") ? parts.id.split("/")[0] : parts.id.split("-")[0];
  return {
    openapi: "3.0.3",
    info: {
      title: parts.title,
      version: "1.0.0",
      description: `Creates a ${parts.id} task. Imported from upstream's docs page (${parts.docs}) by \`pnpm spec:import\`, with the project's overlay \`specs/overlays/${parts.id}.json\`.`,
      license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      "x-kie-model": { id: parts.id, vendor, category: parts.category, docs: parts.docs },
      ...(parts.notes.length ? { "x-kie-upstream-notes": parts.notes } : {}),
      ...(parts.roles ? { "x-kie-roles": parts.roles } : {}),
      ...(parts.results ? { "x-kie-results": parts.results } : {}),
      ...(parts.corrections.length ? { "x-kie-corrections": parts.corrections as unknown as JsonObject[] } : {}),
    },
    servers: [
      { url: "https://api.kie.ai", description: "kie.ai" },
      { url: "https://api.apikley.ru", description: "apikley" },
    ],
    security: [{ BearerAuth: [] }],
    paths: {
      "/api/v1/jobs/createTask": {
        post: {
          operationId: `createTask_${parts.id.replace(/[^A-Za-z0-9]+/g, "_")}`,
          summary: `Create a ${parts.id} task`,
          description:
            "Creates a generation task and returns its `taskId`. A 200 means the task was created, not completed: poll Get Task Details or pass `callBackUrl`. Upstream accepts 20 new tasks per 10 s per account; excess requests get 429 and are not queued.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: `#/components/schemas/${name}Request` },
                examples: { seed: { summary: parts.exampleSummary, value: parts.example } },
              },
            },
          },
          responses: {
            "200": {
              description: "Task created (or an error envelope sent with HTTP 200)",
              content: {
                "application/json": {
                  schema: {
                    anyOf: [
                      { $ref: ref(ENVELOPE, "/components/schemas/CreateTaskResponse") },
                      { $ref: ref(ENVELOPE, "/components/schemas/ErrorEnvelope") },
                    ],
                  },
                  example: { code: 200, msg: "success", data: { taskId: `task_${name.toLowerCase()}_1765182986510` } },
                },
              },
            },
            ...Object.fromEntries(
              ERROR_RESPONSES.map(([status, response]) => [status, { $ref: ref(ENVELOPE, `/components/responses/${response}`) }]),
            ),
          },
          callbacks: { onComplete: { $ref: ref(CALLBACKS, "/components/callbacks/TaskCompleted") } },
        },
      },
    },
    components: {
      schemas: {
        [`${name}Request`]: {
          type: "object",
          required: ["model", "input"],
          additionalProperties: false,
          properties: {
            model: {
              type: "string",
              enum: [parts.id],
              description: `Must be \`${parts.id}\`.`,
              example: parts.id,
            },
            callBackUrl: { $ref: ref(ENVELOPE, "/components/schemas/CallBackUrl") },
            input: { $ref: `#/components/schemas/${name}Input` },
          },
        },
        [`${name}Input`]: parts.input,
      },
      securitySchemes: { BearerAuth: { $ref: ref(ENVELOPE, "/components/securitySchemes/BearerAuth") } },
    },
  };
}
