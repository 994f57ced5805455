import { createRequire } from "node:module";

// Prism 5.14 ships CommonJS without ESM entry points.
const require = createRequire(import.meta.url);
const { getHttpOperationsFromSpec } = require("@stoplight/prism-http") as typeof import("@stoplight/prism-http");
const { createServer } = require("@stoplight/prism-http-server") as typeof import("@stoplight/prism-http-server");
const { createLogger } = require("@stoplight/prism-core") as typeof import("@stoplight/prism-core");

/** The bundled document of the whole catalogue, as published in @kie-market/specs. */
export const bundledSpecPath = () => require.resolve("@kie-market/specs/kie-market.openapi.json");

export interface PrismServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a plain Prism mock of `specPath` on loopback: requests validated, examples served. */
export async function startPrism(specPath: string, options: { port?: number; host?: string } = {}): Promise<PrismServer> {
  const operations = await getHttpOperationsFromSpec(specPath);
  const server = createServer(operations, {
    components: { logger: createLogger("kie-market-mock", { level: "silent" }) },
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
