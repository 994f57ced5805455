// Recipe (Next.js route handlers, serverless): one client per instance, on the fleet's Redis. An instance
// lives seconds while a video takes minutes, so nothing is kept in it: the journal, the limits and the
// callback claims are in Redis, and the task ends through its callback, on whichever instance receives it.
import { createKieClient, type KieClient } from "@kie-market/client";
import { createRedisFleet } from "@kie-market/redis";

let client: Promise<KieClient> | undefined;

/** The instance's client, made on its first request (a failed start is tried again on the next one). */
export function getKie(): Promise<KieClient> {
  client ??= (async () => {
    const fleet = await createRedisFleet({ redis: required("REDIS_URL") });
    return createKieClient({
      ...(process.env.KIE_BASE_URL ? { baseUrl: process.env.KIE_BASE_URL } : {}),
      rateLimit: { create: fleet.createLimiter, read: fleet.readLimiter },
      journal: fleet.journal(),
      fleet,
    });
  })();
  client.catch(() => {
    client = undefined;
  });
  return client;
}

export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
