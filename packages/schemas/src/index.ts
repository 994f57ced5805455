export type { Suggest } from "./issues.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
export { nearest, nearestNames } from "./suggest.js";
export {
  type Check,
  createValidator,
  type KieValidator,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./validator.js";
