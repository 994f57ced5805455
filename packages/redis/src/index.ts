export { redisBudgetLedger } from "./budget.js";
export { createRedisFleet, type RedisFleet, type RedisFleetOptions } from "./fleet.js";
export { type RedisJournalOptions, redisJournal } from "./journal.js";
export { RedisLimiter, type RedisLimiterOptions } from "./limiter.js";
