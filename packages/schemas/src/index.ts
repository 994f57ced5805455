export type { StandardSchemaV1 } from "./standard-schema.js";
export { nearest } from "./suggest.js";
export {
  createValidator,
  type KieValidator,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
  type ValidatorMeta,
} from "./validator.js";
