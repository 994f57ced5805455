import { isLoopback } from "./http-utils.js";

const MAX_HOPS = 5;

/**
 * GETs a URL on this machine, following redirects only while every hop stays on loopback: a loopback URL
 * must not become a way to make the mock fetch from elsewhere. Throws, naming the hop, otherwise.
 */
export async function fetchOnLoopback(url: URL, signal: AbortSignal): Promise<Response> {
  let target = url;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    if (!isLoopback(target.hostname)) throw new Error(`redirected off this machine, to ${target.origin}`);
    const response = await fetch(target, { redirect: "manual", signal });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    target = new URL(location, target);
  }
  throw new Error(`more than ${MAX_HOPS} redirects`);
}
