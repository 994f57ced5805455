/**
 * What a task should cost, from upstream's public pricing page as captured in a dated snapshot:
 * `estimateCost({ model, input })` and `maxCost(model)`. Estimates, never charges: a finished record's
 * `creditsConsumed` is what upstream billed. And the budget's ledger, for a budget shared by several
 * clients of one process (`memoryLedger()`); `@kie-market/redis` has one for a fleet.
 */
export {
  type CostEstimate,
  type EstimateRequest,
  estimateCost,
  maxCost,
  modelPrices,
  type PriceRow,
  pricedModels,
  pricesCapturedAt,
  pricesSource,
} from "@kie-market/schemas/pricing";
export { type BudgetLedger, type BudgetOptions, type BudgetTotals, memoryLedger } from "./budget-ledger.js";
