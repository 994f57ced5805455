import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { readCatalog } from "./catalog.js";
import { modelRoles } from "./roles.js";

const catalog = readCatalog(resolve(import.meta.dirname, "../../../specs"));
const model = (id: string) => {
  const found = catalog.models.find((spec) => spec.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("modelRoles: the field that plays each common role", () => {
  test.each([
    [
      "by name: an image-to-video model",
      {
        given: "kling/v2-5-turbo-image-to-video-pro",
        want: { prompt: "prompt", image: "image_url", lastFrame: "tail_image_url", duration: "duration" },
      },
    ],
    [
      "by name: aspect ratio, resolution, seed",
      {
        given: "bytedance/seedance-1.5-pro",
        want: { prompt: "prompt", images: "input_urls", aspectRatio: "aspect_ratio", resolution: "resolution", duration: "duration" },
      },
    ],
    [
      "the overlay decides a name the table does not know: recraft's `image`",
      { given: "recraft/remove-background", want: { image: "image" } },
    ],
    ["text-to-speech: the prompt is `text`", { given: "elevenlabs/text-to-speech-multilingual-v2", want: { prompt: "text" } }],
  ])("%s", (_name, { given, want }) => {
    expect(modelRoles(model(given))).toMatchObject(want);
  });

  test("an overlay's null says the model has no field for a role, even when a name matches", () => {
    const spec = { ...model("kling/v2-5-turbo-image-to-video-pro"), roles: { lastFrame: null } };
    expect(modelRoles(spec)).not.toHaveProperty("lastFrame");
  });

  test("an overlay naming a field the model lacks decides nothing", () => {
    const spec = { ...model("kling/v2-5-turbo-image-to-video-pro"), roles: { image: "no_such_field" } };
    expect(modelRoles(spec)).not.toHaveProperty("image");
  });
});
