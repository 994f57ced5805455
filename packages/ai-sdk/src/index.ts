export {
  createKie,
  type KieImageModelId,
  type KieProvider,
  type KieProviderOptions,
  type KieProviderSettings,
  type KieSpeechModelId,
  type KieVideoModelId,
} from "./provider.js";
export { aspectRatioFor, numberFor, resolutionFor } from "./settings.js";

import { createKie } from "./provider.js";

/**
 * The default provider: the API key from `KIE_API_KEY` and the host from `KIE_BASE_URL` (or kie.ai), read
 * on first use. `createKie({ apiKey, baseURL, ... })` for anything else.
 */
export const kie = createKie();
