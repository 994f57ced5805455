export type { paths } from "./generated/api.gen.js";
export { type CreateTaskBody, type ModelId, type ModelInputs, modelFields, modelIds } from "./generated/models.gen.js";
