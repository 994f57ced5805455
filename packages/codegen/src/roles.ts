import type { ModelSpec } from "./catalog.js";
import { inputFields } from "./fields.js";

/**
 * The part a field plays, whatever its model calls it: what a caller's common settings (the AI SDK's
 * prompt, image, duration, aspect ratio...) map to. By the field names upstream uses; a model whose names
 * mislead says so in its overlay (`roles`), which wins.
 */
export const ROLE_FIELDS = {
  prompt: ["prompt", "text"],
  /** One input image (image-to-video: the first frame). */
  image: ["image_url", "first_frame_url", "input_image_url", "start_image_url"],
  /** Several input images (edits, references). */
  images: ["image_urls", "input_urls", "image_input", "reference_image_urls", "reference_image"],
  lastFrame: ["last_frame_url", "end_image_url", "tail_image_url"],
  video: ["video_url"],
  videos: ["video_urls", "reference_video_urls"],
  duration: ["duration"],
  aspectRatio: ["aspect_ratio", "image_size"],
  resolution: ["resolution", "image_resolution"],
  seed: ["seed"],
  count: ["num_images", "max_images"],
  audio: ["generate_audio", "generate_audio_switch", "sound"],
  voice: ["voice"],
  speed: ["speed"],
} as const;

export type Role = keyof typeof ROLE_FIELDS;
export const ROLES = Object.keys(ROLE_FIELDS) as Role[];

/** Each role's field in `model`: the first name of the table it has, unless its overlay (`x-kie-roles`) says otherwise. */
export function modelRoles(model: ModelSpec): Partial<Record<Role, string>> {
  const names = new Set(inputFields(model).fields.map((field) => field.name));
  const roles: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const decided = model.roles?.[role];
    if (decided === null) continue;
    const field = decided ?? ROLE_FIELDS[role].find((name) => names.has(name));
    if (field && names.has(field)) roles[role] = field;
  }
  return roles;
}
