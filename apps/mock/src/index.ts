export type { CallbackDelivery } from "./callback-sender.js";
export { type MockClientOptions, type MockOptions, type MockRequest, type MockServer, startMock } from "./mock-server.js";
export {
  bundledSpecPath,
  createPrismValidator,
  modelSpecPath,
  type PrismServer,
  type PrismValidator,
  startPrism,
  type Violation,
} from "./prism.js";
export { parseScenario, type Scenario } from "./scenario.js";
