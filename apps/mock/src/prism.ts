import { createRequire } from "node:module";
import { join } from "node:path";

// Prism 5.14 ships CommonJS without ESM entry points.
const require = createRequire(import.meta.url);
const { getHttpOperationsFromSpec, createInstance } = require("@stoplight/prism-http") as typeof import("@stoplight/prism-http");
const { createServer } = require("@stoplight/prism-http-server") as typeof import("@stoplight/prism-http-server");
const { createLogger } = require("@stoplight/prism-core") as typeof import("@stoplight/prism-core");

/**
 * Where the bundled specs are: @kie-market/specs by default, or a folder laid out like its `dist/`
 * (`catalog.json`, `kie-market.openapi.json`, `market/<id>.openapi.json`) for your own catalogue.
 */
const specFile = (file: string, specsDir?: string) => (specsDir ? join(specsDir, file) : require.resolve(`@kie-market/specs/${file}`));
/** The bundled document of the whole catalogue. */
export const bundledSpecPath = (specsDir?: string) => specFile("kie-market.openapi.json", specsDir);
/** One model's self-contained document. */
export const modelSpecPath = (model: string, specsDir?: string) => specFile(`market/${model}.openapi.json`, specsDir);
/** The list of models in the catalogue. */
export const catalogPath = (specsDir?: string) => specFile("catalog.json", specsDir);

const silent = () => createLogger("kie-market-mock", { level: "silent" });

export interface PrismServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a plain Prism mock of `specPath` on loopback: requests validated, examples served. */
export async function startPrism(specPath: string, options: { port?: number; host?: string } = {}): Promise<PrismServer> {
  const operations = await getHttpOperationsFromSpec(specPath);
  const server = createServer(operations, {
    components: { logger: silent() },
    cors: true,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      mock: { dynamic: false },
      isProxy: false,
      upstreamProxy: undefined,
    },
  });
  const address = await server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  return { url: address.replace(/\/$/, ""), close: () => server.close() };
}

/** One request violation as Prism reports it, with the path inside the body (e.g. `["input", "duration"]`). */
export interface Violation {
  path: string[];
  code: string;
  message: string;
}

export interface PrismRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
}

/** Prism as a request validator over one spec: what it would refuse, and why. */
export interface PrismValidator {
  validate(request: PrismRequest): Promise<Violation[]>;
}

// For an unknown or a missing property, Prism names the object and puts the property in the message.
const PROPERTY_IN_MESSAGE: Record<string, RegExp> = { additionalProperties: /found '([^']+)'/, required: /required property '([^']+)'/ };

/** Prism validating requests against one spec: a file path, or a parsed document (which Prism dereferences in place). */
export async function createPrismValidator(spec: string | object): Promise<PrismValidator> {
  const operations = await getHttpOperationsFromSpec(spec);
  // In mock mode Prism also fires the spec's callbacks (unsigned, at once); the mock sends its own.
  for (const operation of operations) operation.callbacks = undefined;
  const prism = createInstance(
    {
      checkSecurity: false,
      validateRequest: true,
      validateResponse: false,
      errors: false,
      mock: { dynamic: false },
      isProxy: false,
      upstreamProxy: undefined,
    },
    { logger: silent() },
  );
  return {
    async validate(request) {
      const result = await prism.request(
        {
          method: request.method.toLowerCase() as "post",
          url: { path: request.path, query: request.query },
          headers: request.headers,
          body: request.body,
        },
        operations,
      )();
      if (result._tag === "Left") return [{ path: [], code: "prism", message: result.left.message }];
      return result.right.validations.input.map((violation) => {
        const path = violation.path?.map(String) ?? [];
        const body = path[0] === "body" ? path.slice(1) : path;
        const property = PROPERTY_IN_MESSAGE[String(violation.code)]?.exec(violation.message)?.[1];
        return {
          path: property ? [...body, property] : body,
          code: String(violation.code),
          message: violation.message.replace(/^Request body property /, ""),
        };
      });
    },
  };
}
