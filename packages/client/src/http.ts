import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/api.gen.js";

/**
 * The client's HTTP layer: openapi-fetch clients that add the key and any extra headers.
 *
 * Our own calls hand openapi-fetch a lightweight {@link PlannedRequest} instead of a Web Request, because
 * undici's Request constructor is the largest single cost of a call in Node. That relies on three things
 * openapi-fetch 0.17 does (the version is pinned, and `http.test.ts` checks each as a contract):
 * it builds the request with `new Request(url, init)` from the `Request` option, `init.headers` is a
 * `Headers`, and it hands that object to the `fetch` option.
 */

/** What openapi-fetch needs of a Request (url, method, headers), without building one. Handed to `fetch(url, init)`. */
export class PlannedRequest {
  constructor(
    readonly url: string,
    readonly init: RequestInit & { headers: Headers },
  ) {}
  get method(): string {
    return this.init.method ?? "GET";
  }
  get headers(): Headers {
    return this.init.headers;
  }
}

/**
 * The query string of our own calls, which send only flat values (recordInfo's `taskId`). Given as a
 * function, it spares openapi-fetch building a serializer on every call (about 1.5 µs each).
 */
export function flatQuery(query: Record<string, unknown>): string {
  let search = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    search += `${search ? "&" : ""}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
  }
  return search;
}

export interface HttpOptions {
  apiKey: string;
  baseUrl: string;
  /** Sent with every request (a request's own `headers` win; the key always goes as `authorization`). */
  headers?: Record<string, string>;
  fetch?: (request: Request) => Promise<Response>;
}

/** The client's two openapi-fetch clients: `api` for its own calls, `raw` (real Requests) for users' own. */
export function createHttp(options: HttpOptions): { api: Client<paths>; raw: Client<paths> } {
  const { apiKey, fetch: userFetch } = options;
  // The key lives only in these closures: never on the client object, in errors or in logs.
  const authorizedFetch = (request: Request) => {
    request.headers.set("authorization", `Bearer ${apiKey}`);
    return userFetch ? userFetch(request) : globalThis.fetch(request);
  };
  // Our own calls skip building a Web Request (tens of µs each in Node) unless a custom fetch wants one.
  const plannedFetch = (request: PlannedRequest) => {
    request.headers.set("authorization", `Bearer ${apiKey}`);
    return userFetch ? userFetch(new Request(request.url, request.init)) : globalThis.fetch(request.url, request.init);
  };
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    querySerializer: flatQuery,
    Request: PlannedRequest as unknown as typeof Request,
    fetch: plannedFetch as unknown as (request: Request) => Promise<Response>,
  });
  // What users get as `raw`: the same client with real Requests, so their middleware sees what it expects.
  const raw = createClient<paths>({ baseUrl: options.baseUrl, headers: options.headers, fetch: authorizedFetch });
  return { api, raw };
}
