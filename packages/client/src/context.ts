import type { Client } from "openapi-fetch";
import type { BudgetOptions } from "./budget-ledger.js";
import type { Deliveries } from "./deliveries.js";
import type { DurationModel } from "./durations.js";
import type { KieFleet } from "./fleet.js";
import type { paths } from "./generated/api.gen.js";
import type { JournalStore } from "./journal-store.js";
import type { Logger } from "./logger.js";
import type { ResolvedConfig } from "./options.js";
import type { DEFAULT_POLLING } from "./poll-schedule.js";
import type { TransportOptions } from "./transport.js";

/** What the client's parts share. */
export interface ClientContext {
  /** The internal openapi-fetch client (see `PlannedRequest` in http.ts). */
  api: Client<paths>;
  config: Omit<ResolvedConfig, "apiKey">;
  create: TransportOptions;
  read: TransportOptions;
  upload: TransportOptions;
  durations: DurationModel;
  deliveries: Deliveries;
  polling: typeof DEFAULT_POLLING;
  validation: { unknownFields?: "reject" | "allow" } | false;
  logger?: Logger;
  /** What this client shares with a fleet (`options.fleet`): the bus and the callback claims. */
  fleet?: KieFleet;
  /** `options.budget`, if any (its code loads on the first create). */
  budget?: BudgetOptions;
  /** The store of `options.journal`, if any. */
  journalStore?: JournalStore;
  /** The user's fetch (or the global one), without the key: for result files on other hosts. */
  fetch: (request: Request) => Promise<Response>;
}
