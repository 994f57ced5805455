// This file is generated. Do not edit it by hand.
// Source: specs/market/4o-image-api.json, specs/market/ai-music-api/add-instrumental.json, specs/market/ai-music-api/add-vocals.json, specs/market/ai-music-api/boost-music-style.json, specs/market/ai-music-api/check-voice.json, specs/market/ai-music-api/convert-to-wav-format.json, specs/market/ai-music-api/cover-generate.json, specs/market/ai-music-api/create-music-video.json, specs/market/ai-music-api/create-voice.json, specs/market/ai-music-api/extend.json, specs/market/ai-music-api/generate.json, specs/market/ai-music-api/generate-lyrics.json, specs/market/ai-music-api/generate-midi-from-audio.json, specs/market/ai-music-api/generate-persona.json, specs/market/ai-music-api/mashup.json, specs/market/ai-music-api/regenerate-phrase.json, specs/market/ai-music-api/replace-section.json, specs/market/ai-music-api/separate-vocals.json, specs/market/ai-music-api/sounds.json, specs/market/ai-music-api/suno-recovery-audio.json, specs/market/ai-music-api/timeStamped-lyrics.json, specs/market/ai-music-api/upload-and-cover-audio.json, specs/market/ai-music-api/upload-and-extend-audio.json, specs/market/ai-music-api/validation-phrase.json, specs/market/bytedance/seedance-1.5-pro.json, specs/market/bytedance/seedance-2.json, specs/market/bytedance/seedance-2-5.json, specs/market/bytedance/seedance-2-fast.json, specs/market/bytedance/seedance-2-mini.json, specs/market/bytedance/seedream.json, specs/market/bytedance/seedream-v4-edit.json, specs/market/bytedance/seedream-v4-text-to-image.json, specs/market/bytedance/v1-lite-image-to-video.json, specs/market/bytedance/v1-lite-text-to-video.json, specs/market/bytedance/v1-pro-fast-image-to-video.json, specs/market/bytedance/v1-pro-image-to-video.json, specs/market/bytedance/v1-pro-text-to-video.json, specs/market/elevenlabs/audio-isolation.json, specs/market/elevenlabs/text-to-dialogue-v3.json, specs/market/elevenlabs/text-to-speech-multilingual-v2.json, specs/market/elevenlabs/text-to-speech-turbo-2-5.json, specs/market/flux-2/flex-image-to-image.json, specs/market/flux-2/flex-text-to-image.json, specs/market/flux-2/pro-image-to-image.json, specs/market/flux-2/pro-text-to-image.json, specs/market/flux1-kontext.json, specs/market/gemini-omni-video.json, specs/market/google/gemini-2-5-pro-tts.json, specs/market/google/gemini-3-1-flash-tts.json, specs/market/google/gemini-3-8-flash-lite-tts.json, specs/market/google/gemini-3-8-flash-tts.json, specs/market/google/gemini-omni-flash-1-1.json, specs/market/google/imagen4.json, specs/market/google/imagen4-fast.json, specs/market/google/imagen4-ultra.json, specs/market/google/nano-banana.json, specs/market/google/nano-banana-edit.json, specs/market/gpt-image-2-5-flare-image-to-image.json, specs/market/gpt-image-2-5-flare-text-to-image.json, specs/market/gpt-image-2-5-sunburst-image-to-image.json, specs/market/gpt-image-2-5-sunburst-text-to-image.json, specs/market/gpt-image-2-image-to-image.json, specs/market/gpt-image-2-text-to-image.json, specs/market/gpt-image/1.5-image-to-image.json, specs/market/gpt-image/1.5-text-to-image.json, specs/market/grok-imagine-image-2-0/image-edit.json, specs/market/grok-imagine-image-2-0/segment-edit.json, specs/market/grok-imagine-image-2-0/segment-map.json, specs/market/grok-imagine-image-2-0/text-to-image.json, specs/market/grok-imagine-video-1-5-preview.json, specs/market/grok-imagine/extend.json, specs/market/grok-imagine/image-to-image.json, specs/market/grok-imagine/image-to-video.json, specs/market/grok-imagine/text-to-image.json, specs/market/grok-imagine/text-to-video.json, specs/market/grok-imagine/upscale.json, specs/market/hailuo/02-image-to-video-pro.json, specs/market/hailuo/02-image-to-video-standard.json, specs/market/hailuo/02-text-to-video-pro.json, specs/market/hailuo/02-text-to-video-standard.json, specs/market/hailuo/2-3-image-to-video-pro.json, specs/market/hailuo/2-3-image-to-video-standard.json, specs/market/happyhorse-1-1/image-to-video.json, specs/market/happyhorse-1-1/reference-to-video.json, specs/market/happyhorse-1-1/text-to-video.json, specs/market/happyhorse/image-to-video.json, specs/market/happyhorse/reference-to-video.json, specs/market/happyhorse/text-to-video.json, specs/market/happyhorse/video-edit.json, specs/market/ideogram/character.json, specs/market/ideogram/character-edit.json, specs/market/ideogram/character-remix.json, specs/market/ideogram/v3-edit.json, specs/market/ideogram/v3-remix.json, specs/market/ideogram/v3-text-to-image.json, specs/market/infinitalk/from-audio.json, specs/market/kling-2.6/image-to-video.json, specs/market/kling-2.6/motion-control.json, specs/market/kling-2.6/text-to-video.json, specs/market/kling-3.0-omni/image-to-video.json, specs/market/kling-3.0-omni/reference-to-video.json, specs/market/kling-3.0-omni/text-to-video.json, specs/market/kling-3.0-omni/transformation.json, specs/market/kling-3.0/motion-control.json, specs/market/kling-3.0/video.json, specs/market/kling/ai-avatar-pro.json, specs/market/kling/ai-avatar-standard.json, specs/market/kling/v2-1-master-image-to-video.json, specs/market/kling/v2-1-master-text-to-video.json, specs/market/kling/v2-1-pro.json, specs/market/kling/v2-1-standard.json, specs/market/kling/v2-5-turbo-image-to-video-pro.json, specs/market/kling/v2-5-turbo-text-to-video-pro.json, specs/market/kling/v3-turbo-image-to-video.json, specs/market/kling/v3-turbo-text-to-video.json, specs/market/minimax-h3/image-to-video.json, specs/market/minimax-h3/reference-to-video.json, specs/market/minimax-h3/text-to-video.json, specs/market/nano-banana-2.json, specs/market/nano-banana-2-lite.json, specs/market/nano-banana-pro.json, specs/market/omnihuman-1-5.json, specs/market/omnihuman-1-5/human-identification.json, specs/market/omnihuman-1-5/subject-detection.json, specs/market/pixverse-v6/extend.json, specs/market/pixverse-v6/image-to-video.json, specs/market/pixverse-v6/reference-to-video.json, specs/market/pixverse-v6/text-to-video.json, specs/market/pixverse-v6/transition.json, specs/market/qwen/image-edit.json, specs/market/qwen/image-to-image.json, specs/market/qwen/text-to-image.json, specs/market/qwen2-1/image-to-image.json, specs/market/qwen2-1/text-to-image.json, specs/market/qwen2/image-edit.json, specs/market/qwen2/text-to-image.json, specs/market/qwen3/image-to-image.json, specs/market/qwen3/pro-image-to-image.json, specs/market/qwen3/pro-text-to-image.json, specs/market/qwen3/text-to-image.json, specs/market/recraft/crisp-upscale.json, specs/market/recraft/remove-background.json, specs/market/runway.json, specs/market/runway/extend-ai-video.json, specs/market/runway/gen4-aleph.json, specs/market/seedream/4.5-edit.json, specs/market/seedream/4.5-text-to-image.json, specs/market/seedream/5-lite-image-to-image.json, specs/market/seedream/5-lite-text-to-image.json, specs/market/seedream/5-pro-image-to-image.json, specs/market/seedream/5-pro-layer-decomposition.json, specs/market/seedream/5-pro-text-to-image.json, specs/market/topaz/image-upscale.json, specs/market/topaz/video-upscale.json, specs/market/veo-3-1.json, specs/market/veo/extend.json, specs/market/veo/get-1080p-video.json, specs/market/veo/get-4k-video.json, specs/market/volcengine/video-to-video-lip-sync.json, specs/market/wan/2-2-a14b-image-to-video-turbo.json, specs/market/wan/2-2-a14b-speech-to-video-turbo.json, specs/market/wan/2-2-a14b-text-to-video-turbo.json, specs/market/wan/2-2-animate-move.json, specs/market/wan/2-2-animate-replace.json, specs/market/wan/2-5-image-to-video.json, specs/market/wan/2-5-text-to-video.json, specs/market/wan/2-6-flash-image-to-video.json, specs/market/wan/2-6-flash-video-to-video.json, specs/market/wan/2-6-image-to-video.json, specs/market/wan/2-6-text-to-video.json, specs/market/wan/2-6-video-to-video.json, specs/market/wan/2-7-image.json, specs/market/wan/2-7-image-pro.json, specs/market/wan/2-7-image-to-video.json, specs/market/wan/2-7-r2v.json, specs/market/wan/2-7-text-to-video.json, specs/market/wan/2-7-videoedit.json, specs/market/wan/3-0-video.json, specs/market/wan/3-0-video-prime.json, specs/market/z-image.json
// Regenerate with: pnpm generate

import { describe, expectTypeOf, test } from "vitest";
import type { CreateTaskBody, ModelInputs } from "./models.gen.js";

describe("4o-image-api", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"4o-image-api"> = { model: "4o-image-api", input: {"size":"1:1"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["4o-image-api"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"4o-image-api"> = {"model":"4o-image-api","callBackUrl":"https://your-domain.com/api/callback","input":{"size":"1:1","prompt":"A watercolor fox in a snowy forest"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["4o-image-api"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "4o-image-api" }>().toEqualTypeOf<CreateTaskBody<"4o-image-api">>();
  });

  test("a field of another model (upload_url, from ai-music-api/add-instrumental) is a compile error", () => {
    const body: CreateTaskBody<"4o-image-api"> = {
      model: "4o-image-api",
      input: {
        ...{"size":"1:1","prompt":"A watercolor fox in a snowy forest"},
        // @ts-expect-error upload_url is not a field of 4o-image-api
        upload_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"4o-image-api">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"4o-image-api"> = {
      model: "4o-image-api",
      input: {
        ...{"size":"1:1","prompt":"A watercolor fox in a snowy forest"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"4o-image-api">();
  });

  test("a value outside the size enum is a compile error", () => {
    const body: CreateTaskBody<"4o-image-api"> = {
      model: "4o-image-api",
      input: {
        ...{"size":"1:1","prompt":"A watercolor fox in a snowy forest"},
        // @ts-expect-error size must be one of "1:1", "3:2", "2:3"
        size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"4o-image-api">();
  });
});

describe("ai-music-api/add-instrumental", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/add-instrumental"> = { model: "ai-music-api/add-instrumental", input: {"upload_url":"https://example.com/upload.png","title":"example title","negative_tags":"example negative_tags","tags":"example tags"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/add-instrumental"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/add-instrumental"> = {"model":"ai-music-api/add-instrumental","callBackUrl":"https://your-domain.com/api/callback","input":{"upload_url":"https://example.com/upload.png","title":"example title","negative_tags":"example negative_tags","tags":"example tags"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/add-instrumental"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/add-instrumental" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/add-instrumental">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-instrumental"> = {
      model: "ai-music-api/add-instrumental",
      input: {
        ...{"upload_url":"https://example.com/upload.png","title":"example title","negative_tags":"example negative_tags","tags":"example tags"},
        // @ts-expect-error prompt is not a field of ai-music-api/add-instrumental
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-instrumental">();
  });

  test("a wrong type for upload_url is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-instrumental"> = {
      model: "ai-music-api/add-instrumental",
      input: {
        ...{"upload_url":"https://example.com/upload.png","title":"example title","negative_tags":"example negative_tags","tags":"example tags"},
        // @ts-expect-error upload_url must be string
        upload_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-instrumental">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-instrumental"> = {
      model: "ai-music-api/add-instrumental",
      input: {
        ...{"upload_url":"https://example.com/upload.png","title":"example title","negative_tags":"example negative_tags","tags":"example tags"},
        // @ts-expect-error model must be one of "V4_5PLUS", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-instrumental">();
  });
});

describe("ai-music-api/add-vocals", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/add-vocals"> = { model: "ai-music-api/add-vocals", input: {"title":"example title","negative_tags":"example negative_tags","style":"example style","upload_url":"https://example.com/upload.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/add-vocals"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/add-vocals"> = {"model":"ai-music-api/add-vocals","callBackUrl":"https://your-domain.com/api/callback","input":{"title":"example title","negative_tags":"example negative_tags","style":"example style","upload_url":"https://example.com/upload.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/add-vocals"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/add-vocals" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/add-vocals">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-vocals"> = {
      model: "ai-music-api/add-vocals",
      input: {
        ...{"title":"example title","negative_tags":"example negative_tags","style":"example style","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error files_url is not a field of ai-music-api/add-vocals
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-vocals">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-vocals"> = {
      model: "ai-music-api/add-vocals",
      input: {
        ...{"title":"example title","negative_tags":"example negative_tags","style":"example style","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-vocals">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/add-vocals"> = {
      model: "ai-music-api/add-vocals",
      input: {
        ...{"title":"example title","negative_tags":"example negative_tags","style":"example style","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error model must be one of "V4_5PLUS", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/add-vocals">();
  });
});

describe("ai-music-api/boost-music-style", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/boost-music-style"> = { model: "ai-music-api/boost-music-style", input: {"content":"example content"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/boost-music-style"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/boost-music-style"> = {"model":"ai-music-api/boost-music-style","callBackUrl":"https://your-domain.com/api/callback","input":{"content":"example content"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/boost-music-style"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/boost-music-style" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/boost-music-style">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/boost-music-style"> = {
      model: "ai-music-api/boost-music-style",
      input: {
        ...{"content":"example content"},
        // @ts-expect-error prompt is not a field of ai-music-api/boost-music-style
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/boost-music-style">();
  });

  test("a wrong type for content is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/boost-music-style"> = {
      model: "ai-music-api/boost-music-style",
      input: {
        ...{"content":"example content"},
        // @ts-expect-error content must be string
        content: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/boost-music-style">();
  });
});

describe("ai-music-api/check-voice", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/check-voice"> = { model: "ai-music-api/check-voice", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/check-voice"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/check-voice"> = {"model":"ai-music-api/check-voice","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/check-voice"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/check-voice" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/check-voice">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/check-voice"> = {
      model: "ai-music-api/check-voice",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/check-voice
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/check-voice">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/check-voice"> = {
      model: "ai-music-api/check-voice",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/check-voice">();
  });
});

describe("ai-music-api/convert-to-wav-format", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/convert-to-wav-format"> = { model: "ai-music-api/convert-to-wav-format", input: {"task_id":"example task_id","audio_id":"example audio_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/convert-to-wav-format"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/convert-to-wav-format"> = {"model":"ai-music-api/convert-to-wav-format","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","audio_id":"example audio_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/convert-to-wav-format"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/convert-to-wav-format" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/convert-to-wav-format">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/convert-to-wav-format"> = {
      model: "ai-music-api/convert-to-wav-format",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/convert-to-wav-format
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/convert-to-wav-format">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/convert-to-wav-format"> = {
      model: "ai-music-api/convert-to-wav-format",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/convert-to-wav-format">();
  });
});

describe("ai-music-api/cover-generate", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/cover-generate"> = { model: "ai-music-api/cover-generate", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/cover-generate"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/cover-generate"> = {"model":"ai-music-api/cover-generate","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/cover-generate"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/cover-generate" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/cover-generate">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/cover-generate"> = {
      model: "ai-music-api/cover-generate",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/cover-generate
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/cover-generate">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/cover-generate"> = {
      model: "ai-music-api/cover-generate",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/cover-generate">();
  });
});

describe("ai-music-api/create-music-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/create-music-video"> = { model: "ai-music-api/create-music-video", input: {"task_id":"example task_id","audio_id":"example audio_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/create-music-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/create-music-video"> = {"model":"ai-music-api/create-music-video","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","audio_id":"example audio_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/create-music-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/create-music-video" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/create-music-video">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/create-music-video"> = {
      model: "ai-music-api/create-music-video",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/create-music-video
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/create-music-video">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/create-music-video"> = {
      model: "ai-music-api/create-music-video",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/create-music-video">();
  });
});

describe("ai-music-api/create-voice", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/create-voice"> = { model: "ai-music-api/create-voice", input: {"task_id":"example task_id","verify_url":"https://example.com/verify.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/create-voice"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/create-voice"> = {"model":"ai-music-api/create-voice","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","verify_url":"https://example.com/verify.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/create-voice"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/create-voice" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/create-voice">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/create-voice"> = {
      model: "ai-music-api/create-voice",
      input: {
        ...{"task_id":"example task_id","verify_url":"https://example.com/verify.png"},
        // @ts-expect-error prompt is not a field of ai-music-api/create-voice
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/create-voice">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/create-voice"> = {
      model: "ai-music-api/create-voice",
      input: {
        ...{"task_id":"example task_id","verify_url":"https://example.com/verify.png"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/create-voice">();
  });

  test("a value outside the singer_skill_level enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/create-voice"> = {
      model: "ai-music-api/create-voice",
      input: {
        ...{"task_id":"example task_id","verify_url":"https://example.com/verify.png"},
        // @ts-expect-error singer_skill_level must be one of "beginner", "intermediate", "advanced", "professional"
        singer_skill_level: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/create-voice">();
  });
});

describe("ai-music-api/extend", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/extend"> = { model: "ai-music-api/extend", input: {"audio_id":"example audio_id","model":"V6"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/extend"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/extend"> = {"model":"ai-music-api/extend","callBackUrl":"https://your-domain.com/api/callback","input":{"audio_id":"example audio_id","model":"V6"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/extend"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/extend" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/extend">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/extend"> = {
      model: "ai-music-api/extend",
      input: {
        ...{"audio_id":"example audio_id","model":"V6"},
        // @ts-expect-error files_url is not a field of ai-music-api/extend
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/extend">();
  });

  test("a wrong type for default_param_flag is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/extend"> = {
      model: "ai-music-api/extend",
      input: {
        ...{"audio_id":"example audio_id","model":"V6"},
        // @ts-expect-error default_param_flag must be boolean
        default_param_flag: "yes",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/extend">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/extend"> = {
      model: "ai-music-api/extend",
      input: {
        ...{"audio_id":"example audio_id","model":"V6"},
        // @ts-expect-error model must be one of "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_WILD", "V6_MINI"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/extend">();
  });
});

describe("ai-music-api/generate", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/generate"> = { model: "ai-music-api/generate", input: {"custom_mode":false,"instrumental":false,"model":"V6"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/generate"> = {"model":"ai-music-api/generate","callBackUrl":"https://your-domain.com/api/callback","input":{"custom_mode":false,"instrumental":false,"model":"V6"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/generate" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/generate">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate"> = {
      model: "ai-music-api/generate",
      input: {
        ...{"custom_mode":false,"instrumental":false,"model":"V6"},
        // @ts-expect-error files_url is not a field of ai-music-api/generate
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate"> = {
      model: "ai-music-api/generate",
      input: {
        ...{"custom_mode":false,"instrumental":false,"model":"V6"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate"> = {
      model: "ai-music-api/generate",
      input: {
        ...{"custom_mode":false,"instrumental":false,"model":"V6"},
        // @ts-expect-error model must be one of "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_MINI", "V6_WILD"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate">();
  });
});

describe("ai-music-api/generate-lyrics", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/generate-lyrics"> = { model: "ai-music-api/generate-lyrics", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-lyrics"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/generate-lyrics"> = {"model":"ai-music-api/generate-lyrics","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-lyrics"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/generate-lyrics" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/generate-lyrics">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-lyrics"> = {
      model: "ai-music-api/generate-lyrics",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of ai-music-api/generate-lyrics
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-lyrics">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-lyrics"> = {
      model: "ai-music-api/generate-lyrics",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-lyrics">();
  });
});

describe("ai-music-api/generate-midi-from-audio", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/generate-midi-from-audio"> = { model: "ai-music-api/generate-midi-from-audio", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-midi-from-audio"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/generate-midi-from-audio"> = {"model":"ai-music-api/generate-midi-from-audio","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-midi-from-audio"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/generate-midi-from-audio" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/generate-midi-from-audio">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-midi-from-audio"> = {
      model: "ai-music-api/generate-midi-from-audio",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/generate-midi-from-audio
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-midi-from-audio">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-midi-from-audio"> = {
      model: "ai-music-api/generate-midi-from-audio",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-midi-from-audio">();
  });
});

describe("ai-music-api/generate-persona", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/generate-persona"> = { model: "ai-music-api/generate-persona", input: {"task_id":"example task_id","audio_id":"example audio_id","name":"example name","description":"example description"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-persona"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/generate-persona"> = {"model":"ai-music-api/generate-persona","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","audio_id":"example audio_id","name":"example name","description":"example description"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/generate-persona"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/generate-persona" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/generate-persona">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-persona"> = {
      model: "ai-music-api/generate-persona",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id","name":"example name","description":"example description"},
        // @ts-expect-error prompt is not a field of ai-music-api/generate-persona
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-persona">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/generate-persona"> = {
      model: "ai-music-api/generate-persona",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id","name":"example name","description":"example description"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/generate-persona">();
  });
});

describe("ai-music-api/mashup", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/mashup"> = { model: "ai-music-api/mashup", input: {"upload_url_list":["https://example.com/upload_url_list.png","https://example.com/upload_url_list.png"],"style":"example style","title":"example title","model":"V4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/mashup"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/mashup"> = {"model":"ai-music-api/mashup","callBackUrl":"https://your-domain.com/api/callback","input":{"model":"V4","style":"example style","title":"example title","upload_url_list":["https://example.com/upload_url_list.png","https://example.com/upload_url_list.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/mashup"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/mashup" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/mashup">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/mashup"> = {
      model: "ai-music-api/mashup",
      input: {
        ...{"model":"V4","style":"example style","title":"example title","upload_url_list":["https://example.com/upload_url_list.png","https://example.com/upload_url_list.png"]},
        // @ts-expect-error files_url is not a field of ai-music-api/mashup
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/mashup">();
  });

  test("a wrong type for upload_url_list is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/mashup"> = {
      model: "ai-music-api/mashup",
      input: {
        ...{"model":"V4","style":"example style","title":"example title","upload_url_list":["https://example.com/upload_url_list.png","https://example.com/upload_url_list.png"]},
        // @ts-expect-error upload_url_list must be array
        upload_url_list: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/mashup">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/mashup"> = {
      model: "ai-music-api/mashup",
      input: {
        ...{"model":"V4","style":"example style","title":"example title","upload_url_list":["https://example.com/upload_url_list.png","https://example.com/upload_url_list.png"]},
        // @ts-expect-error model must be one of "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_WILD", "V6_MINI"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/mashup">();
  });
});

describe("ai-music-api/regenerate-phrase", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/regenerate-phrase"> = { model: "ai-music-api/regenerate-phrase", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/regenerate-phrase"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/regenerate-phrase"> = {"model":"ai-music-api/regenerate-phrase","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/regenerate-phrase"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/regenerate-phrase" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/regenerate-phrase">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/regenerate-phrase"> = {
      model: "ai-music-api/regenerate-phrase",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/regenerate-phrase
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/regenerate-phrase">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/regenerate-phrase"> = {
      model: "ai-music-api/regenerate-phrase",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/regenerate-phrase">();
  });
});

describe("ai-music-api/replace-section", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/replace-section"> = {"model":"ai-music-api/replace-section","callBackUrl":"https://your-domain.com/api/callback","input":{"full_lyrics":"example full_lyrics","infill_end_s":0,"infill_start_s":0,"prompt":"A lighthouse on a cliff at dusk, waves below","tags":"example tags","title":"example title","task_id":"example task_id","audio_id":"example audio_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/replace-section"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/replace-section" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/replace-section">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/replace-section"> = {
      model: "ai-music-api/replace-section",
      input: {
        ...{"full_lyrics":"example full_lyrics","infill_end_s":0,"infill_start_s":0,"prompt":"A lighthouse on a cliff at dusk, waves below","tags":"example tags","title":"example title","task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error files_url is not a field of ai-music-api/replace-section
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/replace-section">();
  });
});

describe("ai-music-api/separate-vocals", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/separate-vocals"> = {"model":"ai-music-api/separate-vocals","callBackUrl":"https://your-domain.com/api/callback","input":{"stem_name":"example stem_name","task_id":"example task_id","audio_id":"example audio_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/separate-vocals"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/separate-vocals" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/separate-vocals">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/separate-vocals"> = {
      model: "ai-music-api/separate-vocals",
      input: {
        ...{"stem_name":"example stem_name","task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/separate-vocals
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/separate-vocals">();
  });
});

describe("ai-music-api/sounds", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/sounds"> = { model: "ai-music-api/sounds", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","model":"V5"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/sounds"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/sounds"> = {"model":"ai-music-api/sounds","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","model":"V5"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/sounds"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/sounds" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/sounds">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/sounds"> = {
      model: "ai-music-api/sounds",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","model":"V5"},
        // @ts-expect-error files_url is not a field of ai-music-api/sounds
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/sounds">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/sounds"> = {
      model: "ai-music-api/sounds",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","model":"V5"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/sounds">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/sounds"> = {
      model: "ai-music-api/sounds",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","model":"V5"},
        // @ts-expect-error model must be one of "V5", "V5_5", "V6", "V6_WILD", "V6_MINI"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/sounds">();
  });
});

describe("ai-music-api/suno-recovery-audio", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/suno-recovery-audio"> = { model: "ai-music-api/suno-recovery-audio", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/suno-recovery-audio"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/suno-recovery-audio"> = {"model":"ai-music-api/suno-recovery-audio","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/suno-recovery-audio"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/suno-recovery-audio" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/suno-recovery-audio">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/suno-recovery-audio"> = {
      model: "ai-music-api/suno-recovery-audio",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/suno-recovery-audio
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/suno-recovery-audio">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/suno-recovery-audio"> = {
      model: "ai-music-api/suno-recovery-audio",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/suno-recovery-audio">();
  });
});

describe("ai-music-api/timeStamped-lyrics", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/timeStamped-lyrics"> = { model: "ai-music-api/timeStamped-lyrics", input: {"task_id":"example task_id","audio_id":"example audio_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/timeStamped-lyrics"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/timeStamped-lyrics"> = {"model":"ai-music-api/timeStamped-lyrics","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","audio_id":"example audio_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/timeStamped-lyrics"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/timeStamped-lyrics" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/timeStamped-lyrics">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/timeStamped-lyrics"> = {
      model: "ai-music-api/timeStamped-lyrics",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error prompt is not a field of ai-music-api/timeStamped-lyrics
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/timeStamped-lyrics">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/timeStamped-lyrics"> = {
      model: "ai-music-api/timeStamped-lyrics",
      input: {
        ...{"task_id":"example task_id","audio_id":"example audio_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/timeStamped-lyrics">();
  });
});

describe("ai-music-api/upload-and-cover-audio", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-cover-audio"> = { model: "ai-music-api/upload-and-cover-audio", input: {"upload_url":"https://example.com/upload.png","instrumental":false,"model":"V6"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/upload-and-cover-audio"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-cover-audio"> = {"model":"ai-music-api/upload-and-cover-audio","callBackUrl":"https://your-domain.com/api/callback","input":{"instrumental":false,"model":"V6","upload_url":"https://example.com/upload.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/upload-and-cover-audio"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/upload-and-cover-audio" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/upload-and-cover-audio">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-cover-audio"> = {
      model: "ai-music-api/upload-and-cover-audio",
      input: {
        ...{"instrumental":false,"model":"V6","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error files_url is not a field of ai-music-api/upload-and-cover-audio
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-cover-audio">();
  });

  test("a wrong type for upload_url is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-cover-audio"> = {
      model: "ai-music-api/upload-and-cover-audio",
      input: {
        ...{"instrumental":false,"model":"V6","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error upload_url must be string
        upload_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-cover-audio">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-cover-audio"> = {
      model: "ai-music-api/upload-and-cover-audio",
      input: {
        ...{"instrumental":false,"model":"V6","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error model must be one of "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_WILD", "V6_MINI"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-cover-audio">();
  });
});

describe("ai-music-api/upload-and-extend-audio", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-extend-audio"> = { model: "ai-music-api/upload-and-extend-audio", input: {"upload_url":"https://example.com/upload.png","model":"V4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/upload-and-extend-audio"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-extend-audio"> = {"model":"ai-music-api/upload-and-extend-audio","callBackUrl":"https://your-domain.com/api/callback","input":{"model":"V4","upload_url":"https://example.com/upload.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/upload-and-extend-audio"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/upload-and-extend-audio" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/upload-and-extend-audio">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-extend-audio"> = {
      model: "ai-music-api/upload-and-extend-audio",
      input: {
        ...{"model":"V4","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error files_url is not a field of ai-music-api/upload-and-extend-audio
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-extend-audio">();
  });

  test("a wrong type for upload_url is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-extend-audio"> = {
      model: "ai-music-api/upload-and-extend-audio",
      input: {
        ...{"model":"V4","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error upload_url must be string
        upload_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-extend-audio">();
  });

  test("a value outside the model enum is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/upload-and-extend-audio"> = {
      model: "ai-music-api/upload-and-extend-audio",
      input: {
        ...{"model":"V4","upload_url":"https://example.com/upload.png"},
        // @ts-expect-error model must be one of "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5", "V6", "V6_WILD", "V6_MINI"
        model: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/upload-and-extend-audio">();
  });
});

describe("ai-music-api/validation-phrase", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ai-music-api/validation-phrase"> = { model: "ai-music-api/validation-phrase", input: {"voice_url":"https://example.com/voice.png","vocal_start_s":1,"vocal_end_s":1} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/validation-phrase"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ai-music-api/validation-phrase"> = {"model":"ai-music-api/validation-phrase","callBackUrl":"https://your-domain.com/api/callback","input":{"voice_url":"https://example.com/voice.png","vocal_start_s":1,"vocal_end_s":1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ai-music-api/validation-phrase"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ai-music-api/validation-phrase" }>().toEqualTypeOf<CreateTaskBody<"ai-music-api/validation-phrase">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/validation-phrase"> = {
      model: "ai-music-api/validation-phrase",
      input: {
        ...{"voice_url":"https://example.com/voice.png","vocal_start_s":1,"vocal_end_s":1},
        // @ts-expect-error prompt is not a field of ai-music-api/validation-phrase
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/validation-phrase">();
  });

  test("a wrong type for voice_url is a compile error", () => {
    const body: CreateTaskBody<"ai-music-api/validation-phrase"> = {
      model: "ai-music-api/validation-phrase",
      input: {
        ...{"voice_url":"https://example.com/voice.png","vocal_start_s":1,"vocal_end_s":1},
        // @ts-expect-error voice_url must be string
        voice_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ai-music-api/validation-phrase">();
  });
});

describe("bytedance/seedance-1.5-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedance-1.5-pro"> = { model: "bytedance/seedance-1.5-pro", input: {"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","aspect_ratio":"1:1","duration":8} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-1.5-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedance-1.5-pro"> = {"model":"bytedance/seedance-1.5-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","input_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"aspect_ratio":"1:1","resolution":"720p","duration":8,"fixed_lens":false,"generate_audio":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-1.5-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedance-1.5-pro" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedance-1.5-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-1.5-pro"> = {
      model: "bytedance/seedance-1.5-pro",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","input_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"aspect_ratio":"1:1","resolution":"720p","duration":8,"fixed_lens":false,"generate_audio":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of bytedance/seedance-1.5-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-1.5-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-1.5-pro"> = {
      model: "bytedance/seedance-1.5-pro",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","input_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"aspect_ratio":"1:1","resolution":"720p","duration":8,"fixed_lens":false,"generate_audio":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-1.5-pro">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-1.5-pro"> = {
      model: "bytedance/seedance-1.5-pro",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","input_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"aspect_ratio":"1:1","resolution":"720p","duration":8,"fixed_lens":false,"generate_audio":false,"nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-1.5-pro">();
  });
});

describe("bytedance/seedance-2", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedance-2"> = { model: "bytedance/seedance-2", input: {"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedance-2"> = {"model":"bytedance/seedance-2","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedance-2" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedance-2">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2"> = {
      model: "bytedance/seedance-2",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error files_url is not a field of bytedance/seedance-2
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2">();
  });

  test("a wrong type for resolution is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2"> = {
      model: "bytedance/seedance-2",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error resolution must be string
        resolution: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2"> = {
      model: "bytedance/seedance-2",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error resolution must be one of "480p", "720p", "1080p", "4k"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2">();
  });
});

describe("bytedance/seedance-2-5", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-5"> = { model: "bytedance/seedance-2-5", input: {} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-5"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-5"> = {"model":"bytedance/seedance-2-5","callBackUrl":"https://your-domain.com/api/callback","input":{}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-5"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedance-2-5" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedance-2-5">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-5"> = {
      model: "bytedance/seedance-2-5",
      input: {
        ...{},
        // @ts-expect-error files_url is not a field of bytedance/seedance-2-5
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-5">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-5"> = {
      model: "bytedance/seedance-2-5",
      input: {
        ...{},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-5">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-5"> = {
      model: "bytedance/seedance-2-5",
      input: {
        ...{},
        // @ts-expect-error resolution must be one of "480p", "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-5">();
  });
});

describe("bytedance/seedance-2-fast", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-fast"> = { model: "bytedance/seedance-2-fast", input: {"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-fast"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-fast"> = {"model":"bytedance/seedance-2-fast","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-fast"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedance-2-fast" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedance-2-fast">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-fast"> = {
      model: "bytedance/seedance-2-fast",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error files_url is not a field of bytedance/seedance-2-fast
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-fast">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-fast"> = {
      model: "bytedance/seedance-2-fast",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-fast">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-fast"> = {
      model: "bytedance/seedance-2-fast",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"return_last_frame":false,"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error resolution must be one of "480p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-fast">();
  });
});

describe("bytedance/seedance-2-mini", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-mini"> = { model: "bytedance/seedance-2-mini", input: {"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-mini"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-mini"> = {"model":"bytedance/seedance-2-mini","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedance-2-mini"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedance-2-mini" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedance-2-mini">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-mini"> = {
      model: "bytedance/seedance-2-mini",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error files_url is not a field of bytedance/seedance-2-mini
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-mini">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-mini"> = {
      model: "bytedance/seedance-2-mini",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-mini">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedance-2-mini"> = {
      model: "bytedance/seedance-2-mini",
      input: {
        ...{"prompt":"A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky","first_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example2.png","last_frame_url":"https://templateb.aiquickdraw.com/custom-page/akr/section-images/example3.png","reference_image_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.png"],"reference_video_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp4"],"reference_audio_urls":["https://templateb.aiquickdraw.com/custom-page/akr/section-images/example1.mp3"],"generate_audio":false,"resolution":"720p","aspect_ratio":"16:9","duration":15,"web_search":false},
        // @ts-expect-error resolution must be one of "480p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedance-2-mini">();
  });
});

describe("bytedance/seedream", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedream"> = { model: "bytedance/seedream", input: {"prompt":"A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedream"> = {"model":"bytedance/seedream","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art."}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedream" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedream">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream"> = {
      model: "bytedance/seedream",
      input: {
        ...{"prompt":"A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art."},
        // @ts-expect-error files_url is not a field of bytedance/seedream
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream"> = {
      model: "bytedance/seedream",
      input: {
        ...{"prompt":"A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art."},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream"> = {
      model: "bytedance/seedream",
      input: {
        ...{"prompt":"A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art."},
        // @ts-expect-error image_size must be one of "square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream">();
  });
});

describe("bytedance/seedream-v4-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-edit"> = { model: "bytedance/seedream-v4-edit", input: {"prompt":"Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream-v4-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-edit"> = {"model":"bytedance/seedream-v4-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"],"image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":80960659,"nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream-v4-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedream-v4-edit" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedream-v4-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-edit"> = {
      model: "bytedance/seedream-v4-edit",
      input: {
        ...{"prompt":"Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"],"image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":80960659,"nsfw_checker":true},
        // @ts-expect-error files_url is not a field of bytedance/seedream-v4-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-edit"> = {
      model: "bytedance/seedream-v4-edit",
      input: {
        ...{"prompt":"Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"],"image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":80960659,"nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-edit">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-edit"> = {
      model: "bytedance/seedream-v4-edit",
      input: {
        ...{"prompt":"Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"],"image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":80960659,"nsfw_checker":true},
        // @ts-expect-error image_size must be one of "square", "square_hd", "portrait_4_3", "portrait_3_2", "portrait_16_9", "landscape_4_3", "landscape_3_2", "landscape_16_9", "landscape_21_9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-edit">();
  });
});

describe("bytedance/seedream-v4-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-text-to-image"> = { model: "bytedance/seedream-v4-text-to-image", input: {"prompt":"Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream-v4-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-text-to-image"> = {"model":"bytedance/seedream-v4-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.","image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":50331296,"nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/seedream-v4-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/seedream-v4-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"bytedance/seedream-v4-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-text-to-image"> = {
      model: "bytedance/seedream-v4-text-to-image",
      input: {
        ...{"prompt":"Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.","image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":50331296,"nsfw_checker":true},
        // @ts-expect-error files_url is not a field of bytedance/seedream-v4-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-text-to-image"> = {
      model: "bytedance/seedream-v4-text-to-image",
      input: {
        ...{"prompt":"Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.","image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":50331296,"nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-text-to-image">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/seedream-v4-text-to-image"> = {
      model: "bytedance/seedream-v4-text-to-image",
      input: {
        ...{"prompt":"Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.","image_size":"square_hd","image_resolution":"1K","max_images":1,"seed":50331296,"nsfw_checker":true},
        // @ts-expect-error image_size must be one of "square", "square_hd", "portrait_4_3", "portrait_3_2", "portrait_16_9", "landscape_4_3", "landscape_3_2", "landscape_16_9", "landscape_21_9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/seedream-v4-text-to-image">();
  });
});

describe("bytedance/v1-lite-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-image-to-video"> = { model: "bytedance/v1-lite-image-to-video", input: {"prompt":"Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-lite-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-image-to-video"> = {"model":"bytedance/v1-lite-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"end_image_url":"","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-lite-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/v1-lite-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"bytedance/v1-lite-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-image-to-video"> = {
      model: "bytedance/v1-lite-image-to-video",
      input: {
        ...{"prompt":"Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"end_image_url":"","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of bytedance/v1-lite-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-image-to-video"> = {
      model: "bytedance/v1-lite-image-to-video",
      input: {
        ...{"prompt":"Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"end_image_url":"","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-image-to-video"> = {
      model: "bytedance/v1-lite-image-to-video",
      input: {
        ...{"prompt":"Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"end_image_url":"","nsfw_checker":false},
        // @ts-expect-error resolution must be one of "480p", "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-image-to-video">();
  });
});

describe("bytedance/v1-lite-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-text-to-video"> = { model: "bytedance/v1-lite-text-to-video", input: {"prompt":"Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-lite-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-text-to-video"> = {"model":"bytedance/v1-lite-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":91466377,"enable_safety_checker":true,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-lite-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/v1-lite-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"bytedance/v1-lite-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-text-to-video"> = {
      model: "bytedance/v1-lite-text-to-video",
      input: {
        ...{"prompt":"Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":91466377,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of bytedance/v1-lite-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-text-to-video"> = {
      model: "bytedance/v1-lite-text-to-video",
      input: {
        ...{"prompt":"Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":91466377,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-lite-text-to-video"> = {
      model: "bytedance/v1-lite-text-to-video",
      input: {
        ...{"prompt":"Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":91466377,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "16:9", "4:3", "1:1", "3:4", "9:16", "9:21"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-lite-text-to-video">();
  });
});

describe("bytedance/v1-pro-fast-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-fast-image-to-video"> = { model: "bytedance/v1-pro-fast-image-to-video", input: {"prompt":"A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-fast-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-fast-image-to-video"> = {"model":"bytedance/v1-pro-fast-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp","resolution":"720p","duration":"5","nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-fast-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/v1-pro-fast-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"bytedance/v1-pro-fast-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-fast-image-to-video"> = {
      model: "bytedance/v1-pro-fast-image-to-video",
      input: {
        ...{"prompt":"A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp","resolution":"720p","duration":"5","nsfw_checker":true},
        // @ts-expect-error files_url is not a field of bytedance/v1-pro-fast-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-fast-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-fast-image-to-video"> = {
      model: "bytedance/v1-pro-fast-image-to-video",
      input: {
        ...{"prompt":"A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp","resolution":"720p","duration":"5","nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-fast-image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-fast-image-to-video"> = {
      model: "bytedance/v1-pro-fast-image-to-video",
      input: {
        ...{"prompt":"A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp","resolution":"720p","duration":"5","nsfw_checker":true},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-fast-image-to-video">();
  });
});

describe("bytedance/v1-pro-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-image-to-video"> = { model: "bytedance/v1-pro-image-to-video", input: {"prompt":"A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-image-to-video"> = {"model":"bytedance/v1-pro-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/v1-pro-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"bytedance/v1-pro-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-image-to-video"> = {
      model: "bytedance/v1-pro-image-to-video",
      input: {
        ...{"prompt":"A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":true},
        // @ts-expect-error files_url is not a field of bytedance/v1-pro-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-image-to-video"> = {
      model: "bytedance/v1-pro-image-to-video",
      input: {
        ...{"prompt":"A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-image-to-video"> = {
      model: "bytedance/v1-pro-image-to-video",
      input: {
        ...{"prompt":"A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":true},
        // @ts-expect-error resolution must be one of "480p", "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-image-to-video">();
  });
});

describe("bytedance/v1-pro-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-text-to-video"> = { model: "bytedance/v1-pro-text-to-video", input: {"prompt":"A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-text-to-video"> = {"model":"bytedance/v1-pro-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["bytedance/v1-pro-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "bytedance/v1-pro-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"bytedance/v1-pro-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-text-to-video"> = {
      model: "bytedance/v1-pro-text-to-video",
      input: {
        ...{"prompt":"A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of bytedance/v1-pro-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-text-to-video"> = {
      model: "bytedance/v1-pro-text-to-video",
      input: {
        ...{"prompt":"A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"bytedance/v1-pro-text-to-video"> = {
      model: "bytedance/v1-pro-text-to-video",
      input: {
        ...{"prompt":"A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.\n[Cut to] He slows down and looks toward a field of tall grass.\n[Wide shot] His silhouette halts in the orange haze.","aspect_ratio":"16:9","resolution":"720p","duration":"5","camera_fixed":false,"seed":-1,"enable_safety_checker":true,"nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"bytedance/v1-pro-text-to-video">();
  });
});

describe("elevenlabs/audio-isolation", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"elevenlabs/audio-isolation"> = { model: "elevenlabs/audio-isolation", input: {"audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/audio-isolation"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"elevenlabs/audio-isolation"> = {"model":"elevenlabs/audio-isolation","callBackUrl":"https://your-domain.com/api/callback","input":{"audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/audio-isolation"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "elevenlabs/audio-isolation" }>().toEqualTypeOf<CreateTaskBody<"elevenlabs/audio-isolation">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/audio-isolation"> = {
      model: "elevenlabs/audio-isolation",
      input: {
        ...{"audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3"},
        // @ts-expect-error prompt is not a field of elevenlabs/audio-isolation
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/audio-isolation">();
  });

  test("a wrong type for audio_url is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/audio-isolation"> = {
      model: "elevenlabs/audio-isolation",
      input: {
        ...{"audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3"},
        // @ts-expect-error audio_url must be string
        audio_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/audio-isolation">();
  });
});

describe("elevenlabs/text-to-dialogue-v3", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-dialogue-v3"> = { model: "elevenlabs/text-to-dialogue-v3", input: {"dialogue":[{"text":"I have a pen, I have an apple, ah, Apple pen~","voice":"EkK5I93UQWFDigLMpZcX"},{"text":"a happy dog","voice":"Z3R5wn05IrDiVCyEkUrK"},{"text":"a happy cat","voice":"NNl6r8mD7vthiJatiJt1"}]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-dialogue-v3"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-dialogue-v3"> = {"model":"elevenlabs/text-to-dialogue-v3","callBackUrl":"https://your-domain.com/api/callback","input":{"dialogue":[{"text":"I have a pen, I have an apple, ah, Apple pen~","voice":"EkK5I93UQWFDigLMpZcX"},{"text":"a happy dog","voice":"Z3R5wn05IrDiVCyEkUrK"},{"text":"a happy cat","voice":"NNl6r8mD7vthiJatiJt1"}],"stability":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-dialogue-v3"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "elevenlabs/text-to-dialogue-v3" }>().toEqualTypeOf<CreateTaskBody<"elevenlabs/text-to-dialogue-v3">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-dialogue-v3"> = {
      model: "elevenlabs/text-to-dialogue-v3",
      input: {
        ...{"dialogue":[{"text":"I have a pen, I have an apple, ah, Apple pen~","voice":"EkK5I93UQWFDigLMpZcX"},{"text":"a happy dog","voice":"Z3R5wn05IrDiVCyEkUrK"},{"text":"a happy cat","voice":"NNl6r8mD7vthiJatiJt1"}],"stability":0.5},
        // @ts-expect-error prompt is not a field of elevenlabs/text-to-dialogue-v3
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-dialogue-v3">();
  });

  test("a wrong type for dialogue is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-dialogue-v3"> = {
      model: "elevenlabs/text-to-dialogue-v3",
      input: {
        ...{"dialogue":[{"text":"I have a pen, I have an apple, ah, Apple pen~","voice":"EkK5I93UQWFDigLMpZcX"},{"text":"a happy dog","voice":"Z3R5wn05IrDiVCyEkUrK"},{"text":"a happy cat","voice":"NNl6r8mD7vthiJatiJt1"}],"stability":0.5},
        // @ts-expect-error dialogue must be array
        dialogue: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-dialogue-v3">();
  });

  test("a value outside the stability enum is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-dialogue-v3"> = {
      model: "elevenlabs/text-to-dialogue-v3",
      input: {
        ...{"dialogue":[{"text":"I have a pen, I have an apple, ah, Apple pen~","voice":"EkK5I93UQWFDigLMpZcX"},{"text":"a happy dog","voice":"Z3R5wn05IrDiVCyEkUrK"},{"text":"a happy cat","voice":"NNl6r8mD7vthiJatiJt1"}],"stability":0.5},
        // @ts-expect-error stability must be one of 0, 0.5, 1
        stability: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-dialogue-v3">();
  });
});

describe("elevenlabs/text-to-speech-multilingual-v2", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-multilingual-v2"> = { model: "elevenlabs/text-to-speech-multilingual-v2", input: {"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-speech-multilingual-v2"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-multilingual-v2"> = {"model":"elevenlabs/text-to-speech-multilingual-v2","callBackUrl":"https://your-domain.com/api/callback","input":{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-speech-multilingual-v2"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "elevenlabs/text-to-speech-multilingual-v2" }>().toEqualTypeOf<CreateTaskBody<"elevenlabs/text-to-speech-multilingual-v2">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-multilingual-v2"> = {
      model: "elevenlabs/text-to-speech-multilingual-v2",
      input: {
        ...{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""},
        // @ts-expect-error prompt is not a field of elevenlabs/text-to-speech-multilingual-v2
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-speech-multilingual-v2">();
  });

  test("a wrong type for text is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-multilingual-v2"> = {
      model: "elevenlabs/text-to-speech-multilingual-v2",
      input: {
        ...{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""},
        // @ts-expect-error text must be string
        text: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-speech-multilingual-v2">();
  });
});

describe("elevenlabs/text-to-speech-turbo-2-5", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-turbo-2-5"> = { model: "elevenlabs/text-to-speech-turbo-2-5", input: {"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-speech-turbo-2-5"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-turbo-2-5"> = {"model":"elevenlabs/text-to-speech-turbo-2-5","callBackUrl":"https://your-domain.com/api/callback","input":{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["elevenlabs/text-to-speech-turbo-2-5"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "elevenlabs/text-to-speech-turbo-2-5" }>().toEqualTypeOf<CreateTaskBody<"elevenlabs/text-to-speech-turbo-2-5">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-turbo-2-5"> = {
      model: "elevenlabs/text-to-speech-turbo-2-5",
      input: {
        ...{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""},
        // @ts-expect-error prompt is not a field of elevenlabs/text-to-speech-turbo-2-5
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-speech-turbo-2-5">();
  });

  test("a wrong type for text is a compile error", () => {
    const body: CreateTaskBody<"elevenlabs/text-to-speech-turbo-2-5"> = {
      model: "elevenlabs/text-to-speech-turbo-2-5",
      input: {
        ...{"text":"Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.","voice":"Rachel","stability":0.5,"similarity_boost":0.75,"style":0,"speed":1,"timestamps":false,"previous_text":"","next_text":"","language_code":""},
        // @ts-expect-error text must be string
        text: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"elevenlabs/text-to-speech-turbo-2-5">();
  });
});

describe("flux-2/flex-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"flux-2/flex-image-to-image"> = { model: "flux-2/flex-image-to-image", input: {"input_urls":["https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png","https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"],"prompt":"Replace the can in image 2 with the can from image 1","aspect_ratio":"1:1","resolution":"1K"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/flex-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"flux-2/flex-image-to-image"> = {"model":"flux-2/flex-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png","https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"],"prompt":"Replace the can in image 2 with the can from image 1","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/flex-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "flux-2/flex-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"flux-2/flex-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-image-to-image"> = {
      model: "flux-2/flex-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png","https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"],"prompt":"Replace the can in image 2 with the can from image 1","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of flux-2/flex-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-image-to-image">();
  });

  test("a wrong type for input_urls is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-image-to-image"> = {
      model: "flux-2/flex-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png","https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"],"prompt":"Replace the can in image 2 with the can from image 1","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error input_urls must be array
        input_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-image-to-image"> = {
      model: "flux-2/flex-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png","https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"],"prompt":"Replace the can in image 2 with the can from image 1","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-image-to-image">();
  });
});

describe("flux-2/flex-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"flux-2/flex-text-to-image"> = { model: "flux-2/flex-text-to-image", input: {"prompt":"A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting","aspect_ratio":"1:1","resolution":"1K"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/flex-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"flux-2/flex-text-to-image"> = {"model":"flux-2/flex-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/flex-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "flux-2/flex-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"flux-2/flex-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-text-to-image"> = {
      model: "flux-2/flex-text-to-image",
      input: {
        ...{"prompt":"A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of flux-2/flex-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-text-to-image"> = {
      model: "flux-2/flex-text-to-image",
      input: {
        ...{"prompt":"A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"flux-2/flex-text-to-image"> = {
      model: "flux-2/flex-text-to-image",
      input: {
        ...{"prompt":"A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/flex-text-to-image">();
  });
});

describe("flux-2/pro-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"flux-2/pro-image-to-image"> = { model: "flux-2/pro-image-to-image", input: {"input_urls":["https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png","https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"],"prompt":"The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo","aspect_ratio":"1:1","resolution":"1K"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/pro-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"flux-2/pro-image-to-image"> = {"model":"flux-2/pro-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png","https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"],"prompt":"The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/pro-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "flux-2/pro-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"flux-2/pro-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-image-to-image"> = {
      model: "flux-2/pro-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png","https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"],"prompt":"The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of flux-2/pro-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-image-to-image">();
  });

  test("a wrong type for input_urls is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-image-to-image"> = {
      model: "flux-2/pro-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png","https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"],"prompt":"The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error input_urls must be array
        input_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-image-to-image"> = {
      model: "flux-2/pro-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png","https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"],"prompt":"The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-image-to-image">();
  });
});

describe("flux-2/pro-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"flux-2/pro-text-to-image"> = { model: "flux-2/pro-text-to-image", input: {"prompt":"Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.","aspect_ratio":"1:1","resolution":"1K"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/pro-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"flux-2/pro-text-to-image"> = {"model":"flux-2/pro-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux-2/pro-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "flux-2/pro-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"flux-2/pro-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-text-to-image"> = {
      model: "flux-2/pro-text-to-image",
      input: {
        ...{"prompt":"Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of flux-2/pro-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-text-to-image"> = {
      model: "flux-2/pro-text-to-image",
      input: {
        ...{"prompt":"Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"flux-2/pro-text-to-image"> = {
      model: "flux-2/pro-text-to-image",
      input: {
        ...{"prompt":"Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling \"FLUX.2\" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text \"GENERATE NOW\" and \"PLAYGROUND\". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.","aspect_ratio":"1:1","resolution":"1K","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux-2/pro-text-to-image">();
  });
});

describe("flux1-kontext", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"flux1-kontext"> = { model: "flux1-kontext", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux1-kontext"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"flux1-kontext"> = {"model":"flux1-kontext","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["flux1-kontext"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "flux1-kontext" }>().toEqualTypeOf<CreateTaskBody<"flux1-kontext">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"flux1-kontext"> = {
      model: "flux1-kontext",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of flux1-kontext
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux1-kontext">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"flux1-kontext"> = {
      model: "flux1-kontext",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux1-kontext">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"flux1-kontext"> = {
      model: "flux1-kontext",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error aspect_ratio must be one of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"flux1-kontext">();
  });
});

describe("gemini-omni-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gemini-omni-video"> = { model: "gemini-omni-video", input: {"prompt":"Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.","duration":"4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gemini-omni-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gemini-omni-video"> = {"model":"gemini-omni-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.","image_urls":["https://example.com/assets/scene-1.png","https://example.com/assets/scene-2.png"],"audio_ids":["audio_01hx8p0demo"],"video_list":[{"url":"https://example.com/assets/source-video.mp4","start":0,"ends":10}],"duration":"4"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gemini-omni-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gemini-omni-video" }>().toEqualTypeOf<CreateTaskBody<"gemini-omni-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gemini-omni-video"> = {
      model: "gemini-omni-video",
      input: {
        ...{"prompt":"Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.","image_urls":["https://example.com/assets/scene-1.png","https://example.com/assets/scene-2.png"],"audio_ids":["audio_01hx8p0demo"],"video_list":[{"url":"https://example.com/assets/source-video.mp4","start":0,"ends":10}],"duration":"4"},
        // @ts-expect-error files_url is not a field of gemini-omni-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gemini-omni-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gemini-omni-video"> = {
      model: "gemini-omni-video",
      input: {
        ...{"prompt":"Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.","image_urls":["https://example.com/assets/scene-1.png","https://example.com/assets/scene-2.png"],"audio_ids":["audio_01hx8p0demo"],"video_list":[{"url":"https://example.com/assets/source-video.mp4","start":0,"ends":10}],"duration":"4"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gemini-omni-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"gemini-omni-video"> = {
      model: "gemini-omni-video",
      input: {
        ...{"prompt":"Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.","image_urls":["https://example.com/assets/scene-1.png","https://example.com/assets/scene-2.png"],"audio_ids":["audio_01hx8p0demo"],"video_list":[{"url":"https://example.com/assets/source-video.mp4","start":0,"ends":10}],"duration":"4"},
        // @ts-expect-error duration must be one of "4", "6", "8", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gemini-omni-video">();
  });
});

describe("google/gemini-2-5-pro-tts", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/gemini-2-5-pro-tts"> = { model: "google/gemini-2-5-pro-tts", input: {"speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-2-5-pro-tts"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/gemini-2-5-pro-tts"> = {"model":"google/gemini-2-5-pro-tts","callBackUrl":"https://your-domain.com/api/callback","input":{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-2-5-pro-tts"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/gemini-2-5-pro-tts" }>().toEqualTypeOf<CreateTaskBody<"google/gemini-2-5-pro-tts">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-2-5-pro-tts"> = {
      model: "google/gemini-2-5-pro-tts",
      input: {
        ...{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]},
        // @ts-expect-error prompt is not a field of google/gemini-2-5-pro-tts
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-2-5-pro-tts">();
  });

  test("a wrong type for temperature is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-2-5-pro-tts"> = {
      model: "google/gemini-2-5-pro-tts",
      input: {
        ...{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]},
        // @ts-expect-error temperature must be number
        temperature: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-2-5-pro-tts">();
  });
});

describe("google/gemini-3-1-flash-tts", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/gemini-3-1-flash-tts"> = { model: "google/gemini-3-1-flash-tts", input: {"speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-1-flash-tts"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/gemini-3-1-flash-tts"> = {"model":"google/gemini-3-1-flash-tts","callBackUrl":"https://your-domain.com/api/callback","input":{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-1-flash-tts"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/gemini-3-1-flash-tts" }>().toEqualTypeOf<CreateTaskBody<"google/gemini-3-1-flash-tts">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-1-flash-tts"> = {
      model: "google/gemini-3-1-flash-tts",
      input: {
        ...{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]},
        // @ts-expect-error prompt is not a field of google/gemini-3-1-flash-tts
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-1-flash-tts">();
  });

  test("a wrong type for temperature is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-1-flash-tts"> = {
      model: "google/gemini-3-1-flash-tts",
      input: {
        ...{"temperature":1,"scene":"A dark, crumbling dungeon...","sample_context":"Fantasy RPG style...","speakers":[{"speaker_id":"Speaker 1","voice_name":"Fenrir","audio_profile":"A stern and weary gatekeeper","accent":"British (RP)","style":"Deadpan","pace":"Natural"},{"speaker_id":"Speaker 2","voice_name":"Puck","audio_profile":"A determined and courageous traveler seeking answers.","accent":"American (Gen)","style":"Empathetic","pace":"Staccato"}],"dialogue_turns":[{"speaker_id":"Speaker 1","text":"[shouting] Halt, traveler! The northern pass is sealed by order of the council."},{"speaker_id":"Speaker 2","text":"[determination] I carry a message for the elder. Step aside, or I will force my way through."},{"speaker_id":"Speaker 1","text":"[caution] No one passes. [pensive] The elder is... he's no longer receiving visitors."},{"speaker_id":"Speaker 2","text":"It's too late. [whispers] The shadow... it reached him first. [urgency] You need to leave. [shouting] Now."}]},
        // @ts-expect-error temperature must be number
        temperature: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-1-flash-tts">();
  });
});

describe("google/gemini-3-8-flash-lite-tts", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-lite-tts"> = { model: "google/gemini-3-8-flash-lite-tts", input: {"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-8-flash-lite-tts"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-lite-tts"> = {"model":"google/gemini-3-8-flash-lite-tts","callBackUrl":"https://your-domain.com/api/callback","input":{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-8-flash-lite-tts"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/gemini-3-8-flash-lite-tts" }>().toEqualTypeOf<CreateTaskBody<"google/gemini-3-8-flash-lite-tts">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-lite-tts"> = {
      model: "google/gemini-3-8-flash-lite-tts",
      input: {
        ...{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]},
        // @ts-expect-error prompt is not a field of google/gemini-3-8-flash-lite-tts
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-8-flash-lite-tts">();
  });

  test("a wrong type for temperature is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-lite-tts"> = {
      model: "google/gemini-3-8-flash-lite-tts",
      input: {
        ...{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]},
        // @ts-expect-error temperature must be number
        temperature: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-8-flash-lite-tts">();
  });
});

describe("google/gemini-3-8-flash-tts", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-tts"> = { model: "google/gemini-3-8-flash-tts", input: {"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-8-flash-tts"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-tts"> = {"model":"google/gemini-3-8-flash-tts","callBackUrl":"https://your-domain.com/api/callback","input":{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-3-8-flash-tts"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/gemini-3-8-flash-tts" }>().toEqualTypeOf<CreateTaskBody<"google/gemini-3-8-flash-tts">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-tts"> = {
      model: "google/gemini-3-8-flash-tts",
      input: {
        ...{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]},
        // @ts-expect-error prompt is not a field of google/gemini-3-8-flash-tts
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-8-flash-tts">();
  });

  test("a wrong type for temperature is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-3-8-flash-tts"> = {
      model: "google/gemini-3-8-flash-tts",
      input: {
        ...{"speakers":[{"speaker_id":"example speaker_id","voice_name":"Achernar","accent":"Neutral"}],"dialogue_turns":[{"speaker_id":"example speaker_id","text":"example text"}]},
        // @ts-expect-error temperature must be number
        temperature: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-3-8-flash-tts">();
  });
});

describe("google/gemini-omni-flash-1-1", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/gemini-omni-flash-1-1"> = { model: "google/gemini-omni-flash-1-1", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","duration":"4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-omni-flash-1-1"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/gemini-omni-flash-1-1"> = {"model":"google/gemini-omni-flash-1-1","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":"4"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/gemini-omni-flash-1-1"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/gemini-omni-flash-1-1" }>().toEqualTypeOf<CreateTaskBody<"google/gemini-omni-flash-1-1">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-omni-flash-1-1"> = {
      model: "google/gemini-omni-flash-1-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":"4"},
        // @ts-expect-error files_url is not a field of google/gemini-omni-flash-1-1
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-omni-flash-1-1">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-omni-flash-1-1"> = {
      model: "google/gemini-omni-flash-1-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":"4"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-omni-flash-1-1">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"google/gemini-omni-flash-1-1"> = {
      model: "google/gemini-omni-flash-1-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":"4"},
        // @ts-expect-error duration must be one of "4", "6", "8", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/gemini-omni-flash-1-1">();
  });
});

describe("google/imagen4", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/imagen4"> = { model: "google/imagen4", input: {"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/imagen4"> = {"model":"google/imagen4","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/imagen4" }>().toEqualTypeOf<CreateTaskBody<"google/imagen4">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4"> = {
      model: "google/imagen4",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error files_url is not a field of google/imagen4
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4"> = {
      model: "google/imagen4",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4"> = {
      model: "google/imagen4",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "9:16", "3:4", "4:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4">();
  });
});

describe("google/imagen4-fast", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/imagen4-fast"> = { model: "google/imagen4-fast", input: {"prompt":"Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4-fast"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/imagen4-fast"> = {"model":"google/imagen4-fast","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.","negative_prompt":"","aspect_ratio":"16:9"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4-fast"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/imagen4-fast" }>().toEqualTypeOf<CreateTaskBody<"google/imagen4-fast">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-fast"> = {
      model: "google/imagen4-fast",
      input: {
        ...{"prompt":"Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.","negative_prompt":"","aspect_ratio":"16:9"},
        // @ts-expect-error files_url is not a field of google/imagen4-fast
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-fast">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-fast"> = {
      model: "google/imagen4-fast",
      input: {
        ...{"prompt":"Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.","negative_prompt":"","aspect_ratio":"16:9"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-fast">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-fast"> = {
      model: "google/imagen4-fast",
      input: {
        ...{"prompt":"Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.","negative_prompt":"","aspect_ratio":"16:9"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "9:16", "3:4", "4:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-fast">();
  });
});

describe("google/imagen4-ultra", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/imagen4-ultra"> = { model: "google/imagen4-ultra", input: {"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4-ultra"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/imagen4-ultra"> = {"model":"google/imagen4-ultra","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/imagen4-ultra"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/imagen4-ultra" }>().toEqualTypeOf<CreateTaskBody<"google/imagen4-ultra">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-ultra"> = {
      model: "google/imagen4-ultra",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error files_url is not a field of google/imagen4-ultra
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-ultra">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-ultra"> = {
      model: "google/imagen4-ultra",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-ultra">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"google/imagen4-ultra"> = {
      model: "google/imagen4-ultra",
      input: {
        ...{"prompt":"A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.","negative_prompt":"","aspect_ratio":"1:1","seed":""},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "9:16", "3:4", "4:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/imagen4-ultra">();
  });
});

describe("google/nano-banana", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/nano-banana"> = { model: "google/nano-banana", input: {"prompt":"A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/nano-banana"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/nano-banana"> = {"model":"google/nano-banana","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art","output_format":"png","aspect_ratio":"1:1"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/nano-banana"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/nano-banana" }>().toEqualTypeOf<CreateTaskBody<"google/nano-banana">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana"> = {
      model: "google/nano-banana",
      input: {
        ...{"prompt":"A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art","output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error files_url is not a field of google/nano-banana
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana"> = {
      model: "google/nano-banana",
      input: {
        ...{"prompt":"A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art","output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana">();
  });

  test("a value outside the output_format enum is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana"> = {
      model: "google/nano-banana",
      input: {
        ...{"prompt":"A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art","output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error output_format must be one of "png", "jpeg"
        output_format: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana">();
  });
});

describe("google/nano-banana-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"google/nano-banana-edit"> = { model: "google/nano-banana-edit", input: {"prompt":"turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/nano-banana-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"google/nano-banana-edit"> = {"model":"google/nano-banana-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"output_format":"png","aspect_ratio":"1:1"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["google/nano-banana-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "google/nano-banana-edit" }>().toEqualTypeOf<CreateTaskBody<"google/nano-banana-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana-edit"> = {
      model: "google/nano-banana-edit",
      input: {
        ...{"prompt":"turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error files_url is not a field of google/nano-banana-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana-edit"> = {
      model: "google/nano-banana-edit",
      input: {
        ...{"prompt":"turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana-edit">();
  });

  test("a value outside the output_format enum is a compile error", () => {
    const body: CreateTaskBody<"google/nano-banana-edit"> = {
      model: "google/nano-banana-edit",
      input: {
        ...{"prompt":"turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible","image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"output_format":"png","aspect_ratio":"1:1"},
        // @ts-expect-error output_format must be one of "png", "jpeg"
        output_format: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"google/nano-banana-edit">();
  });
});

describe("gpt-image-2-5-flare-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-image-to-image"> = { model: "gpt-image-2-5-flare-image-to-image", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-flare-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-image-to-image"> = {"model":"gpt-image-2-5-flare-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-flare-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-5-flare-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-5-flare-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-image-to-image"> = {
      model: "gpt-image-2-5-flare-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error files_url is not a field of gpt-image-2-5-flare-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-image-to-image"> = {
      model: "gpt-image-2-5-flare-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-image-to-image"> = {
      model: "gpt-image-2-5-flare-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9", "27:16", "16:27", "9:8", "8:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-image-to-image">();
  });
});

describe("gpt-image-2-5-flare-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-text-to-image"> = { model: "gpt-image-2-5-flare-text-to-image", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-flare-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-text-to-image"> = {"model":"gpt-image-2-5-flare-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-flare-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-5-flare-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-5-flare-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-text-to-image"> = {
      model: "gpt-image-2-5-flare-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of gpt-image-2-5-flare-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-text-to-image"> = {
      model: "gpt-image-2-5-flare-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-flare-text-to-image"> = {
      model: "gpt-image-2-5-flare-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9", "27:16", "16:27", "9:8", "8:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-flare-text-to-image">();
  });
});

describe("gpt-image-2-5-sunburst-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image"> = { model: "gpt-image-2-5-sunburst-image-to-image", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-sunburst-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image"> = {"model":"gpt-image-2-5-sunburst-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-sunburst-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-5-sunburst-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image"> = {
      model: "gpt-image-2-5-sunburst-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error files_url is not a field of gpt-image-2-5-sunburst-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image"> = {
      model: "gpt-image-2-5-sunburst-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-image-to-image"> = {
      model: "gpt-image-2-5-sunburst-image-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","input_urls":["https://example.com/input.png"]},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9", "27:16", "16:27", "9:8", "8:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-image-to-image">();
  });
});

describe("gpt-image-2-5-sunburst-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image"> = { model: "gpt-image-2-5-sunburst-text-to-image", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-sunburst-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image"> = {"model":"gpt-image-2-5-sunburst-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-5-sunburst-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-5-sunburst-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image"> = {
      model: "gpt-image-2-5-sunburst-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of gpt-image-2-5-sunburst-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image"> = {
      model: "gpt-image-2-5-sunburst-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-5-sunburst-text-to-image"> = {
      model: "gpt-image-2-5-sunburst-text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9", "27:16", "16:27", "9:8", "8:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-5-sunburst-text-to-image">();
  });
});

describe("gpt-image-2-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-image-to-image"> = { model: "gpt-image-2-image-to-image", input: {"prompt":"take a photo with Sam Altman in the conference room","input_urls":["https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-image-to-image"> = {"model":"gpt-image-2-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"take a photo with Sam Altman in the conference room","input_urls":["https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"],"aspect_ratio":"auto"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-image-to-image"> = {
      model: "gpt-image-2-image-to-image",
      input: {
        ...{"prompt":"take a photo with Sam Altman in the conference room","input_urls":["https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"],"aspect_ratio":"auto"},
        // @ts-expect-error files_url is not a field of gpt-image-2-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-image-to-image"> = {
      model: "gpt-image-2-image-to-image",
      input: {
        ...{"prompt":"take a photo with Sam Altman in the conference room","input_urls":["https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"],"aspect_ratio":"auto"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-image-to-image"> = {
      model: "gpt-image-2-image-to-image",
      input: {
        ...{"prompt":"take a photo with Sam Altman in the conference room","input_urls":["https://static.aiquickdraw.com/tools/example/1776782793756_wrogXTdd.png"],"aspect_ratio":"auto"},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "16:9", "9:16", "2:1", "1:2", "3:1", "1:3", "21:9", "9:21"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-image-to-image">();
  });
});

describe("gpt-image-2-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image-2-text-to-image"> = { model: "gpt-image-2-text-to-image", input: {"prompt":"A cinematic night city poster with neon reflections on a rainy street."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image-2-text-to-image"> = {"model":"gpt-image-2-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic night city poster with neon reflections on a rainy street.","aspect_ratio":"auto"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image-2-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image-2-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image-2-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-text-to-image"> = {
      model: "gpt-image-2-text-to-image",
      input: {
        ...{"prompt":"A cinematic night city poster with neon reflections on a rainy street.","aspect_ratio":"auto"},
        // @ts-expect-error files_url is not a field of gpt-image-2-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-text-to-image"> = {
      model: "gpt-image-2-text-to-image",
      input: {
        ...{"prompt":"A cinematic night city poster with neon reflections on a rainy street.","aspect_ratio":"auto"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image-2-text-to-image"> = {
      model: "gpt-image-2-text-to-image",
      input: {
        ...{"prompt":"A cinematic night city poster with neon reflections on a rainy street.","aspect_ratio":"auto"},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "16:9", "9:16", "2:1", "1:2", "3:1", "1:3", "21:9", "9:21"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image-2-text-to-image">();
  });
});

describe("gpt-image/1.5-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image/1.5-image-to-image"> = { model: "gpt-image/1.5-image-to-image", input: {"input_urls":["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],"prompt":"Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.","aspect_ratio":"3:2","quality":"medium"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image/1.5-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image/1.5-image-to-image"> = {"model":"gpt-image/1.5-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"input_urls":["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],"prompt":"Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.","aspect_ratio":"3:2","quality":"medium"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image/1.5-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image/1.5-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image/1.5-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-image-to-image"> = {
      model: "gpt-image/1.5-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],"prompt":"Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.","aspect_ratio":"3:2","quality":"medium"},
        // @ts-expect-error files_url is not a field of gpt-image/1.5-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-image-to-image">();
  });

  test("a wrong type for input_urls is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-image-to-image"> = {
      model: "gpt-image/1.5-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],"prompt":"Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.","aspect_ratio":"3:2","quality":"medium"},
        // @ts-expect-error input_urls must be array
        input_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-image-to-image"> = {
      model: "gpt-image/1.5-image-to-image",
      input: {
        ...{"input_urls":["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],"prompt":"Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.","aspect_ratio":"3:2","quality":"medium"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-image-to-image">();
  });
});

describe("gpt-image/1.5-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"gpt-image/1.5-text-to-image"> = { model: "gpt-image/1.5-text-to-image", input: {"prompt":"Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ","aspect_ratio":"1:1","quality":"medium"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image/1.5-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"gpt-image/1.5-text-to-image"> = {"model":"gpt-image/1.5-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ","aspect_ratio":"1:1","quality":"medium"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["gpt-image/1.5-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "gpt-image/1.5-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"gpt-image/1.5-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-text-to-image"> = {
      model: "gpt-image/1.5-text-to-image",
      input: {
        ...{"prompt":"Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ","aspect_ratio":"1:1","quality":"medium"},
        // @ts-expect-error files_url is not a field of gpt-image/1.5-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-text-to-image"> = {
      model: "gpt-image/1.5-text-to-image",
      input: {
        ...{"prompt":"Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ","aspect_ratio":"1:1","quality":"medium"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"gpt-image/1.5-text-to-image"> = {
      model: "gpt-image/1.5-text-to-image",
      input: {
        ...{"prompt":"Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ","aspect_ratio":"1:1","quality":"medium"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"gpt-image/1.5-text-to-image">();
  });
});

describe("grok-imagine-image-2-0/image-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/image-edit"> = { model: "grok-imagine-image-2-0/image-edit", input: {"aspect_ratio":"1:1","image_urls":["https://example.com/image.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/image-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/image-edit"> = {"model":"grok-imagine-image-2-0/image-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"aspect_ratio":"1:1","image_urls":["https://example.com/image.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/image-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine-image-2-0/image-edit" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine-image-2-0/image-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/image-edit"> = {
      model: "grok-imagine-image-2-0/image-edit",
      input: {
        ...{"aspect_ratio":"1:1","image_urls":["https://example.com/image.png"]},
        // @ts-expect-error files_url is not a field of grok-imagine-image-2-0/image-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/image-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/image-edit"> = {
      model: "grok-imagine-image-2-0/image-edit",
      input: {
        ...{"aspect_ratio":"1:1","image_urls":["https://example.com/image.png"]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/image-edit">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/image-edit"> = {
      model: "grok-imagine-image-2-0/image-edit",
      input: {
        ...{"aspect_ratio":"1:1","image_urls":["https://example.com/image.png"]},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2", "16:9", "9:16", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/image-edit">();
  });
});

describe("grok-imagine-image-2-0/segment-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-edit"> = { model: "grok-imagine-image-2-0/segment-edit", input: {"prompt":"Change the background to a sunset beach while preserving the subject.","task_id":"task_grok_imagine_1234567890"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/segment-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-edit"> = {"model":"grok-imagine-image-2-0/segment-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Change the background to a sunset beach while preserving the subject.","task_id":"task_grok_imagine_1234567890","mask_indexs":[1,2]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/segment-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine-image-2-0/segment-edit" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine-image-2-0/segment-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-edit"> = {
      model: "grok-imagine-image-2-0/segment-edit",
      input: {
        ...{"prompt":"Change the background to a sunset beach while preserving the subject.","task_id":"task_grok_imagine_1234567890","mask_indexs":[1,2]},
        // @ts-expect-error files_url is not a field of grok-imagine-image-2-0/segment-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/segment-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-edit"> = {
      model: "grok-imagine-image-2-0/segment-edit",
      input: {
        ...{"prompt":"Change the background to a sunset beach while preserving the subject.","task_id":"task_grok_imagine_1234567890","mask_indexs":[1,2]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/segment-edit">();
  });
});

describe("grok-imagine-image-2-0/segment-map", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-map"> = {"model":"grok-imagine-image-2-0/segment-map","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"task_grok_imagine_1765180586443"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/segment-map"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine-image-2-0/segment-map" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine-image-2-0/segment-map">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/segment-map"> = {
      model: "grok-imagine-image-2-0/segment-map",
      input: {
        ...{"task_id":"task_grok_imagine_1765180586443"},
        // @ts-expect-error prompt is not a field of grok-imagine-image-2-0/segment-map
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/segment-map">();
  });
});

describe("grok-imagine-image-2-0/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/text-to-image"> = { model: "grok-imagine-image-2-0/text-to-image", input: {"prompt":"","aspect_ratio":"1:1"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/text-to-image"> = {"model":"grok-imagine-image-2-0/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","aspect_ratio":"1:1"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-image-2-0/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine-image-2-0/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine-image-2-0/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/text-to-image"> = {
      model: "grok-imagine-image-2-0/text-to-image",
      input: {
        ...{"prompt":"","aspect_ratio":"1:1"},
        // @ts-expect-error files_url is not a field of grok-imagine-image-2-0/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/text-to-image"> = {
      model: "grok-imagine-image-2-0/text-to-image",
      input: {
        ...{"prompt":"","aspect_ratio":"1:1"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-image-2-0/text-to-image"> = {
      model: "grok-imagine-image-2-0/text-to-image",
      input: {
        ...{"prompt":"","aspect_ratio":"1:1"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2", "16:9", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-image-2-0/text-to-image">();
  });
});

describe("grok-imagine-video-1-5-preview", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine-video-1-5-preview"> = { model: "grok-imagine-video-1-5-preview", input: {} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-video-1-5-preview"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine-video-1-5-preview"> = {"model":"grok-imagine-video-1-5-preview","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Describe the scene you want to generate.","image_urls":["https://your-domain.com/image/example.png"],"aspect_ratio":"16:9","resolution":"480p","duration":8}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine-video-1-5-preview"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine-video-1-5-preview" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine-video-1-5-preview">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-video-1-5-preview"> = {
      model: "grok-imagine-video-1-5-preview",
      input: {
        ...{"prompt":"Describe the scene you want to generate.","image_urls":["https://your-domain.com/image/example.png"],"aspect_ratio":"16:9","resolution":"480p","duration":8},
        // @ts-expect-error files_url is not a field of grok-imagine-video-1-5-preview
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-video-1-5-preview">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-video-1-5-preview"> = {
      model: "grok-imagine-video-1-5-preview",
      input: {
        ...{"prompt":"Describe the scene you want to generate.","image_urls":["https://your-domain.com/image/example.png"],"aspect_ratio":"16:9","resolution":"480p","duration":8},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-video-1-5-preview">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine-video-1-5-preview"> = {
      model: "grok-imagine-video-1-5-preview",
      input: {
        ...{"prompt":"Describe the scene you want to generate.","image_urls":["https://your-domain.com/image/example.png"],"aspect_ratio":"16:9","resolution":"480p","duration":8},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "9:16", "3:2", "2:3", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine-video-1-5-preview">();
  });
});

describe("grok-imagine/extend", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/extend"> = { model: "grok-imagine/extend", input: {"task_id":"task_grok_12345678","prompt":"","extend_at":2,"extend_times":6} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/extend"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/extend"> = {"model":"grok-imagine/extend","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"task_grok_12345678","prompt":"","extend_at":2,"extend_times":6}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/extend"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/extend" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/extend">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/extend"> = {
      model: "grok-imagine/extend",
      input: {
        ...{"task_id":"task_grok_12345678","prompt":"","extend_at":2,"extend_times":6},
        // @ts-expect-error files_url is not a field of grok-imagine/extend
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/extend">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/extend"> = {
      model: "grok-imagine/extend",
      input: {
        ...{"task_id":"task_grok_12345678","prompt":"","extend_at":2,"extend_times":6},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/extend">();
  });
});

describe("grok-imagine/image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-image"> = { model: "grok-imagine/image-to-image", input: {"image_urls":["https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-image"> = {"model":"grok-imagine/image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.","image_urls":["https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/image-to-image" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-image"> = {
      model: "grok-imagine/image-to-image",
      input: {
        ...{"prompt":"Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.","image_urls":["https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"]},
        // @ts-expect-error files_url is not a field of grok-imagine/image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-image"> = {
      model: "grok-imagine/image-to-image",
      input: {
        ...{"prompt":"Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.","image_urls":["https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/image-to-image">();
  });
});

describe("grok-imagine/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-video"> = { model: "grok-imagine/image-to-video", input: {} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-video"> = {"model":"grok-imagine/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"],"prompt":"POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.","mode":"normal","duration":"6","resolution":"480p","aspect_ratio":"16:9"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-video"> = {
      model: "grok-imagine/image-to-video",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"],"prompt":"POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.","mode":"normal","duration":"6","resolution":"480p","aspect_ratio":"16:9"},
        // @ts-expect-error files_url is not a field of grok-imagine/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/image-to-video">();
  });

  test("a wrong type for image_urls is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-video"> = {
      model: "grok-imagine/image-to-video",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"],"prompt":"POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.","mode":"normal","duration":"6","resolution":"480p","aspect_ratio":"16:9"},
        // @ts-expect-error image_urls must be array
        image_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/image-to-video">();
  });

  test("a value outside the mode enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/image-to-video"> = {
      model: "grok-imagine/image-to-video",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"],"prompt":"POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: \"thanks! Back to work\" she exits the frame and walks right to a different part of the office.","mode":"normal","duration":"6","resolution":"480p","aspect_ratio":"16:9"},
        // @ts-expect-error mode must be one of "fun", "normal", "spicy"
        mode: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/image-to-video">();
  });
});

describe("grok-imagine/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-image"> = { model: "grok-imagine/text-to-image", input: {"prompt":"Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.","aspect_ratio":"3:2"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-image"> = {"model":"grok-imagine/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.","aspect_ratio":"3:2"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-image"> = {
      model: "grok-imagine/text-to-image",
      input: {
        ...{"prompt":"Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.","aspect_ratio":"3:2"},
        // @ts-expect-error files_url is not a field of grok-imagine/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-image"> = {
      model: "grok-imagine/text-to-image",
      input: {
        ...{"prompt":"Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.","aspect_ratio":"3:2"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-image"> = {
      model: "grok-imagine/text-to-image",
      input: {
        ...{"prompt":"Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.","aspect_ratio":"3:2"},
        // @ts-expect-error aspect_ratio must be one of "2:3", "3:2", "1:1", "16:9", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-image">();
  });
});

describe("grok-imagine/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-video"> = { model: "grok-imagine/text-to-video", input: {"prompt":"A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-video"> = {"model":"grok-imagine/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.","aspect_ratio":"2:3","mode":"normal","duration":6,"resolution":"480p"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-video"> = {
      model: "grok-imagine/text-to-video",
      input: {
        ...{"prompt":"A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.","aspect_ratio":"2:3","mode":"normal","duration":6,"resolution":"480p"},
        // @ts-expect-error files_url is not a field of grok-imagine/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-video"> = {
      model: "grok-imagine/text-to-video",
      input: {
        ...{"prompt":"A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.","aspect_ratio":"2:3","mode":"normal","duration":6,"resolution":"480p"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/text-to-video"> = {
      model: "grok-imagine/text-to-video",
      input: {
        ...{"prompt":"A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.","aspect_ratio":"2:3","mode":"normal","duration":6,"resolution":"480p"},
        // @ts-expect-error aspect_ratio must be one of "2:3", "3:2", "1:1", "16:9", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/text-to-video">();
  });
});

describe("grok-imagine/upscale", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"grok-imagine/upscale"> = { model: "grok-imagine/upscale", input: {"task_id":"task_grok_12345678"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/upscale"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"grok-imagine/upscale"> = {"model":"grok-imagine/upscale","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"task_grok_12345678"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["grok-imagine/upscale"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "grok-imagine/upscale" }>().toEqualTypeOf<CreateTaskBody<"grok-imagine/upscale">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/upscale"> = {
      model: "grok-imagine/upscale",
      input: {
        ...{"task_id":"task_grok_12345678"},
        // @ts-expect-error prompt is not a field of grok-imagine/upscale
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/upscale">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/upscale"> = {
      model: "grok-imagine/upscale",
      input: {
        ...{"task_id":"task_grok_12345678"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/upscale">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"grok-imagine/upscale"> = {
      model: "grok-imagine/upscale",
      input: {
        ...{"task_id":"task_grok_12345678"},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"grok-imagine/upscale">();
  });
});

describe("hailuo/02-image-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-pro"> = { model: "hailuo/02-image-to-video-pro", input: {"prompt":"Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-pro"> = {"model":"hailuo/02-image-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png","end_image_url":"","prompt_optimizer":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/02-image-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"hailuo/02-image-to-video-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-pro"> = {
      model: "hailuo/02-image-to-video-pro",
      input: {
        ...{"prompt":"Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png","end_image_url":"","prompt_optimizer":true},
        // @ts-expect-error files_url is not a field of hailuo/02-image-to-video-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-image-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-pro"> = {
      model: "hailuo/02-image-to-video-pro",
      input: {
        ...{"prompt":"Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png","end_image_url":"","prompt_optimizer":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-image-to-video-pro">();
  });
});

describe("hailuo/02-image-to-video-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = { model: "hailuo/02-image-to-video-standard", input: {"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {"model":"hailuo/02-image-to-video-standard","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/02-image-to-video-standard" }>().toEqualTypeOf<CreateTaskBody<"hailuo/02-image-to-video-standard">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {
      model: "hailuo/02-image-to-video-standard",
      input: {
        ...{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true},
        // @ts-expect-error files_url is not a field of hailuo/02-image-to-video-standard
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-image-to-video-standard">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {
      model: "hailuo/02-image-to-video-standard",
      input: {
        ...{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-image-to-video-standard">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {
      model: "hailuo/02-image-to-video-standard",
      input: {
        ...{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true},
        // @ts-expect-error duration must be one of "6", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-image-to-video-standard">();
  });
});

describe("hailuo/02-text-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-pro"> = { model: "hailuo/02-text-to-video-pro", input: {"prompt":"High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-text-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-pro"> = {"model":"hailuo/02-text-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw.","prompt_optimizer":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-text-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/02-text-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"hailuo/02-text-to-video-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-pro"> = {
      model: "hailuo/02-text-to-video-pro",
      input: {
        ...{"prompt":"High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw.","prompt_optimizer":true},
        // @ts-expect-error files_url is not a field of hailuo/02-text-to-video-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-text-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-pro"> = {
      model: "hailuo/02-text-to-video-pro",
      input: {
        ...{"prompt":"High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw.","prompt_optimizer":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-text-to-video-pro">();
  });
});

describe("hailuo/02-text-to-video-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-standard"> = { model: "hailuo/02-text-to-video-standard", input: {"prompt":"A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-text-to-video-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-standard"> = {"model":"hailuo/02-text-to-video-standard","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.","duration":"6","prompt_optimizer":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-text-to-video-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/02-text-to-video-standard" }>().toEqualTypeOf<CreateTaskBody<"hailuo/02-text-to-video-standard">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-standard"> = {
      model: "hailuo/02-text-to-video-standard",
      input: {
        ...{"prompt":"A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.","duration":"6","prompt_optimizer":true},
        // @ts-expect-error files_url is not a field of hailuo/02-text-to-video-standard
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-text-to-video-standard">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-standard"> = {
      model: "hailuo/02-text-to-video-standard",
      input: {
        ...{"prompt":"A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.","duration":"6","prompt_optimizer":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-text-to-video-standard">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-text-to-video-standard"> = {
      model: "hailuo/02-text-to-video-standard",
      input: {
        ...{"prompt":"A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.","duration":"6","prompt_optimizer":true},
        // @ts-expect-error duration must be one of "6", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/02-text-to-video-standard">();
  });
});

describe("hailuo/2-3-image-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-pro"> = { model: "hailuo/2-3-image-to-video-pro", input: {"prompt":"A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/2-3-image-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-pro"> = {"model":"hailuo/2-3-image-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp","duration":"6","resolution":"768P"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/2-3-image-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/2-3-image-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"hailuo/2-3-image-to-video-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-pro"> = {
      model: "hailuo/2-3-image-to-video-pro",
      input: {
        ...{"prompt":"A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error files_url is not a field of hailuo/2-3-image-to-video-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-pro"> = {
      model: "hailuo/2-3-image-to-video-pro",
      input: {
        ...{"prompt":"A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-pro">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-pro"> = {
      model: "hailuo/2-3-image-to-video-pro",
      input: {
        ...{"prompt":"A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error duration must be one of "6", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-pro">();
  });
});

describe("hailuo/2-3-image-to-video-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = { model: "hailuo/2-3-image-to-video-standard", input: {"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/2-3-image-to-video-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = {"model":"hailuo/2-3-image-to-video-standard","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp","duration":"6","resolution":"768P"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/2-3-image-to-video-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/2-3-image-to-video-standard" }>().toEqualTypeOf<CreateTaskBody<"hailuo/2-3-image-to-video-standard">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = {
      model: "hailuo/2-3-image-to-video-standard",
      input: {
        ...{"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error files_url is not a field of hailuo/2-3-image-to-video-standard
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-standard">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = {
      model: "hailuo/2-3-image-to-video-standard",
      input: {
        ...{"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-standard">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = {
      model: "hailuo/2-3-image-to-video-standard",
      input: {
        ...{"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error duration must be one of "6", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"hailuo/2-3-image-to-video-standard">();
  });
});

describe("happyhorse-1-1/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse-1-1/image-to-video"> = { model: "happyhorse-1-1/image-to-video", input: {"image_urls":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse-1-1/image-to-video"> = {"model":"happyhorse-1-1/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse-1-1/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse-1-1/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/image-to-video"> = {
      model: "happyhorse-1-1/image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","duration":5},
        // @ts-expect-error files_url is not a field of happyhorse-1-1/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/image-to-video"> = {
      model: "happyhorse-1-1/image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/image-to-video"> = {
      model: "happyhorse-1-1/image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","duration":5},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/image-to-video">();
  });
});

describe("happyhorse-1-1/reference-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse-1-1/reference-to-video"> = { model: "happyhorse-1-1/reference-to-video", input: {"prompt":"A cat running on the grass","reference_image":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/reference-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse-1-1/reference-to-video"> = {"model":"happyhorse-1-1/reference-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"reference_image":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","aspect_ratio":"16:9","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/reference-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse-1-1/reference-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse-1-1/reference-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/reference-to-video"> = {
      model: "happyhorse-1-1/reference-to-video",
      input: {
        ...{"reference_image":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error files_url is not a field of happyhorse-1-1/reference-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/reference-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/reference-to-video"> = {
      model: "happyhorse-1-1/reference-to-video",
      input: {
        ...{"reference_image":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/reference-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/reference-to-video"> = {
      model: "happyhorse-1-1/reference-to-video",
      input: {
        ...{"reference_image":["https://static.aiquickdraw.com/tools/example/1782114387854_IufKnPxR.png"],"prompt":"A cat running on the grass","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/reference-to-video">();
  });
});

describe("happyhorse-1-1/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse-1-1/text-to-video"> = { model: "happyhorse-1-1/text-to-video", input: {"prompt":"A dog running on the earth"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse-1-1/text-to-video"> = {"model":"happyhorse-1-1/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A dog running on the earth","resolution":"1080p","aspect_ratio":"16:9","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse-1-1/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse-1-1/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse-1-1/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/text-to-video"> = {
      model: "happyhorse-1-1/text-to-video",
      input: {
        ...{"prompt":"A dog running on the earth","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error files_url is not a field of happyhorse-1-1/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/text-to-video"> = {
      model: "happyhorse-1-1/text-to-video",
      input: {
        ...{"prompt":"A dog running on the earth","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/text-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse-1-1/text-to-video"> = {
      model: "happyhorse-1-1/text-to-video",
      input: {
        ...{"prompt":"A dog running on the earth","resolution":"1080p","aspect_ratio":"16:9","duration":5},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse-1-1/text-to-video">();
  });
});

describe("happyhorse/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse/image-to-video"> = { model: "happyhorse/image-to-video", input: {"image_urls":["https://loremflickr.com/400/400?lock=4153750340434616"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse/image-to-video"> = {"model":"happyhorse/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cat running on the grass","image_urls":["https://loremflickr.com/400/400?lock=4153750340434616"],"resolution":"1080p","duration":5,"seed":1546095068}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/image-to-video"> = {
      model: "happyhorse/image-to-video",
      input: {
        ...{"prompt":"A cat running on the grass","image_urls":["https://loremflickr.com/400/400?lock=4153750340434616"],"resolution":"1080p","duration":5,"seed":1546095068},
        // @ts-expect-error files_url is not a field of happyhorse/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/image-to-video"> = {
      model: "happyhorse/image-to-video",
      input: {
        ...{"prompt":"A cat running on the grass","image_urls":["https://loremflickr.com/400/400?lock=4153750340434616"],"resolution":"1080p","duration":5,"seed":1546095068},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/image-to-video"> = {
      model: "happyhorse/image-to-video",
      input: {
        ...{"prompt":"A cat running on the grass","image_urls":["https://loremflickr.com/400/400?lock=4153750340434616"],"resolution":"1080p","duration":5,"seed":1546095068},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/image-to-video">();
  });
});

describe("happyhorse/reference-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse/reference-to-video"> = { model: "happyhorse/reference-to-video", input: {"prompt":"A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.","reference_image":["https://loremflickr.com/400/400?lock=8132663902229376","https://loremflickr.com/400/400?lock=1716016437146867"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/reference-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse/reference-to-video"> = {"model":"happyhorse/reference-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.","reference_image":["https://loremflickr.com/400/400?lock=8132663902229376","https://loremflickr.com/400/400?lock=1716016437146867"],"resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1308038620}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/reference-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse/reference-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse/reference-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/reference-to-video"> = {
      model: "happyhorse/reference-to-video",
      input: {
        ...{"prompt":"A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.","reference_image":["https://loremflickr.com/400/400?lock=8132663902229376","https://loremflickr.com/400/400?lock=1716016437146867"],"resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1308038620},
        // @ts-expect-error files_url is not a field of happyhorse/reference-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/reference-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/reference-to-video"> = {
      model: "happyhorse/reference-to-video",
      input: {
        ...{"prompt":"A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.","reference_image":["https://loremflickr.com/400/400?lock=8132663902229376","https://loremflickr.com/400/400?lock=1716016437146867"],"resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1308038620},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/reference-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/reference-to-video"> = {
      model: "happyhorse/reference-to-video",
      input: {
        ...{"prompt":"A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.","reference_image":["https://loremflickr.com/400/400?lock=8132663902229376","https://loremflickr.com/400/400?lock=1716016437146867"],"resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1308038620},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/reference-to-video">();
  });
});

describe("happyhorse/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse/text-to-video"> = { model: "happyhorse/text-to-video", input: {"prompt":"A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse/text-to-video"> = {"model":"happyhorse/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.","resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1622429582}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"happyhorse/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/text-to-video"> = {
      model: "happyhorse/text-to-video",
      input: {
        ...{"prompt":"A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.","resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1622429582},
        // @ts-expect-error files_url is not a field of happyhorse/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/text-to-video"> = {
      model: "happyhorse/text-to-video",
      input: {
        ...{"prompt":"A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.","resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1622429582},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/text-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/text-to-video"> = {
      model: "happyhorse/text-to-video",
      input: {
        ...{"prompt":"A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.","resolution":"1080p","aspect_ratio":"16:9","duration":5,"seed":1622429582},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/text-to-video">();
  });
});

describe("happyhorse/video-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"happyhorse/video-edit"> = { model: "happyhorse/video-edit", input: {"prompt":"Make the horse-headed humanoid character in the video wear the striped sweater from the image","video_url":"https://hollow-joy.info/"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/video-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"happyhorse/video-edit"> = {"model":"happyhorse/video-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Make the horse-headed humanoid character in the video wear the striped sweater from the image","video_url":"https://hollow-joy.info/","reference_image":["https://loremflickr.com/400/400?lock=3320229742640740","https://loremflickr.com/400/400?lock=390084853871038","https://loremflickr.com/400/400?lock=4205160298467577","https://loremflickr.com/400/400?lock=7626507781317900","https://loremflickr.com/400/400?lock=2804855355708229"],"resolution":"1080p","audio_setting":"auto","seed":1764574909}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["happyhorse/video-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "happyhorse/video-edit" }>().toEqualTypeOf<CreateTaskBody<"happyhorse/video-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/video-edit"> = {
      model: "happyhorse/video-edit",
      input: {
        ...{"prompt":"Make the horse-headed humanoid character in the video wear the striped sweater from the image","video_url":"https://hollow-joy.info/","reference_image":["https://loremflickr.com/400/400?lock=3320229742640740","https://loremflickr.com/400/400?lock=390084853871038","https://loremflickr.com/400/400?lock=4205160298467577","https://loremflickr.com/400/400?lock=7626507781317900","https://loremflickr.com/400/400?lock=2804855355708229"],"resolution":"1080p","audio_setting":"auto","seed":1764574909},
        // @ts-expect-error files_url is not a field of happyhorse/video-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/video-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/video-edit"> = {
      model: "happyhorse/video-edit",
      input: {
        ...{"prompt":"Make the horse-headed humanoid character in the video wear the striped sweater from the image","video_url":"https://hollow-joy.info/","reference_image":["https://loremflickr.com/400/400?lock=3320229742640740","https://loremflickr.com/400/400?lock=390084853871038","https://loremflickr.com/400/400?lock=4205160298467577","https://loremflickr.com/400/400?lock=7626507781317900","https://loremflickr.com/400/400?lock=2804855355708229"],"resolution":"1080p","audio_setting":"auto","seed":1764574909},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/video-edit">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"happyhorse/video-edit"> = {
      model: "happyhorse/video-edit",
      input: {
        ...{"prompt":"Make the horse-headed humanoid character in the video wear the striped sweater from the image","video_url":"https://hollow-joy.info/","reference_image":["https://loremflickr.com/400/400?lock=3320229742640740","https://loremflickr.com/400/400?lock=390084853871038","https://loremflickr.com/400/400?lock=4205160298467577","https://loremflickr.com/400/400?lock=7626507781317900","https://loremflickr.com/400/400?lock=2804855355708229"],"resolution":"1080p","audio_setting":"auto","seed":1764574909},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"happyhorse/video-edit">();
  });
});

describe("ideogram/character", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/character"> = { model: "ideogram/character", input: {"prompt":"Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/character"> = {"model":"ideogram/character","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1","image_size":"square_hd","negative_prompt":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/character" }>().toEqualTypeOf<CreateTaskBody<"ideogram/character">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character"> = {
      model: "ideogram/character",
      input: {
        ...{"prompt":"Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1","image_size":"square_hd","negative_prompt":""},
        // @ts-expect-error files_url is not a field of ideogram/character
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character"> = {
      model: "ideogram/character",
      input: {
        ...{"prompt":"Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1","image_size":"square_hd","negative_prompt":""},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character"> = {
      model: "ideogram/character",
      input: {
        ...{"prompt":"Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1","image_size":"square_hd","negative_prompt":""},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character">();
  });
});

describe("ideogram/character-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/character-edit"> = { model: "ideogram/character-edit", input: {"prompt":"A fabulous look head tilted down, looking forward with a smile\n","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/character-edit"> = {"model":"ideogram/character-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A fabulous look head tilted down, looking forward with a smile\n","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/character-edit" }>().toEqualTypeOf<CreateTaskBody<"ideogram/character-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-edit"> = {
      model: "ideogram/character-edit",
      input: {
        ...{"prompt":"A fabulous look head tilted down, looking forward with a smile\n","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1"},
        // @ts-expect-error files_url is not a field of ideogram/character-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-edit"> = {
      model: "ideogram/character-edit",
      input: {
        ...{"prompt":"A fabulous look head tilted down, looking forward with a smile\n","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-edit">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-edit"> = {
      model: "ideogram/character-edit",
      input: {
        ...{"prompt":"A fabulous look head tilted down, looking forward with a smile\n","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"num_images":"1"},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-edit">();
  });
});

describe("ideogram/character-remix", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/character-remix"> = { model: "ideogram/character-remix", input: {"prompt":"A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character-remix"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/character-remix"> = {"model":"ideogram/character-remix","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","strength":0.8,"negative_prompt":"","image_urls":[],"reference_mask_urls":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/character-remix"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/character-remix" }>().toEqualTypeOf<CreateTaskBody<"ideogram/character-remix">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-remix"> = {
      model: "ideogram/character-remix",
      input: {
        ...{"prompt":"A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","strength":0.8,"negative_prompt":"","image_urls":[],"reference_mask_urls":""},
        // @ts-expect-error files_url is not a field of ideogram/character-remix
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-remix">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-remix"> = {
      model: "ideogram/character-remix",
      input: {
        ...{"prompt":"A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","strength":0.8,"negative_prompt":"","image_urls":[],"reference_mask_urls":""},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-remix">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/character-remix"> = {
      model: "ideogram/character-remix",
      input: {
        ...{"prompt":"A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp","reference_image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"],"rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","strength":0.8,"negative_prompt":"","image_urls":[],"reference_mask_urls":""},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/character-remix">();
  });
});

describe("ideogram/v3-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/v3-edit"> = { model: "ideogram/v3-edit", input: {"prompt":"A dog wearing a cowboy hat","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/v3-edit"> = {"model":"ideogram/v3-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A dog wearing a cowboy hat","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp","rendering_speed":"BALANCED","expand_prompt":true,"seed":123456}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/v3-edit" }>().toEqualTypeOf<CreateTaskBody<"ideogram/v3-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-edit"> = {
      model: "ideogram/v3-edit",
      input: {
        ...{"prompt":"A dog wearing a cowboy hat","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp","rendering_speed":"BALANCED","expand_prompt":true,"seed":123456},
        // @ts-expect-error files_url is not a field of ideogram/v3-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-edit"> = {
      model: "ideogram/v3-edit",
      input: {
        ...{"prompt":"A dog wearing a cowboy hat","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp","rendering_speed":"BALANCED","expand_prompt":true,"seed":123456},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-edit">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-edit"> = {
      model: "ideogram/v3-edit",
      input: {
        ...{"prompt":"A dog wearing a cowboy hat","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp","mask_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp","rendering_speed":"BALANCED","expand_prompt":true,"seed":123456},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-edit">();
  });
});

describe("ideogram/v3-remix", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/v3-remix"> = { model: "ideogram/v3-remix", input: {"prompt":"Change the cube into a sphere","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-remix"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/v3-remix"> = {"model":"ideogram/v3-remix","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Change the cube into a sphere","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","seed":123456,"strength":0.8,"negative_prompt":"blurry, low quality, distorted, watermark"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-remix"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/v3-remix" }>().toEqualTypeOf<CreateTaskBody<"ideogram/v3-remix">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-remix"> = {
      model: "ideogram/v3-remix",
      input: {
        ...{"prompt":"Change the cube into a sphere","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","seed":123456,"strength":0.8,"negative_prompt":"blurry, low quality, distorted, watermark"},
        // @ts-expect-error files_url is not a field of ideogram/v3-remix
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-remix">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-remix"> = {
      model: "ideogram/v3-remix",
      input: {
        ...{"prompt":"Change the cube into a sphere","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","seed":123456,"strength":0.8,"negative_prompt":"blurry, low quality, distorted, watermark"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-remix">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-remix"> = {
      model: "ideogram/v3-remix",
      input: {
        ...{"prompt":"Change the cube into a sphere","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","num_images":"1","seed":123456,"strength":0.8,"negative_prompt":"blurry, low quality, distorted, watermark"},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-remix">();
  });
});

describe("ideogram/v3-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"ideogram/v3-text-to-image"> = { model: "ideogram/v3-text-to-image", input: {"prompt":"A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"ideogram/v3-text-to-image"> = {"model":"ideogram/v3-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","seed":123456,"negative_prompt":"blurry, low detail, distorted anatomy, extra limbs, malformed text, watermark"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["ideogram/v3-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "ideogram/v3-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"ideogram/v3-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-text-to-image"> = {
      model: "ideogram/v3-text-to-image",
      input: {
        ...{"prompt":"A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","seed":123456,"negative_prompt":"blurry, low detail, distorted anatomy, extra limbs, malformed text, watermark"},
        // @ts-expect-error files_url is not a field of ideogram/v3-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-text-to-image"> = {
      model: "ideogram/v3-text-to-image",
      input: {
        ...{"prompt":"A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","seed":123456,"negative_prompt":"blurry, low detail, distorted anatomy, extra limbs, malformed text, watermark"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-text-to-image">();
  });

  test("a value outside the rendering_speed enum is a compile error", () => {
    const body: CreateTaskBody<"ideogram/v3-text-to-image"> = {
      model: "ideogram/v3-text-to-image",
      input: {
        ...{"prompt":"A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.","rendering_speed":"BALANCED","style":"AUTO","expand_prompt":true,"image_size":"square_hd","seed":123456,"negative_prompt":"blurry, low detail, distorted anatomy, extra limbs, malformed text, watermark"},
        // @ts-expect-error rendering_speed must be one of "TURBO", "BALANCED", "QUALITY"
        rendering_speed: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"ideogram/v3-text-to-image">();
  });
});

describe("infinitalk/from-audio", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"infinitalk/from-audio"> = { model: "infinitalk/from-audio", input: {"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3","prompt":"A young woman with long dark hair talking on a podcast."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["infinitalk/from-audio"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"infinitalk/from-audio"> = {"model":"infinitalk/from-audio","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3","prompt":"A young woman with long dark hair talking on a podcast.","resolution":"480p"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["infinitalk/from-audio"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "infinitalk/from-audio" }>().toEqualTypeOf<CreateTaskBody<"infinitalk/from-audio">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"infinitalk/from-audio"> = {
      model: "infinitalk/from-audio",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3","prompt":"A young woman with long dark hair talking on a podcast.","resolution":"480p"},
        // @ts-expect-error files_url is not a field of infinitalk/from-audio
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"infinitalk/from-audio">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"infinitalk/from-audio"> = {
      model: "infinitalk/from-audio",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3","prompt":"A young woman with long dark hair talking on a podcast.","resolution":"480p"},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"infinitalk/from-audio">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"infinitalk/from-audio"> = {
      model: "infinitalk/from-audio",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3","prompt":"A young woman with long dark hair talking on a podcast.","resolution":"480p"},
        // @ts-expect-error resolution must be one of "480p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"infinitalk/from-audio">();
  });
});

describe("kling-2.6/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-2.6/image-to-video"> = { model: "kling-2.6/image-to-video", input: {"prompt":"In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":false,"duration":"5"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-2.6/image-to-video"> = {"model":"kling-2.6/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":false,"duration":"5"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-2.6/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling-2.6/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/image-to-video"> = {
      model: "kling-2.6/image-to-video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":false,"duration":"5"},
        // @ts-expect-error files_url is not a field of kling-2.6/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/image-to-video"> = {
      model: "kling-2.6/image-to-video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":false,"duration":"5"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/image-to-video"> = {
      model: "kling-2.6/image-to-video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: \"I will do my best to heal you, with all my heart and soul...\" The background is a cappella harmonies, and the camera slowly pans around the band members.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":false,"duration":"5"},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/image-to-video">();
  });
});

describe("kling-2.6/motion-control", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-2.6/motion-control"> = { model: "kling-2.6/motion-control", input: {"input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"character_orientation":"image","mode":"720p"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/motion-control"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-2.6/motion-control"> = {"model":"kling-2.6/motion-control","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/motion-control"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-2.6/motion-control" }>().toEqualTypeOf<CreateTaskBody<"kling-2.6/motion-control">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/motion-control"> = {
      model: "kling-2.6/motion-control",
      input: {
        ...{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image"},
        // @ts-expect-error files_url is not a field of kling-2.6/motion-control
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/motion-control">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/motion-control"> = {
      model: "kling-2.6/motion-control",
      input: {
        ...{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/motion-control">();
  });

  test("a value outside the character_orientation enum is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/motion-control"> = {
      model: "kling-2.6/motion-control",
      input: {
        ...{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image"},
        // @ts-expect-error character_orientation must be one of "image", "video"
        character_orientation: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/motion-control">();
  });
});

describe("kling-2.6/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-2.6/text-to-video"> = { model: "kling-2.6/text-to-video", input: {"prompt":"Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"","sound":false,"aspect_ratio":"1:1","duration":"5"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-2.6/text-to-video"> = {"model":"kling-2.6/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"","sound":false,"aspect_ratio":"1:1","duration":"5"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-2.6/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-2.6/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling-2.6/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/text-to-video"> = {
      model: "kling-2.6/text-to-video",
      input: {
        ...{"prompt":"Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"","sound":false,"aspect_ratio":"1:1","duration":"5"},
        // @ts-expect-error files_url is not a field of kling-2.6/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/text-to-video"> = {
      model: "kling-2.6/text-to-video",
      input: {
        ...{"prompt":"Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"","sound":false,"aspect_ratio":"1:1","duration":"5"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"kling-2.6/text-to-video"> = {
      model: "kling-2.6/text-to-video",
      input: {
        ...{"prompt":"Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: \"360-degree flawless tailoring, slimming and versatile.\" She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: \"Double-sided fleece fabric, $30 off immediately when you order now.\"","sound":false,"aspect_ratio":"1:1","duration":"5"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-2.6/text-to-video">();
  });
});

describe("kling-3.0-omni/image-to-video", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0-omni/image-to-video"> = {"model":"kling-3.0-omni/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A happy golden retriever running across a grassy field","image_urls":["https://example.com/first-frame.jpg"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0-omni/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0-omni/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0-omni/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/image-to-video"> = {
      model: "kling-3.0-omni/image-to-video",
      input: {
        ...{"prompt":"A happy golden retriever running across a grassy field","image_urls":["https://example.com/first-frame.jpg"]},
        // @ts-expect-error files_url is not a field of kling-3.0-omni/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/image-to-video">();
  });
});

describe("kling-3.0-omni/reference-to-video", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0-omni/reference-to-video"> = {"model":"kling-3.0-omni/reference-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Generate a video of the character walking along a city street, using the character appearance in the reference images.","image_urls":["https://example.com/reference-image.jpg"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0-omni/reference-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0-omni/reference-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0-omni/reference-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/reference-to-video"> = {
      model: "kling-3.0-omni/reference-to-video",
      input: {
        ...{"prompt":"Generate a video of the character walking along a city street, using the character appearance in the reference images.","image_urls":["https://example.com/reference-image.jpg"]},
        // @ts-expect-error files_url is not a field of kling-3.0-omni/reference-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/reference-to-video">();
  });
});

describe("kling-3.0-omni/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-3.0-omni/text-to-video"> = { model: "kling-3.0-omni/text-to-video", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0-omni/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0-omni/text-to-video"> = {"model":"kling-3.0-omni/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0-omni/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0-omni/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0-omni/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/text-to-video"> = {
      model: "kling-3.0-omni/text-to-video",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of kling-3.0-omni/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/text-to-video"> = {
      model: "kling-3.0-omni/text-to-video",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/text-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/text-to-video"> = {
      model: "kling-3.0-omni/text-to-video",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error resolution must be one of "720p", "1080p", "4k"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/text-to-video">();
  });
});

describe("kling-3.0-omni/transformation", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0-omni/transformation"> = {"model":"kling-3.0-omni/transformation","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Transform the input video into a cinematic night scene while preserving the character movements from the original video.","video_urls":["https://example.com/source-video.mp4"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0-omni/transformation"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0-omni/transformation" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0-omni/transformation">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0-omni/transformation"> = {
      model: "kling-3.0-omni/transformation",
      input: {
        ...{"prompt":"Transform the input video into a cinematic night scene while preserving the character movements from the original video.","video_urls":["https://example.com/source-video.mp4"]},
        // @ts-expect-error files_url is not a field of kling-3.0-omni/transformation
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0-omni/transformation">();
  });
});

describe("kling-3.0/motion-control", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-3.0/motion-control"> = { model: "kling-3.0/motion-control", input: {"input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0/motion-control"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0/motion-control"> = {"model":"kling-3.0/motion-control","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image","background_source":"input_video"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0/motion-control"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0/motion-control" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0/motion-control">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0/motion-control"> = {
      model: "kling-3.0/motion-control",
      input: {
        ...{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image","background_source":"input_video"},
        // @ts-expect-error files_url is not a field of kling-3.0/motion-control
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0/motion-control">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0/motion-control"> = {
      model: "kling-3.0/motion-control",
      input: {
        ...{"prompt":"The cartoon character is dancing.","input_urls":["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],"video_urls":["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],"mode":"720p","character_orientation":"image","background_source":"input_video"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0/motion-control">();
  });
});

describe("kling-3.0/video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling-3.0/video"> = { model: "kling-3.0/video", input: {"prompt":"In a bright rehearsal room, sunlight streams through the window @element_dog"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0/video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling-3.0/video"> = {"model":"kling-3.0/video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"In a bright rehearsal room, sunlight streams through the window @element_dog","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":true,"duration":"5","aspect_ratio":"16:9","mode":"pro","multi_shots":false,"multi_prompt":[{"prompt":"a happy dog in running @element_cat","duration":3},{"prompt":"a happy dog play with a cat @element_dog","duration":2}],"kling_elements":[{"name":"element_dog","description":"dog","element_input_urls":["https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg","https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"]},{"name":"element_cat","description":"cat","element_input_urls":["https://your-cdn.com/element_image.mp4"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"],"start_time":0,"end_time":8000}]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling-3.0/video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling-3.0/video" }>().toEqualTypeOf<CreateTaskBody<"kling-3.0/video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0/video"> = {
      model: "kling-3.0/video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the window @element_dog","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":true,"duration":"5","aspect_ratio":"16:9","mode":"pro","multi_shots":false,"multi_prompt":[{"prompt":"a happy dog in running @element_cat","duration":3},{"prompt":"a happy dog play with a cat @element_dog","duration":2}],"kling_elements":[{"name":"element_dog","description":"dog","element_input_urls":["https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg","https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"]},{"name":"element_cat","description":"cat","element_input_urls":["https://your-cdn.com/element_image.mp4"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"],"start_time":0,"end_time":8000}]},
        // @ts-expect-error files_url is not a field of kling-3.0/video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0/video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0/video"> = {
      model: "kling-3.0/video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the window @element_dog","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":true,"duration":"5","aspect_ratio":"16:9","mode":"pro","multi_shots":false,"multi_prompt":[{"prompt":"a happy dog in running @element_cat","duration":3},{"prompt":"a happy dog play with a cat @element_dog","duration":2}],"kling_elements":[{"name":"element_dog","description":"dog","element_input_urls":["https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg","https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"]},{"name":"element_cat","description":"cat","element_input_urls":["https://your-cdn.com/element_image.mp4"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"],"start_time":0,"end_time":8000}]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0/video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling-3.0/video"> = {
      model: "kling-3.0/video",
      input: {
        ...{"prompt":"In a bright rehearsal room, sunlight streams through the window @element_dog","image_urls":["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],"sound":true,"duration":"5","aspect_ratio":"16:9","mode":"pro","multi_shots":false,"multi_prompt":[{"prompt":"a happy dog in running @element_cat","duration":3},{"prompt":"a happy dog play with a cat @element_dog","duration":2}],"kling_elements":[{"name":"element_dog","description":"dog","element_input_urls":["https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg","https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"]},{"name":"element_cat","description":"cat","element_input_urls":["https://your-cdn.com/element_image.mp4"],"element_input_audio_urls":["https://your-cdn.com/wjeoiajfosijfoi.mp3"],"start_time":0,"end_time":8000}]},
        // @ts-expect-error duration must be one of "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling-3.0/video">();
  });
});

describe("kling/ai-avatar-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/ai-avatar-pro"> = { model: "kling/ai-avatar-pro", input: {"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3","prompt":""} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/ai-avatar-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/ai-avatar-pro"> = {"model":"kling/ai-avatar-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3","prompt":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/ai-avatar-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/ai-avatar-pro" }>().toEqualTypeOf<CreateTaskBody<"kling/ai-avatar-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/ai-avatar-pro"> = {
      model: "kling/ai-avatar-pro",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3","prompt":""},
        // @ts-expect-error files_url is not a field of kling/ai-avatar-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/ai-avatar-pro">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"kling/ai-avatar-pro"> = {
      model: "kling/ai-avatar-pro",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3","prompt":""},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/ai-avatar-pro">();
  });
});

describe("kling/ai-avatar-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/ai-avatar-standard"> = { model: "kling/ai-avatar-standard", input: {"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3","prompt":""} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/ai-avatar-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/ai-avatar-standard"> = {"model":"kling/ai-avatar-standard","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3","prompt":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/ai-avatar-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/ai-avatar-standard" }>().toEqualTypeOf<CreateTaskBody<"kling/ai-avatar-standard">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/ai-avatar-standard"> = {
      model: "kling/ai-avatar-standard",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3","prompt":""},
        // @ts-expect-error files_url is not a field of kling/ai-avatar-standard
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/ai-avatar-standard">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"kling/ai-avatar-standard"> = {
      model: "kling/ai-avatar-standard",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3","prompt":""},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/ai-avatar-standard">();
  });
});

describe("kling/v2-1-master-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-1-master-image-to-video"> = { model: "kling/v2-1-master-image-to-video", input: {"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-master-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-1-master-image-to-video"> = {"model":"kling/v2-1-master-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-master-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-1-master-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-1-master-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-image-to-video"> = {
      model: "kling/v2-1-master-image-to-video",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error files_url is not a field of kling/v2-1-master-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-image-to-video"> = {
      model: "kling/v2-1-master-image-to-video",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-image-to-video"> = {
      model: "kling/v2-1-master-image-to-video",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-image-to-video">();
  });
});

describe("kling/v2-1-master-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-1-master-text-to-video"> = { model: "kling/v2-1-master-text-to-video", input: {"prompt":"First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-master-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-1-master-text-to-video"> = {"model":"kling/v2-1-master-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-master-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-1-master-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-1-master-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-text-to-video"> = {
      model: "kling/v2-1-master-text-to-video",
      input: {
        ...{"prompt":"First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error files_url is not a field of kling/v2-1-master-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-text-to-video"> = {
      model: "kling/v2-1-master-text-to-video",
      input: {
        ...{"prompt":"First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-text-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-master-text-to-video"> = {
      model: "kling/v2-1-master-text-to-video",
      input: {
        ...{"prompt":"First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-master-text-to-video">();
  });
});

describe("kling/v2-1-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-1-pro"> = { model: "kling/v2-1-pro", input: {"prompt":"POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-1-pro"> = {"model":"kling/v2-1-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5,"tail_image_url":""}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-1-pro" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-1-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-pro"> = {
      model: "kling/v2-1-pro",
      input: {
        ...{"prompt":"POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5,"tail_image_url":""},
        // @ts-expect-error files_url is not a field of kling/v2-1-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-pro"> = {
      model: "kling/v2-1-pro",
      input: {
        ...{"prompt":"POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5,"tail_image_url":""},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-pro">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-pro"> = {
      model: "kling/v2-1-pro",
      input: {
        ...{"prompt":"POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5,"tail_image_url":""},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-pro">();
  });
});

describe("kling/v2-1-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-1-standard"> = { model: "kling/v2-1-standard", input: {"prompt":"Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-1-standard"> = {"model":"kling/v2-1-standard","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-1-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-1-standard" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-1-standard">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-standard"> = {
      model: "kling/v2-1-standard",
      input: {
        ...{"prompt":"Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error files_url is not a field of kling/v2-1-standard
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-standard">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-standard"> = {
      model: "kling/v2-1-standard",
      input: {
        ...{"prompt":"Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-standard">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-1-standard"> = {
      model: "kling/v2-1-standard",
      input: {
        ...{"prompt":"Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-1-standard">();
  });
});

describe("kling/v2-5-turbo-image-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = { model: "kling/v2-5-turbo-image-to-video-pro", input: {"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-image-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {"model":"kling/v2-5-turbo-image-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-image-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-5-turbo-image-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {
      model: "kling/v2-5-turbo-image-to-video-pro",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error files_url is not a field of kling/v2-5-turbo-image-to-video-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-image-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {
      model: "kling/v2-5-turbo-image-to-video-pro",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-image-to-video-pro">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {
      model: "kling/v2-5-turbo-image-to-video-pro",
      input: {
        ...{"prompt":"A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-image-to-video-pro">();
  });
});

describe("kling/v2-5-turbo-text-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro"> = { model: "kling/v2-5-turbo-text-to-video-pro", input: {"prompt":"Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-text-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro"> = {"model":"kling/v2-5-turbo-text-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-text-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-5-turbo-text-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro"> = {
      model: "kling/v2-5-turbo-text-to-video-pro",
      input: {
        ...{"prompt":"Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error files_url is not a field of kling/v2-5-turbo-text-to-video-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-text-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro"> = {
      model: "kling/v2-5-turbo-text-to-video-pro",
      input: {
        ...{"prompt":"Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-text-to-video-pro">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-text-to-video-pro"> = {
      model: "kling/v2-5-turbo-text-to-video-pro",
      input: {
        ...{"prompt":"Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.","duration":"5","aspect_ratio":"16:9","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-text-to-video-pro">();
  });
});

describe("kling/v3-turbo-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v3-turbo-image-to-video"> = { model: "kling/v3-turbo-image-to-video", input: {"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","image_urls":["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],"duration":"5","resolution":"720p"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v3-turbo-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v3-turbo-image-to-video"> = {"model":"kling/v3-turbo-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","resolution":"720p"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v3-turbo-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v3-turbo-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling/v3-turbo-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-image-to-video"> = {
      model: "kling/v3-turbo-image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","resolution":"720p"},
        // @ts-expect-error files_url is not a field of kling/v3-turbo-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-image-to-video"> = {
      model: "kling/v3-turbo-image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","resolution":"720p"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-image-to-video"> = {
      model: "kling/v3-turbo-image-to-video",
      input: {
        ...{"image_urls":["https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"],"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","resolution":"720p"},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-image-to-video">();
  });
});

describe("kling/v3-turbo-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v3-turbo-text-to-video"> = { model: "kling/v3-turbo-text-to-video", input: {"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","aspect_ratio":"16:9","resolution":"720p"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v3-turbo-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v3-turbo-text-to-video"> = {"model":"kling/v3-turbo-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","aspect_ratio":"16:9","resolution":"720p"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v3-turbo-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v3-turbo-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"kling/v3-turbo-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-text-to-video"> = {
      model: "kling/v3-turbo-text-to-video",
      input: {
        ...{"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","aspect_ratio":"16:9","resolution":"720p"},
        // @ts-expect-error files_url is not a field of kling/v3-turbo-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-text-to-video"> = {
      model: "kling/v3-turbo-text-to-video",
      input: {
        ...{"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","aspect_ratio":"16:9","resolution":"720p"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"kling/v3-turbo-text-to-video"> = {
      model: "kling/v3-turbo-text-to-video",
      input: {
        ...{"prompt":"Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.\n\nThe camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, \"These trees will turn yellow in a month, won't they?\"\n\nClose-up of the man, he lowers his head and says, \"But they'll be green again next summer.\"\n\nThen the woman turns her head, smiles at the man opposite, and says, \"Are you always this optimistic? Or just about summer?\"\n\nThen the man lifts his head, looks at the woman and says, \"Only about summers with you.\"","duration":"5","aspect_ratio":"16:9","resolution":"720p"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "9:16", "16:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v3-turbo-text-to-video">();
  });
});

describe("minimax-h3/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"minimax-h3/image-to-video"> = { model: "minimax-h3/image-to-video", input: {"prompt":"Let the character in the scene turn around naturally and smile, camera slowly pushing forward","duration":6} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"minimax-h3/image-to-video"> = {"model":"minimax-h3/image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Let the character in the scene turn around naturally and smile, camera slowly pushing forward","duration":6,"first_frame_url":"https://example.com/first-frame.jpg"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "minimax-h3/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"minimax-h3/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/image-to-video"> = {
      model: "minimax-h3/image-to-video",
      input: {
        ...{"prompt":"Let the character in the scene turn around naturally and smile, camera slowly pushing forward","duration":6,"first_frame_url":"https://example.com/first-frame.jpg"},
        // @ts-expect-error files_url is not a field of minimax-h3/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/image-to-video"> = {
      model: "minimax-h3/image-to-video",
      input: {
        ...{"prompt":"Let the character in the scene turn around naturally and smile, camera slowly pushing forward","duration":6,"first_frame_url":"https://example.com/first-frame.jpg"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/image-to-video"> = {
      model: "minimax-h3/image-to-video",
      input: {
        ...{"prompt":"Let the character in the scene turn around naturally and smile, camera slowly pushing forward","duration":6,"first_frame_url":"https://example.com/first-frame.jpg"},
        // @ts-expect-error duration must be one of 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/image-to-video">();
  });
});

describe("minimax-h3/reference-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"minimax-h3/reference-to-video"> = { model: "minimax-h3/reference-to-video", input: {"prompt":"Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material","duration":6} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/reference-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"minimax-h3/reference-to-video"> = {"model":"minimax-h3/reference-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material","duration":6,"reference_image_urls":["https://example.com/reference.png"]}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/reference-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "minimax-h3/reference-to-video" }>().toEqualTypeOf<CreateTaskBody<"minimax-h3/reference-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/reference-to-video"> = {
      model: "minimax-h3/reference-to-video",
      input: {
        ...{"prompt":"Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material","duration":6,"reference_image_urls":["https://example.com/reference.png"]},
        // @ts-expect-error files_url is not a field of minimax-h3/reference-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/reference-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/reference-to-video"> = {
      model: "minimax-h3/reference-to-video",
      input: {
        ...{"prompt":"Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material","duration":6,"reference_image_urls":["https://example.com/reference.png"]},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/reference-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/reference-to-video"> = {
      model: "minimax-h3/reference-to-video",
      input: {
        ...{"prompt":"Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material","duration":6,"reference_image_urls":["https://example.com/reference.png"]},
        // @ts-expect-error aspect_ratio must be one of "adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/reference-to-video">();
  });
});

describe("minimax-h3/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"minimax-h3/text-to-video"> = { model: "minimax-h3/text-to-video", input: {"prompt":"A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore","aspect_ratio":"21:9","duration":6} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"minimax-h3/text-to-video"> = {"model":"minimax-h3/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore","aspect_ratio":"21:9","duration":6}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["minimax-h3/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "minimax-h3/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"minimax-h3/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/text-to-video"> = {
      model: "minimax-h3/text-to-video",
      input: {
        ...{"prompt":"A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore","aspect_ratio":"21:9","duration":6},
        // @ts-expect-error files_url is not a field of minimax-h3/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/text-to-video"> = {
      model: "minimax-h3/text-to-video",
      input: {
        ...{"prompt":"A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore","aspect_ratio":"21:9","duration":6},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"minimax-h3/text-to-video"> = {
      model: "minimax-h3/text-to-video",
      input: {
        ...{"prompt":"A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore","aspect_ratio":"21:9","duration":6},
        // @ts-expect-error aspect_ratio must be one of "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"minimax-h3/text-to-video">();
  });
});

describe("nano-banana-2", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"nano-banana-2"> = { model: "nano-banana-2", input: {"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-2"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"nano-banana-2"> = {"model":"nano-banana-2","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"auto","resolution":"1K","output_format":"png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-2"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "nano-banana-2" }>().toEqualTypeOf<CreateTaskBody<"nano-banana-2">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2"> = {
      model: "nano-banana-2",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"auto","resolution":"1K","output_format":"png"},
        // @ts-expect-error files_url is not a field of nano-banana-2
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2"> = {
      model: "nano-banana-2",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"auto","resolution":"1K","output_format":"png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2"> = {
      model: "nano-banana-2",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"auto","resolution":"1K","output_format":"png"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2", "1:4", "4:1", "3:4", "4:3", "4:5", "5:4", "1:8", "8:1", "9:16", "16:9", "21:9", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2">();
  });
});

describe("nano-banana-2-lite", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"nano-banana-2-lite"> = { model: "nano-banana-2-lite", input: {"prompt":"Generate a pig on the grass, cinematic light","aspect_ratio":"auto"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-2-lite"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"nano-banana-2-lite"> = {"model":"nano-banana-2-lite","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"prompt":"Generate a pig on the grass, cinematic light","aspect_ratio":"auto"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-2-lite"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "nano-banana-2-lite" }>().toEqualTypeOf<CreateTaskBody<"nano-banana-2-lite">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2-lite"> = {
      model: "nano-banana-2-lite",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"prompt":"Generate a pig on the grass, cinematic light","aspect_ratio":"auto"},
        // @ts-expect-error files_url is not a field of nano-banana-2-lite
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2-lite">();
  });

  test("a wrong type for image_urls is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2-lite"> = {
      model: "nano-banana-2-lite",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"prompt":"Generate a pig on the grass, cinematic light","aspect_ratio":"auto"},
        // @ts-expect-error image_urls must be array
        image_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2-lite">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-2-lite"> = {
      model: "nano-banana-2-lite",
      input: {
        ...{"image_urls":["https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"],"prompt":"Generate a pig on the grass, cinematic light","aspect_ratio":"auto"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "1:4", "1:8", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "21:9", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-2-lite">();
  });
});

describe("nano-banana-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"nano-banana-pro"> = { model: "nano-banana-pro", input: {"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"nano-banana-pro"> = {"model":"nano-banana-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"1:1","resolution":"1K","output_format":"png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["nano-banana-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "nano-banana-pro" }>().toEqualTypeOf<CreateTaskBody<"nano-banana-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-pro"> = {
      model: "nano-banana-pro",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"1:1","resolution":"1K","output_format":"png"},
        // @ts-expect-error files_url is not a field of nano-banana-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-pro"> = {
      model: "nano-banana-pro",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"1:1","resolution":"1K","output_format":"png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-pro">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"nano-banana-pro"> = {
      model: "nano-banana-pro",
      input: {
        ...{"prompt":"Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.","image_input":[],"aspect_ratio":"1:1","resolution":"1K","output_format":"png"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"nano-banana-pro">();
  });
});

describe("omnihuman-1-5", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"omnihuman-1-5"> = { model: "omnihuman-1-5", input: {"image_url":"https://your-domain.com/image/portrait.png","audio_url":"https://your-domain.com/audio/speech.mp3"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"omnihuman-1-5"> = {"model":"omnihuman-1-5","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://your-domain.com/image/portrait.png","mask_url":["https://your-domain.com/image/mask.png"],"audio_url":"https://your-domain.com/audio/speech.mp3","prompt":"A person speaking naturally with gentle expressions.","output_resolution":"1080","pe_fast_mode":false,"seed":-1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "omnihuman-1-5" }>().toEqualTypeOf<CreateTaskBody<"omnihuman-1-5">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5"> = {
      model: "omnihuman-1-5",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png","mask_url":["https://your-domain.com/image/mask.png"],"audio_url":"https://your-domain.com/audio/speech.mp3","prompt":"A person speaking naturally with gentle expressions.","output_resolution":"1080","pe_fast_mode":false,"seed":-1},
        // @ts-expect-error files_url is not a field of omnihuman-1-5
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5"> = {
      model: "omnihuman-1-5",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png","mask_url":["https://your-domain.com/image/mask.png"],"audio_url":"https://your-domain.com/audio/speech.mp3","prompt":"A person speaking naturally with gentle expressions.","output_resolution":"1080","pe_fast_mode":false,"seed":-1},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5">();
  });

  test("a value outside the output_resolution enum is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5"> = {
      model: "omnihuman-1-5",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png","mask_url":["https://your-domain.com/image/mask.png"],"audio_url":"https://your-domain.com/audio/speech.mp3","prompt":"A person speaking naturally with gentle expressions.","output_resolution":"1080","pe_fast_mode":false,"seed":-1},
        // @ts-expect-error output_resolution must be one of "720", "1080"
        output_resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5">();
  });
});

describe("omnihuman-1-5/human-identification", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"omnihuman-1-5/human-identification"> = { model: "omnihuman-1-5/human-identification", input: {"image_url":"https://your-domain.com/image/portrait.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5/human-identification"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"omnihuman-1-5/human-identification"> = {"model":"omnihuman-1-5/human-identification","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://your-domain.com/image/portrait.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5/human-identification"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "omnihuman-1-5/human-identification" }>().toEqualTypeOf<CreateTaskBody<"omnihuman-1-5/human-identification">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5/human-identification"> = {
      model: "omnihuman-1-5/human-identification",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png"},
        // @ts-expect-error prompt is not a field of omnihuman-1-5/human-identification
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5/human-identification">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5/human-identification"> = {
      model: "omnihuman-1-5/human-identification",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png"},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5/human-identification">();
  });
});

describe("omnihuman-1-5/subject-detection", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"omnihuman-1-5/subject-detection"> = { model: "omnihuman-1-5/subject-detection", input: {"image_url":"https://your-domain.com/image/portrait.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5/subject-detection"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"omnihuman-1-5/subject-detection"> = {"model":"omnihuman-1-5/subject-detection","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://your-domain.com/image/portrait.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["omnihuman-1-5/subject-detection"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "omnihuman-1-5/subject-detection" }>().toEqualTypeOf<CreateTaskBody<"omnihuman-1-5/subject-detection">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5/subject-detection"> = {
      model: "omnihuman-1-5/subject-detection",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png"},
        // @ts-expect-error prompt is not a field of omnihuman-1-5/subject-detection
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5/subject-detection">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"omnihuman-1-5/subject-detection"> = {
      model: "omnihuman-1-5/subject-detection",
      input: {
        ...{"image_url":"https://your-domain.com/image/portrait.png"},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"omnihuman-1-5/subject-detection">();
  });
});

describe("pixverse-v6/extend", () => {
  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"pixverse-v6/extend"> = {"model":"pixverse-v6/extend","callBackUrl":"https://example.com/kie/callback","input":{"prompt":"Continue the same camera motion and extend the scene naturally","taskId":"parent_task_id_from_previous_success_video","duration":5,"quality":"720p","generate_audio_switch":false,"seed":123456}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/extend"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "pixverse-v6/extend" }>().toEqualTypeOf<CreateTaskBody<"pixverse-v6/extend">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/extend"> = {
      model: "pixverse-v6/extend",
      input: {
        ...{"prompt":"Continue the same camera motion and extend the scene naturally","taskId":"parent_task_id_from_previous_success_video","duration":5,"quality":"720p","generate_audio_switch":false,"seed":123456},
        // @ts-expect-error files_url is not a field of pixverse-v6/extend
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/extend">();
  });
});

describe("pixverse-v6/image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"pixverse-v6/image-to-video"> = { model: "pixverse-v6/image-to-video", input: {"prompt":"Animate the subject with gentle wind and cinematic lighting","image_urls":["https://example.com/input-image.png"],"quality":"720p","duration":5} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"pixverse-v6/image-to-video"> = {"model":"pixverse-v6/image-to-video","callBackUrl":"https://example.com/kie/callback","input":{"prompt":"Animate the subject with gentle wind and cinematic lighting","image_urls":["https://example.com/input-image.png"],"duration":5,"quality":"720p","generate_audio_switch":false,"generate_multi_clip_switch":false,"seed":123456}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "pixverse-v6/image-to-video" }>().toEqualTypeOf<CreateTaskBody<"pixverse-v6/image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/image-to-video"> = {
      model: "pixverse-v6/image-to-video",
      input: {
        ...{"prompt":"Animate the subject with gentle wind and cinematic lighting","image_urls":["https://example.com/input-image.png"],"duration":5,"quality":"720p","generate_audio_switch":false,"generate_multi_clip_switch":false,"seed":123456},
        // @ts-expect-error files_url is not a field of pixverse-v6/image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/image-to-video"> = {
      model: "pixverse-v6/image-to-video",
      input: {
        ...{"prompt":"Animate the subject with gentle wind and cinematic lighting","image_urls":["https://example.com/input-image.png"],"duration":5,"quality":"720p","generate_audio_switch":false,"generate_multi_clip_switch":false,"seed":123456},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/image-to-video">();
  });

  test("a value outside the quality enum is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/image-to-video"> = {
      model: "pixverse-v6/image-to-video",
      input: {
        ...{"prompt":"Animate the subject with gentle wind and cinematic lighting","image_urls":["https://example.com/input-image.png"],"duration":5,"quality":"720p","generate_audio_switch":false,"generate_multi_clip_switch":false,"seed":123456},
        // @ts-expect-error quality must be one of "360p", "540p", "720p", "1080p"
        quality: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/image-to-video">();
  });
});

describe("pixverse-v6/reference-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"pixverse-v6/reference-to-video"> = { model: "pixverse-v6/reference-to-video", input: {"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","image_references":[{"image_url":"https://your-domain.com/images/dog.png","type":"subject","ref_name":"dog"},{"image_url":"https://your-domain.com/images/room.png","type":"background","ref_name":"room"}],"aspect_ratio":"16:9","quality":"720p","duration":5} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/reference-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"pixverse-v6/reference-to-video"> = {"model":"pixverse-v6/reference-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","image_references":[{"image_url":"https://your-domain.com/images/dog.png","type":"subject","ref_name":"dog"},{"image_url":"https://your-domain.com/images/room.png","type":"background","ref_name":"room"}],"aspect_ratio":"16:9","quality":"720p","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/reference-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "pixverse-v6/reference-to-video" }>().toEqualTypeOf<CreateTaskBody<"pixverse-v6/reference-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/reference-to-video"> = {
      model: "pixverse-v6/reference-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","image_references":[{"image_url":"https://your-domain.com/images/dog.png","type":"subject","ref_name":"dog"},{"image_url":"https://your-domain.com/images/room.png","type":"background","ref_name":"room"}],"aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error files_url is not a field of pixverse-v6/reference-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/reference-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/reference-to-video"> = {
      model: "pixverse-v6/reference-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","image_references":[{"image_url":"https://your-domain.com/images/dog.png","type":"subject","ref_name":"dog"},{"image_url":"https://your-domain.com/images/room.png","type":"background","ref_name":"room"}],"aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/reference-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/reference-to-video"> = {
      model: "pixverse-v6/reference-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","image_references":[{"image_url":"https://your-domain.com/images/dog.png","type":"subject","ref_name":"dog"},{"image_url":"https://your-domain.com/images/room.png","type":"background","ref_name":"room"}],"aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error aspect_ratio must be one of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/reference-to-video">();
  });
});

describe("pixverse-v6/text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"pixverse-v6/text-to-video"> = { model: "pixverse-v6/text-to-video", input: {"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","aspect_ratio":"16:9","quality":"720p","duration":5} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"pixverse-v6/text-to-video"> = {"model":"pixverse-v6/text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","aspect_ratio":"16:9","quality":"720p","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "pixverse-v6/text-to-video" }>().toEqualTypeOf<CreateTaskBody<"pixverse-v6/text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/text-to-video"> = {
      model: "pixverse-v6/text-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error files_url is not a field of pixverse-v6/text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/text-to-video"> = {
      model: "pixverse-v6/text-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/text-to-video">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/text-to-video"> = {
      model: "pixverse-v6/text-to-video",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","aspect_ratio":"16:9","quality":"720p","duration":5},
        // @ts-expect-error aspect_ratio must be one of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/text-to-video">();
  });
});

describe("pixverse-v6/transition", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"pixverse-v6/transition"> = { model: "pixverse-v6/transition", input: {"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","first_frame_image_url":"https://your-domain.com/images/first-frame.png","last_frame_image_url":"https://your-domain.com/images/last-frame.png","quality":"720p","duration":5} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/transition"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"pixverse-v6/transition"> = {"model":"pixverse-v6/transition","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","first_frame_image_url":"https://your-domain.com/images/first-frame.png","last_frame_image_url":"https://your-domain.com/images/last-frame.png","quality":"720p","duration":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["pixverse-v6/transition"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "pixverse-v6/transition" }>().toEqualTypeOf<CreateTaskBody<"pixverse-v6/transition">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/transition"> = {
      model: "pixverse-v6/transition",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","first_frame_image_url":"https://your-domain.com/images/first-frame.png","last_frame_image_url":"https://your-domain.com/images/last-frame.png","quality":"720p","duration":5},
        // @ts-expect-error files_url is not a field of pixverse-v6/transition
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/transition">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/transition"> = {
      model: "pixverse-v6/transition",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","first_frame_image_url":"https://your-domain.com/images/first-frame.png","last_frame_image_url":"https://your-domain.com/images/last-frame.png","quality":"720p","duration":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/transition">();
  });

  test("a value outside the quality enum is a compile error", () => {
    const body: CreateTaskBody<"pixverse-v6/transition"> = {
      model: "pixverse-v6/transition",
      input: {
        ...{"prompt":"A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.","first_frame_image_url":"https://your-domain.com/images/first-frame.png","last_frame_image_url":"https://your-domain.com/images/last-frame.png","quality":"720p","duration":5},
        // @ts-expect-error quality must be one of "360p", "540p", "720p", "1080p"
        quality: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"pixverse-v6/transition">();
  });
});

describe("qwen/image-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen/image-edit"> = { model: "qwen/image-edit", input: {"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/image-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen/image-edit"> = {"model":"qwen/image-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","acceleration":"none","image_size":"landscape_4_3","num_inference_steps":25,"guidance_scale":4,"sync_mode":false,"enable_safety_checker":true,"output_format":"png","negative_prompt":"blurry, ugly"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/image-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen/image-edit" }>().toEqualTypeOf<CreateTaskBody<"qwen/image-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-edit"> = {
      model: "qwen/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","acceleration":"none","image_size":"landscape_4_3","num_inference_steps":25,"guidance_scale":4,"sync_mode":false,"enable_safety_checker":true,"output_format":"png","negative_prompt":"blurry, ugly"},
        // @ts-expect-error files_url is not a field of qwen/image-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-edit"> = {
      model: "qwen/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","acceleration":"none","image_size":"landscape_4_3","num_inference_steps":25,"guidance_scale":4,"sync_mode":false,"enable_safety_checker":true,"output_format":"png","negative_prompt":"blurry, ugly"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-edit">();
  });

  test("a value outside the acceleration enum is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-edit"> = {
      model: "qwen/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","acceleration":"none","image_size":"landscape_4_3","num_inference_steps":25,"guidance_scale":4,"sync_mode":false,"enable_safety_checker":true,"output_format":"png","negative_prompt":"blurry, ugly"},
        // @ts-expect-error acceleration must be one of "none", "regular", "high"
        acceleration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-edit">();
  });
});

describe("qwen/image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen/image-to-image"> = { model: "qwen/image-to-image", input: {"prompt":"","image_url":""} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen/image-to-image"> = {"model":"qwen/image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","image_url":"","strength":0.8,"output_format":"png","acceleration":"none","negative_prompt":"blurry, ugly","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen/image-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen/image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-to-image"> = {
      model: "qwen/image-to-image",
      input: {
        ...{"prompt":"","image_url":"","strength":0.8,"output_format":"png","acceleration":"none","negative_prompt":"blurry, ugly","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true},
        // @ts-expect-error files_url is not a field of qwen/image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-to-image"> = {
      model: "qwen/image-to-image",
      input: {
        ...{"prompt":"","image_url":"","strength":0.8,"output_format":"png","acceleration":"none","negative_prompt":"blurry, ugly","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-to-image">();
  });

  test("a value outside the output_format enum is a compile error", () => {
    const body: CreateTaskBody<"qwen/image-to-image"> = {
      model: "qwen/image-to-image",
      input: {
        ...{"prompt":"","image_url":"","strength":0.8,"output_format":"png","acceleration":"none","negative_prompt":"blurry, ugly","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true},
        // @ts-expect-error output_format must be one of "png", "jpeg"
        output_format: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/image-to-image">();
  });
});

describe("qwen/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen/text-to-image"> = { model: "qwen/text-to-image", input: {"prompt":""} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen/text-to-image"> = {"model":"qwen/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","image_size":"square_hd","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true,"output_format":"png","negative_prompt":" ","acceleration":"none"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen/text-to-image"> = {
      model: "qwen/text-to-image",
      input: {
        ...{"prompt":"","image_size":"square_hd","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true,"output_format":"png","negative_prompt":" ","acceleration":"none"},
        // @ts-expect-error files_url is not a field of qwen/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen/text-to-image"> = {
      model: "qwen/text-to-image",
      input: {
        ...{"prompt":"","image_size":"square_hd","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true,"output_format":"png","negative_prompt":" ","acceleration":"none"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/text-to-image">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"qwen/text-to-image"> = {
      model: "qwen/text-to-image",
      input: {
        ...{"prompt":"","image_size":"square_hd","num_inference_steps":30,"guidance_scale":2.5,"enable_safety_checker":true,"output_format":"png","negative_prompt":" ","acceleration":"none"},
        // @ts-expect-error image_size must be one of "square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen/text-to-image">();
  });
});

describe("qwen2-1/image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen2-1/image-to-image"> = { model: "qwen2-1/image-to-image", input: {"image_urls":["https://example.com/image.png"],"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2-1/image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen2-1/image-to-image"> = {"model":"qwen2-1/image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://example.com/image.png"],"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2-1/image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen2-1/image-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen2-1/image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/image-to-image"> = {
      model: "qwen2-1/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/image.png"],"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of qwen2-1/image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/image-to-image">();
  });

  test("a wrong type for image_urls is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/image-to-image"> = {
      model: "qwen2-1/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/image.png"],"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error image_urls must be array
        image_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/image-to-image"> = {
      model: "qwen2-1/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/image.png"],"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error aspect_ratio must be one of "auto", "1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "21:9", "9:21"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/image-to-image">();
  });
});

describe("qwen2-1/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen2-1/text-to-image"> = { model: "qwen2-1/text-to-image", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2-1/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen2-1/text-to-image"> = {"model":"qwen2-1/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2-1/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen2-1/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen2-1/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/text-to-image"> = {
      model: "qwen2-1/text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of qwen2-1/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/text-to-image"> = {
      model: "qwen2-1/text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"qwen2-1/text-to-image"> = {
      model: "qwen2-1/text-to-image",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "21:9", "9:21"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2-1/text-to-image">();
  });
});

describe("qwen2/image-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen2/image-edit"> = { model: "qwen2/image-edit", input: {"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2/image-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen2/image-edit"> = {"model":"qwen2/image-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","image_size":"16:9","output_format":"png","seed":0}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2/image-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen2/image-edit" }>().toEqualTypeOf<CreateTaskBody<"qwen2/image-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen2/image-edit"> = {
      model: "qwen2/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","image_size":"16:9","output_format":"png","seed":0},
        // @ts-expect-error files_url is not a field of qwen2/image-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/image-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen2/image-edit"> = {
      model: "qwen2/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","image_size":"16:9","output_format":"png","seed":0},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/image-edit">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"qwen2/image-edit"> = {
      model: "qwen2/image-edit",
      input: {
        ...{"prompt":"","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg","image_size":"16:9","output_format":"png","seed":0},
        // @ts-expect-error image_size must be one of "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/image-edit">();
  });
});

describe("qwen2/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen2/text-to-image"> = { model: "qwen2/text-to-image", input: {"prompt":""} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen2/text-to-image"> = {"model":"qwen2/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"","image_size":"16:9","seed":0,"output_format":"png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen2/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen2/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen2/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen2/text-to-image"> = {
      model: "qwen2/text-to-image",
      input: {
        ...{"prompt":"","image_size":"16:9","seed":0,"output_format":"png"},
        // @ts-expect-error files_url is not a field of qwen2/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen2/text-to-image"> = {
      model: "qwen2/text-to-image",
      input: {
        ...{"prompt":"","image_size":"16:9","seed":0,"output_format":"png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/text-to-image">();
  });

  test("a value outside the image_size enum is a compile error", () => {
    const body: CreateTaskBody<"qwen2/text-to-image"> = {
      model: "qwen2/text-to-image",
      input: {
        ...{"prompt":"","image_size":"16:9","seed":0,"output_format":"png"},
        // @ts-expect-error image_size must be one of "1:1", "3:4", "4:3", "9:16", "16:9"
        image_size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen2/text-to-image">();
  });
});

describe("qwen3/image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen3/image-to-image"> = { model: "qwen3/image-to-image", input: {"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen3/image-to-image"> = {"model":"qwen3/image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen3/image-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen3/image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen3/image-to-image"> = {
      model: "qwen3/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error files_url is not a field of qwen3/image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/image-to-image">();
  });

  test("a wrong type for image_urls is a compile error", () => {
    const body: CreateTaskBody<"qwen3/image-to-image"> = {
      model: "qwen3/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error image_urls must be array
        image_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/image-to-image">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"qwen3/image-to-image"> = {
      model: "qwen3/image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error resolution must be one of "1K", "2K"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/image-to-image">();
  });
});

describe("qwen3/pro-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen3/pro-image-to-image"> = { model: "qwen3/pro-image-to-image", input: {"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/pro-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen3/pro-image-to-image"> = {"model":"qwen3/pro-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/pro-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen3/pro-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen3/pro-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-image-to-image"> = {
      model: "qwen3/pro-image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error files_url is not a field of qwen3/pro-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-image-to-image">();
  });

  test("a wrong type for image_urls is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-image-to-image"> = {
      model: "qwen3/pro-image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error image_urls must be array
        image_urls: "42",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-image-to-image">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-image-to-image"> = {
      model: "qwen3/pro-image-to-image",
      input: {
        ...{"image_urls":["https://example.com/input.png"],"prompt":"Turn the input image into a cinematic watercolor illustration.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error resolution must be one of "1K", "2K"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-image-to-image">();
  });
});

describe("qwen3/pro-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen3/pro-text-to-image"> = { model: "qwen3/pro-text-to-image", input: {"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/pro-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen3/pro-text-to-image"> = {"model":"qwen3/pro-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/pro-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen3/pro-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen3/pro-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-text-to-image"> = {
      model: "qwen3/pro-text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error files_url is not a field of qwen3/pro-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-text-to-image"> = {
      model: "qwen3/pro-text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-text-to-image">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"qwen3/pro-text-to-image"> = {
      model: "qwen3/pro-text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error resolution must be one of "1K", "2K"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/pro-text-to-image">();
  });
});

describe("qwen3/text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"qwen3/text-to-image"> = { model: "qwen3/text-to-image", input: {"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"qwen3/text-to-image"> = {"model":"qwen3/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["qwen3/text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "qwen3/text-to-image" }>().toEqualTypeOf<CreateTaskBody<"qwen3/text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"qwen3/text-to-image"> = {
      model: "qwen3/text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error files_url is not a field of qwen3/text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"qwen3/text-to-image"> = {
      model: "qwen3/text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/text-to-image">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"qwen3/text-to-image"> = {
      model: "qwen3/text-to-image",
      input: {
        ...{"prompt":"A futuristic city at sunset, cinematic lighting, ultra detailed.","resolution":"1K","image_size":"1:1","output_format":"png","prompt_extend":true,"nsfw_checker":false,"negative_prompt":"blurry, low quality, distorted","seed":1},
        // @ts-expect-error resolution must be one of "1K", "2K"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"qwen3/text-to-image">();
  });
});

describe("recraft/crisp-upscale", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"recraft/crisp-upscale"> = { model: "recraft/crisp-upscale", input: {"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["recraft/crisp-upscale"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"recraft/crisp-upscale"> = {"model":"recraft/crisp-upscale","callBackUrl":"https://your-domain.com/api/callback","input":{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["recraft/crisp-upscale"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "recraft/crisp-upscale" }>().toEqualTypeOf<CreateTaskBody<"recraft/crisp-upscale">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"recraft/crisp-upscale"> = {
      model: "recraft/crisp-upscale",
      input: {
        ...{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg"},
        // @ts-expect-error prompt is not a field of recraft/crisp-upscale
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"recraft/crisp-upscale">();
  });

  test("a wrong type for image is a compile error", () => {
    const body: CreateTaskBody<"recraft/crisp-upscale"> = {
      model: "recraft/crisp-upscale",
      input: {
        ...{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg"},
        // @ts-expect-error image must be string
        image: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"recraft/crisp-upscale">();
  });
});

describe("recraft/remove-background", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"recraft/remove-background"> = { model: "recraft/remove-background", input: {"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["recraft/remove-background"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"recraft/remove-background"> = {"model":"recraft/remove-background","callBackUrl":"https://your-domain.com/api/callback","input":{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["recraft/remove-background"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "recraft/remove-background" }>().toEqualTypeOf<CreateTaskBody<"recraft/remove-background">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"recraft/remove-background"> = {
      model: "recraft/remove-background",
      input: {
        ...{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp"},
        // @ts-expect-error prompt is not a field of recraft/remove-background
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"recraft/remove-background">();
  });

  test("a wrong type for image is a compile error", () => {
    const body: CreateTaskBody<"recraft/remove-background"> = {
      model: "recraft/remove-background",
      input: {
        ...{"image":"https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp"},
        // @ts-expect-error image must be string
        image: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"recraft/remove-background">();
  });
});

describe("runway", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"runway"> = { model: "runway", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","duration":1,"quality":"example quality"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"runway"> = {"model":"runway","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":1,"quality":"example quality"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "runway" }>().toEqualTypeOf<CreateTaskBody<"runway">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"runway"> = {
      model: "runway",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":1,"quality":"example quality"},
        // @ts-expect-error files_url is not a field of runway
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"runway"> = {
      model: "runway",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":1,"quality":"example quality"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"runway"> = {
      model: "runway",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","duration":1,"quality":"example quality"},
        // @ts-expect-error aspect_ratio must be one of "16:9", "4:3", "1:1", "3:4", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway">();
  });
});

describe("runway/extend-ai-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"runway/extend-ai-video"> = { model: "runway/extend-ai-video", input: {"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below","quality":"example quality"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway/extend-ai-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"runway/extend-ai-video"> = {"model":"runway/extend-ai-video","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below","quality":"example quality"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway/extend-ai-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "runway/extend-ai-video" }>().toEqualTypeOf<CreateTaskBody<"runway/extend-ai-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"runway/extend-ai-video"> = {
      model: "runway/extend-ai-video",
      input: {
        ...{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below","quality":"example quality"},
        // @ts-expect-error files_url is not a field of runway/extend-ai-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway/extend-ai-video">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"runway/extend-ai-video"> = {
      model: "runway/extend-ai-video",
      input: {
        ...{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below","quality":"example quality"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway/extend-ai-video">();
  });
});

describe("runway/gen4-aleph", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"runway/gen4-aleph"> = { model: "runway/gen4-aleph", input: {"prompt":"A lighthouse on a cliff at dusk, waves below","video_url":"https://example.com/video.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway/gen4-aleph"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"runway/gen4-aleph"> = {"model":"runway/gen4-aleph","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below","video_url":"https://example.com/video.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["runway/gen4-aleph"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "runway/gen4-aleph" }>().toEqualTypeOf<CreateTaskBody<"runway/gen4-aleph">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"runway/gen4-aleph"> = {
      model: "runway/gen4-aleph",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","video_url":"https://example.com/video.png"},
        // @ts-expect-error files_url is not a field of runway/gen4-aleph
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway/gen4-aleph">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"runway/gen4-aleph"> = {
      model: "runway/gen4-aleph",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","video_url":"https://example.com/video.png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway/gen4-aleph">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"runway/gen4-aleph"> = {
      model: "runway/gen4-aleph",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below","video_url":"https://example.com/video.png"},
        // @ts-expect-error aspect_ratio must be one of "16:9", "9:16", "4:3", "3:4", "1:1", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"runway/gen4-aleph">();
  });
});

describe("seedream/4.5-edit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/4.5-edit"> = { model: "seedream/4.5-edit", input: {"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/4.5-edit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/4.5-edit"> = {"model":"seedream/4.5-edit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/4.5-edit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/4.5-edit" }>().toEqualTypeOf<CreateTaskBody<"seedream/4.5-edit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-edit"> = {
      model: "seedream/4.5-edit",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","nsfw_checker":true},
        // @ts-expect-error files_url is not a field of seedream/4.5-edit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-edit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-edit"> = {
      model: "seedream/4.5-edit",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-edit">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-edit"> = {
      model: "seedream/4.5-edit",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","nsfw_checker":true},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-edit">();
  });
});

describe("seedream/4.5-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/4.5-text-to-image"> = { model: "seedream/4.5-text-to-image", input: {"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/4.5-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/4.5-text-to-image"> = {"model":"seedream/4.5-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/4.5-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/4.5-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"seedream/4.5-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-text-to-image"> = {
      model: "seedream/4.5-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of seedream/4.5-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-text-to-image"> = {
      model: "seedream/4.5-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/4.5-text-to-image"> = {
      model: "seedream/4.5-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/4.5-text-to-image">();
  });
});

describe("seedream/5-lite-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/5-lite-image-to-image"> = { model: "seedream/5-lite-image-to-image", input: {"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-lite-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/5-lite-image-to-image"> = {"model":"seedream/5-lite-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-lite-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/5-lite-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"seedream/5-lite-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-image-to-image"> = {
      model: "seedream/5-lite-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error files_url is not a field of seedream/5-lite-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-image-to-image"> = {
      model: "seedream/5-lite-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-image-to-image"> = {
      model: "seedream/5-lite-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-image-to-image">();
  });
});

describe("seedream/5-lite-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/5-lite-text-to-image"> = { model: "seedream/5-lite-text-to-image", input: {"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-lite-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/5-lite-text-to-image"> = {"model":"seedream/5-lite-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-lite-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/5-lite-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"seedream/5-lite-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-text-to-image"> = {
      model: "seedream/5-lite-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of seedream/5-lite-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-text-to-image"> = {
      model: "seedream/5-lite-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-lite-text-to-image"> = {
      model: "seedream/5-lite-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-lite-text-to-image">();
  });
});

describe("seedream/5-pro-image-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/5-pro-image-to-image"> = { model: "seedream/5-pro-image-to-image", input: {"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-image-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/5-pro-image-to-image"> = {"model":"seedream/5-pro-image-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-image-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/5-pro-image-to-image" }>().toEqualTypeOf<CreateTaskBody<"seedream/5-pro-image-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-image-to-image"> = {
      model: "seedream/5-pro-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error files_url is not a field of seedream/5-pro-image-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-image-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-image-to-image"> = {
      model: "seedream/5-pro-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-image-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-image-to-image"> = {
      model: "seedream/5-pro-image-to-image",
      input: {
        ...{"prompt":"Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.","image_urls":["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],"aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":true},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-image-to-image">();
  });
});

describe("seedream/5-pro-layer-decomposition", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/5-pro-layer-decomposition"> = { model: "seedream/5-pro-layer-decomposition", input: {"image_url":"https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-layer-decomposition"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/5-pro-layer-decomposition"> = {"model":"seedream/5-pro-layer-decomposition","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-layer-decomposition"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/5-pro-layer-decomposition" }>().toEqualTypeOf<CreateTaskBody<"seedream/5-pro-layer-decomposition">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-layer-decomposition"> = {
      model: "seedream/5-pro-layer-decomposition",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png"},
        // @ts-expect-error files_url is not a field of seedream/5-pro-layer-decomposition
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-layer-decomposition">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-layer-decomposition"> = {
      model: "seedream/5-pro-layer-decomposition",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-layer-decomposition">();
  });

  test("a value outside the size enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-layer-decomposition"> = {
      model: "seedream/5-pro-layer-decomposition",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png"},
        // @ts-expect-error size must be one of "auto", "1K", "1.5K", "2K"
        size: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-layer-decomposition">();
  });
});

describe("seedream/5-pro-text-to-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"seedream/5-pro-text-to-image"> = { model: "seedream/5-pro-text-to-image", input: {"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-text-to-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"seedream/5-pro-text-to-image"> = {"model":"seedream/5-pro-text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["seedream/5-pro-text-to-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "seedream/5-pro-text-to-image" }>().toEqualTypeOf<CreateTaskBody<"seedream/5-pro-text-to-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-text-to-image"> = {
      model: "seedream/5-pro-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of seedream/5-pro-text-to-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-text-to-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-text-to-image"> = {
      model: "seedream/5-pro-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-text-to-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"seedream/5-pro-text-to-image"> = {
      model: "seedream/5-pro-text-to-image",
      input: {
        ...{"prompt":"A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of \"commercial attributes + aesthetic design.\" Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.","aspect_ratio":"1:1","quality":"basic","output_format":"png","nsfw_checker":false},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"seedream/5-pro-text-to-image">();
  });
});

describe("topaz/image-upscale", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"topaz/image-upscale"> = { model: "topaz/image-upscale", input: {"image_url":"https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png","upscale_factor":"2"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["topaz/image-upscale"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"topaz/image-upscale"> = {"model":"topaz/image-upscale","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png","upscale_factor":"2"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["topaz/image-upscale"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "topaz/image-upscale" }>().toEqualTypeOf<CreateTaskBody<"topaz/image-upscale">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"topaz/image-upscale"> = {
      model: "topaz/image-upscale",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png","upscale_factor":"2"},
        // @ts-expect-error prompt is not a field of topaz/image-upscale
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/image-upscale">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"topaz/image-upscale"> = {
      model: "topaz/image-upscale",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png","upscale_factor":"2"},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/image-upscale">();
  });

  test("a value outside the upscale_factor enum is a compile error", () => {
    const body: CreateTaskBody<"topaz/image-upscale"> = {
      model: "topaz/image-upscale",
      input: {
        ...{"image_url":"https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png","upscale_factor":"2"},
        // @ts-expect-error upscale_factor must be one of "1", "2", "4"
        upscale_factor: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/image-upscale">();
  });
});

describe("topaz/video-upscale", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"topaz/video-upscale"> = { model: "topaz/video-upscale", input: {"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["topaz/video-upscale"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"topaz/video-upscale"> = {"model":"topaz/video-upscale","callBackUrl":"https://your-domain.com/api/callback","input":{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4","upscale_factor":"2"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["topaz/video-upscale"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "topaz/video-upscale" }>().toEqualTypeOf<CreateTaskBody<"topaz/video-upscale">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"topaz/video-upscale"> = {
      model: "topaz/video-upscale",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4","upscale_factor":"2"},
        // @ts-expect-error prompt is not a field of topaz/video-upscale
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/video-upscale">();
  });

  test("a wrong type for video_url is a compile error", () => {
    const body: CreateTaskBody<"topaz/video-upscale"> = {
      model: "topaz/video-upscale",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4","upscale_factor":"2"},
        // @ts-expect-error video_url must be string
        video_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/video-upscale">();
  });

  test("a value outside the upscale_factor enum is a compile error", () => {
    const body: CreateTaskBody<"topaz/video-upscale"> = {
      model: "topaz/video-upscale",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4","upscale_factor":"2"},
        // @ts-expect-error upscale_factor must be one of "1", "2", "4"
        upscale_factor: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"topaz/video-upscale">();
  });
});

describe("veo-3-1", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"veo-3-1"> = { model: "veo-3-1", input: {"prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo-3-1"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"veo-3-1"> = {"model":"veo-3-1","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo-3-1"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "veo-3-1" }>().toEqualTypeOf<CreateTaskBody<"veo-3-1">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"veo-3-1"> = {
      model: "veo-3-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of veo-3-1
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo-3-1">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"veo-3-1"> = {
      model: "veo-3-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo-3-1">();
  });

  test("a value outside the generation_type enum is a compile error", () => {
    const body: CreateTaskBody<"veo-3-1"> = {
      model: "veo-3-1",
      input: {
        ...{"prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error generation_type must be one of "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"
        generation_type: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo-3-1">();
  });
});

describe("veo/extend", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"veo/extend"> = { model: "veo/extend", input: {"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/extend"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"veo/extend"> = {"model":"veo/extend","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/extend"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "veo/extend" }>().toEqualTypeOf<CreateTaskBody<"veo/extend">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"veo/extend"> = {
      model: "veo/extend",
      input: {
        ...{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error files_url is not a field of veo/extend
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/extend">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"veo/extend"> = {
      model: "veo/extend",
      input: {
        ...{"task_id":"example task_id","prompt":"A lighthouse on a cliff at dusk, waves below"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/extend">();
  });
});

describe("veo/get-1080p-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"veo/get-1080p-video"> = { model: "veo/get-1080p-video", input: {"taskId":"example taskId"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/get-1080p-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"veo/get-1080p-video"> = {"model":"veo/get-1080p-video","callBackUrl":"https://your-domain.com/api/callback","input":{"taskId":"example taskId"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/get-1080p-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "veo/get-1080p-video" }>().toEqualTypeOf<CreateTaskBody<"veo/get-1080p-video">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"veo/get-1080p-video"> = {
      model: "veo/get-1080p-video",
      input: {
        ...{"taskId":"example taskId"},
        // @ts-expect-error prompt is not a field of veo/get-1080p-video
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/get-1080p-video">();
  });

  test("a wrong type for taskId is a compile error", () => {
    const body: CreateTaskBody<"veo/get-1080p-video"> = {
      model: "veo/get-1080p-video",
      input: {
        ...{"taskId":"example taskId"},
        // @ts-expect-error taskId must be string
        taskId: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/get-1080p-video">();
  });
});

describe("veo/get-4k-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"veo/get-4k-video"> = { model: "veo/get-4k-video", input: {"task_id":"example task_id"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/get-4k-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"veo/get-4k-video"> = {"model":"veo/get-4k-video","callBackUrl":"https://your-domain.com/api/callback","input":{"task_id":"example task_id"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["veo/get-4k-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "veo/get-4k-video" }>().toEqualTypeOf<CreateTaskBody<"veo/get-4k-video">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"veo/get-4k-video"> = {
      model: "veo/get-4k-video",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error prompt is not a field of veo/get-4k-video
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/get-4k-video">();
  });

  test("a wrong type for task_id is a compile error", () => {
    const body: CreateTaskBody<"veo/get-4k-video"> = {
      model: "veo/get-4k-video",
      input: {
        ...{"task_id":"example task_id"},
        // @ts-expect-error task_id must be string
        task_id: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"veo/get-4k-video">();
  });
});

describe("volcengine/video-to-video-lip-sync", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"volcengine/video-to-video-lip-sync"> = { model: "volcengine/video-to-video-lip-sync", input: {"mode":"lite","video_url":"https://your-domain.com/video/example.mp4","audio_url":"https://your-domain.com/audio/speech.mp3"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["volcengine/video-to-video-lip-sync"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"volcengine/video-to-video-lip-sync"> = {"model":"volcengine/video-to-video-lip-sync","callBackUrl":"https://your-domain.com/api/callback","input":{"mode":"lite","video_url":"https://your-domain.com/video/example.mp4","audio_url":"https://your-domain.com/audio/speech.mp3","separate_vocal":false,"open_scenedet":false,"align_audio":true,"align_audio_reverse":false,"templ_start_seconds":0}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["volcengine/video-to-video-lip-sync"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "volcengine/video-to-video-lip-sync" }>().toEqualTypeOf<CreateTaskBody<"volcengine/video-to-video-lip-sync">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"volcengine/video-to-video-lip-sync"> = {
      model: "volcengine/video-to-video-lip-sync",
      input: {
        ...{"mode":"lite","video_url":"https://your-domain.com/video/example.mp4","audio_url":"https://your-domain.com/audio/speech.mp3","separate_vocal":false,"open_scenedet":false,"align_audio":true,"align_audio_reverse":false,"templ_start_seconds":0},
        // @ts-expect-error prompt is not a field of volcengine/video-to-video-lip-sync
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"volcengine/video-to-video-lip-sync">();
  });

  test("a wrong type for mode is a compile error", () => {
    const body: CreateTaskBody<"volcengine/video-to-video-lip-sync"> = {
      model: "volcengine/video-to-video-lip-sync",
      input: {
        ...{"mode":"lite","video_url":"https://your-domain.com/video/example.mp4","audio_url":"https://your-domain.com/audio/speech.mp3","separate_vocal":false,"open_scenedet":false,"align_audio":true,"align_audio_reverse":false,"templ_start_seconds":0},
        // @ts-expect-error mode must be string
        mode: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"volcengine/video-to-video-lip-sync">();
  });

  test("a value outside the mode enum is a compile error", () => {
    const body: CreateTaskBody<"volcengine/video-to-video-lip-sync"> = {
      model: "volcengine/video-to-video-lip-sync",
      input: {
        ...{"mode":"lite","video_url":"https://your-domain.com/video/example.mp4","audio_url":"https://your-domain.com/audio/speech.mp3","separate_vocal":false,"open_scenedet":false,"align_audio":true,"align_audio_reverse":false,"templ_start_seconds":0},
        // @ts-expect-error mode must be one of "lite", "basic"
        mode: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"volcengine/video-to-video-lip-sync">();
  });
});

describe("wan/2-2-a14b-image-to-video-turbo", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = { model: "wan/2-2-a14b-image-to-video-turbo", input: {"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-image-to-video-turbo"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {"model":"wan/2-2-a14b-image-to-video-turbo","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-image-to-video-turbo"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-a14b-image-to-video-turbo" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-2-a14b-image-to-video-turbo
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error image_url must be string
        image_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error resolution must be one of "480p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });
});

describe("wan/2-2-a14b-speech-to-video-turbo", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo"> = { model: "wan/2-2-a14b-speech-to-video-turbo", input: {"prompt":"The lady is talking","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-speech-to-video-turbo"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo"> = {"model":"wan/2-2-a14b-speech-to-video-turbo","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The lady is talking","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3","num_frames":80,"frames_per_second":16,"resolution":"480p","negative_prompt":"","num_inference_steps":27,"guidance_scale":3.5,"shift":5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-speech-to-video-turbo"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-a14b-speech-to-video-turbo" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo"> = {
      model: "wan/2-2-a14b-speech-to-video-turbo",
      input: {
        ...{"prompt":"The lady is talking","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3","num_frames":80,"frames_per_second":16,"resolution":"480p","negative_prompt":"","num_inference_steps":27,"guidance_scale":3.5,"shift":5},
        // @ts-expect-error files_url is not a field of wan/2-2-a14b-speech-to-video-turbo
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-speech-to-video-turbo">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo"> = {
      model: "wan/2-2-a14b-speech-to-video-turbo",
      input: {
        ...{"prompt":"The lady is talking","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3","num_frames":80,"frames_per_second":16,"resolution":"480p","negative_prompt":"","num_inference_steps":27,"guidance_scale":3.5,"shift":5},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-speech-to-video-turbo">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-speech-to-video-turbo"> = {
      model: "wan/2-2-a14b-speech-to-video-turbo",
      input: {
        ...{"prompt":"The lady is talking","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png","audio_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3","num_frames":80,"frames_per_second":16,"resolution":"480p","negative_prompt":"","num_inference_steps":27,"guidance_scale":3.5,"shift":5},
        // @ts-expect-error resolution must be one of "480p", "580p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-speech-to-video-turbo">();
  });
});

describe("wan/2-2-a14b-text-to-video-turbo", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo"> = { model: "wan/2-2-a14b-text-to-video-turbo", input: {"prompt":"Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-text-to-video-turbo"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo"> = {"model":"wan/2-2-a14b-text-to-video-turbo","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty.","resolution":"720p","aspect_ratio":"16:9","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-text-to-video-turbo"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-a14b-text-to-video-turbo" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo"> = {
      model: "wan/2-2-a14b-text-to-video-turbo",
      input: {
        ...{"prompt":"Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty.","resolution":"720p","aspect_ratio":"16:9","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-2-a14b-text-to-video-turbo
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-text-to-video-turbo">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo"> = {
      model: "wan/2-2-a14b-text-to-video-turbo",
      input: {
        ...{"prompt":"Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty.","resolution":"720p","aspect_ratio":"16:9","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-text-to-video-turbo">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-text-to-video-turbo"> = {
      model: "wan/2-2-a14b-text-to-video-turbo",
      input: {
        ...{"prompt":"Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters \"KIE AI\" as it rises into breathtaking polar majesty.","resolution":"720p","aspect_ratio":"16:9","enable_prompt_expansion":false,"seed":0,"acceleration":"none","nsfw_checker":false},
        // @ts-expect-error resolution must be one of "480p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-text-to-video-turbo">();
  });
});

describe("wan/2-2-animate-move", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-animate-move"> = { model: "wan/2-2-animate-move", input: {"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-animate-move"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-animate-move"> = {"model":"wan/2-2-animate-move","callBackUrl":"https://your-domain.com/api/callback","input":{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png","resolution":"480p","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-animate-move"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-animate-move" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-animate-move">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-move"> = {
      model: "wan/2-2-animate-move",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error prompt is not a field of wan/2-2-animate-move
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-move">();
  });

  test("a wrong type for video_url is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-move"> = {
      model: "wan/2-2-animate-move",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error video_url must be string
        video_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-move">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-move"> = {
      model: "wan/2-2-animate-move",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error resolution must be one of "480p", "580p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-move">();
  });
});

describe("wan/2-2-animate-replace", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-animate-replace"> = { model: "wan/2-2-animate-replace", input: {"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-animate-replace"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-animate-replace"> = {"model":"wan/2-2-animate-replace","callBackUrl":"https://your-domain.com/api/callback","input":{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png","resolution":"480p","nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-animate-replace"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-animate-replace" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-animate-replace">>();
  });

  test("a field of another model (prompt, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-replace"> = {
      model: "wan/2-2-animate-replace",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error prompt is not a field of wan/2-2-animate-replace
        prompt: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-replace">();
  });

  test("a wrong type for video_url is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-replace"> = {
      model: "wan/2-2-animate-replace",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error video_url must be string
        video_url: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-replace">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-animate-replace"> = {
      model: "wan/2-2-animate-replace",
      input: {
        ...{"video_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png","resolution":"480p","nsfw_checker":false},
        // @ts-expect-error resolution must be one of "480p", "580p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-animate-replace">();
  });
});

describe("wan/2-5-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-5-image-to-video"> = { model: "wan/2-5-image-to-video", input: {"prompt":"The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp","duration":"5","resolution":"1080p"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-5-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-5-image-to-video"> = {"model":"wan/2-5-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp","duration":"5","resolution":"1080p","negative_prompt":"blurry, flicker, camera shake, distorted face, low quality","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-5-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-5-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-5-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-image-to-video"> = {
      model: "wan/2-5-image-to-video",
      input: {
        ...{"prompt":"The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp","duration":"5","resolution":"1080p","negative_prompt":"blurry, flicker, camera shake, distorted face, low quality","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-5-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-image-to-video"> = {
      model: "wan/2-5-image-to-video",
      input: {
        ...{"prompt":"The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp","duration":"5","resolution":"1080p","negative_prompt":"blurry, flicker, camera shake, distorted face, low quality","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-image-to-video"> = {
      model: "wan/2-5-image-to-video",
      input: {
        ...{"prompt":"The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: \"Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!\" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp","duration":"5","resolution":"1080p","negative_prompt":"blurry, flicker, camera shake, distorted face, low quality","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-image-to-video">();
  });
});

describe("wan/2-5-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-5-text-to-video"> = { model: "wan/2-5-text-to-video", input: {"prompt":"A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.","duration":"5","resolution":"1080p"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-5-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-5-text-to-video"> = {"model":"wan/2-5-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.","duration":"5","aspect_ratio":"16:9","resolution":"1080p","negative_prompt":"blurry, flicker, low quality, distorted people, camera shake","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-5-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-5-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-5-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-text-to-video"> = {
      model: "wan/2-5-text-to-video",
      input: {
        ...{"prompt":"A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.","duration":"5","aspect_ratio":"16:9","resolution":"1080p","negative_prompt":"blurry, flicker, low quality, distorted people, camera shake","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-5-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-text-to-video"> = {
      model: "wan/2-5-text-to-video",
      input: {
        ...{"prompt":"A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.","duration":"5","aspect_ratio":"16:9","resolution":"1080p","negative_prompt":"blurry, flicker, low quality, distorted people, camera shake","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-text-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-5-text-to-video"> = {
      model: "wan/2-5-text-to-video",
      input: {
        ...{"prompt":"A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.","duration":"5","aspect_ratio":"16:9","resolution":"1080p","negative_prompt":"blurry, flicker, low quality, distorted people, camera shake","enable_prompt_expansion":true,"seed":123456,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-5-text-to-video">();
  });
});

describe("wan/2-6-flash-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-6-flash-image-to-video"> = { model: "wan/2-6-flash-image-to-video", input: {"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":[],"audio":false} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-flash-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-6-flash-image-to-video"> = {"model":"wan/2-6-flash-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":[],"duration":"5","resolution":"1080p","audio":false,"multi_shots":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-flash-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-6-flash-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-6-flash-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-image-to-video"> = {
      model: "wan/2-6-flash-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":[],"duration":"5","resolution":"1080p","audio":false,"multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-6-flash-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-image-to-video"> = {
      model: "wan/2-6-flash-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":[],"duration":"5","resolution":"1080p","audio":false,"multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-image-to-video"> = {
      model: "wan/2-6-flash-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":[],"duration":"5","resolution":"1080p","audio":false,"multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10", "15"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-image-to-video">();
  });
});

describe("wan/2-6-flash-video-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-6-flash-video-to-video"> = { model: "wan/2-6-flash-video-to-video", input: {"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":[]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-flash-video-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-6-flash-video-to-video"> = {"model":"wan/2-6-flash-video-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":[],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-flash-video-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-6-flash-video-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-6-flash-video-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-video-to-video"> = {
      model: "wan/2-6-flash-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":[],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-6-flash-video-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-video-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-video-to-video"> = {
      model: "wan/2-6-flash-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":[],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-video-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-flash-video-to-video"> = {
      model: "wan/2-6-flash-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":[],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-flash-video-to-video">();
  });
});

describe("wan/2-6-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-6-image-to-video"> = { model: "wan/2-6-image-to-video", input: {"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":["https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-6-image-to-video"> = {"model":"wan/2-6-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":["https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-6-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-6-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-image-to-video"> = {
      model: "wan/2-6-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":["https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-6-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-image-to-video"> = {
      model: "wan/2-6-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":["https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-image-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-image-to-video"> = {
      model: "wan/2-6-image-to-video",
      input: {
        ...{"prompt":"Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.","image_urls":["https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10", "15"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-image-to-video">();
  });
});

describe("wan/2-6-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-6-text-to-video"> = { model: "wan/2-6-text-to-video", input: {"prompt":"In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-6-text-to-video"> = {"model":"wan/2-6-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.","duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-6-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-6-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-text-to-video"> = {
      model: "wan/2-6-text-to-video",
      input: {
        ...{"prompt":"In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.","duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-6-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-text-to-video"> = {
      model: "wan/2-6-text-to-video",
      input: {
        ...{"prompt":"In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.","duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-text-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-text-to-video"> = {
      model: "wan/2-6-text-to-video",
      input: {
        ...{"prompt":"In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.","duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10", "15"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-text-to-video">();
  });
});

describe("wan/2-6-video-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-6-video-to-video"> = { model: "wan/2-6-video-to-video", input: {"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":["https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"]} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-video-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-6-video-to-video"> = {"model":"wan/2-6-video-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":["https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-6-video-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-6-video-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-6-video-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-video-to-video"> = {
      model: "wan/2-6-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":["https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error files_url is not a field of wan/2-6-video-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-video-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-video-to-video"> = {
      model: "wan/2-6-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":["https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-video-to-video">();
  });

  test("a value outside the duration enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-6-video-to-video"> = {
      model: "wan/2-6-video-to-video",
      input: {
        ...{"prompt":"The video drinks milk tea while doing some improvised dance moves to the music.","video_urls":["https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"],"duration":"5","resolution":"1080p","multi_shots":false,"nsfw_checker":false},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-6-video-to-video">();
  });
});

describe("wan/2-7-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-image"> = { model: "wan/2-7-image", input: {"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-image"> = {"model":"wan/2-7-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-image" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image"> = {
      model: "wan/2-7-image",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error files_url is not a field of wan/2-7-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image"> = {
      model: "wan/2-7-image",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image"> = {
      model: "wan/2-7-image",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image">();
  });
});

describe("wan/2-7-image-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-image-pro"> = { model: "wan/2-7-image-pro", input: {"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-image-pro"> = {"model":"wan/2-7-image-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-image-pro" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-image-pro">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-pro"> = {
      model: "wan/2-7-image-pro",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error files_url is not a field of wan/2-7-image-pro
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-pro"> = {
      model: "wan/2-7-image-pro",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-pro">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-pro"> = {
      model: "wan/2-7-image-pro",
      input: {
        ...{"prompt":"Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism."},
        // @ts-expect-error aspect_ratio must be one of "1:1", "16:9", "4:3", "21:9", "3:4", "9:16", "8:1", "1:8"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-pro">();
  });
});

describe("wan/2-7-image-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-image-to-video"> = { model: "wan/2-7-image-to-video", input: {"prompt":"A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-image-to-video"> = {"model":"wan/2-7-image-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.","negative_prompt":"blurry, flicker, low quality, distorted","first_frame_url":"https://your-domain.com/assets/first-frame.png","last_frame_url":"https://your-domain.com/assets/last-frame.png","resolution":"1080p","duration":5,"prompt_extend":true,"watermark":false,"seed":123456}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-image-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-image-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-image-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-to-video"> = {
      model: "wan/2-7-image-to-video",
      input: {
        ...{"prompt":"A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.","negative_prompt":"blurry, flicker, low quality, distorted","first_frame_url":"https://your-domain.com/assets/first-frame.png","last_frame_url":"https://your-domain.com/assets/last-frame.png","resolution":"1080p","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error files_url is not a field of wan/2-7-image-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-to-video"> = {
      model: "wan/2-7-image-to-video",
      input: {
        ...{"prompt":"A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.","negative_prompt":"blurry, flicker, low quality, distorted","first_frame_url":"https://your-domain.com/assets/first-frame.png","last_frame_url":"https://your-domain.com/assets/last-frame.png","resolution":"1080p","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-image-to-video"> = {
      model: "wan/2-7-image-to-video",
      input: {
        ...{"prompt":"A white cat stands on a windowsill in warm afternoon light. The camera slowly pushes in as the cat blinks softly and turns to look outside.","negative_prompt":"blurry, flicker, low quality, distorted","first_frame_url":"https://your-domain.com/assets/first-frame.png","last_frame_url":"https://your-domain.com/assets/last-frame.png","resolution":"1080p","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-image-to-video">();
  });
});

describe("wan/2-7-r2v", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-r2v"> = { model: "wan/2-7-r2v", input: {"prompt":"Image 1 is eating, while video 1 and image 2 are singing beside it."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-r2v"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-r2v"> = {"model":"wan/2-7-r2v","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Image 1 is eating, while video 1 and image 2 are singing beside it.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","reference_image":["https://example.com/demo/ref-image-1.png","https://example.com/demo/ref-image-2.png"],"reference_video":["https://example.com/demo/ref-video-1.mp4"],"first_frame":"https://example.com/demo/first-frame.png","reference_voice":"https://example.com/demo/reference-voice.mp3","resolution":"1080p","aspect_ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":0}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-r2v"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-r2v" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-r2v">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-r2v"> = {
      model: "wan/2-7-r2v",
      input: {
        ...{"prompt":"Image 1 is eating, while video 1 and image 2 are singing beside it.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","reference_image":["https://example.com/demo/ref-image-1.png","https://example.com/demo/ref-image-2.png"],"reference_video":["https://example.com/demo/ref-video-1.mp4"],"first_frame":"https://example.com/demo/first-frame.png","reference_voice":"https://example.com/demo/reference-voice.mp3","resolution":"1080p","aspect_ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error files_url is not a field of wan/2-7-r2v
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-r2v">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-r2v"> = {
      model: "wan/2-7-r2v",
      input: {
        ...{"prompt":"Image 1 is eating, while video 1 and image 2 are singing beside it.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","reference_image":["https://example.com/demo/ref-image-1.png","https://example.com/demo/ref-image-2.png"],"reference_video":["https://example.com/demo/ref-video-1.mp4"],"first_frame":"https://example.com/demo/first-frame.png","reference_voice":"https://example.com/demo/reference-voice.mp3","resolution":"1080p","aspect_ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-r2v">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-r2v"> = {
      model: "wan/2-7-r2v",
      input: {
        ...{"prompt":"Image 1 is eating, while video 1 and image 2 are singing beside it.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","reference_image":["https://example.com/demo/ref-image-1.png","https://example.com/demo/ref-image-2.png"],"reference_video":["https://example.com/demo/ref-video-1.mp4"],"first_frame":"https://example.com/demo/first-frame.png","reference_voice":"https://example.com/demo/reference-voice.mp3","resolution":"1080p","aspect_ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-r2v">();
  });
});

describe("wan/2-7-text-to-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-text-to-video"> = { model: "wan/2-7-text-to-video", input: {"prompt":"A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-text-to-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-text-to-video"> = {"model":"wan/2-7-text-to-video","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.","negative_prompt":"blurry, low quality, flicker, distorted characters","audio_url":"https://your-domain.com/audio/custom-track.mp3","resolution":"1080p","ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":123456}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-text-to-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-text-to-video" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-text-to-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-text-to-video"> = {
      model: "wan/2-7-text-to-video",
      input: {
        ...{"prompt":"A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.","negative_prompt":"blurry, low quality, flicker, distorted characters","audio_url":"https://your-domain.com/audio/custom-track.mp3","resolution":"1080p","ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error files_url is not a field of wan/2-7-text-to-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-text-to-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-text-to-video"> = {
      model: "wan/2-7-text-to-video",
      input: {
        ...{"prompt":"A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.","negative_prompt":"blurry, low quality, flicker, distorted characters","audio_url":"https://your-domain.com/audio/custom-track.mp3","resolution":"1080p","ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-text-to-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-text-to-video"> = {
      model: "wan/2-7-text-to-video",
      input: {
        ...{"prompt":"A futuristic city street at night, neon reflections shimmering on the wet ground. The camera slowly pushes forward as a silver hover car glides in from the left. Giant holographic billboards flicker in the distance, creating a cinematic atmosphere.","negative_prompt":"blurry, low quality, flicker, distorted characters","audio_url":"https://your-domain.com/audio/custom-track.mp3","resolution":"1080p","ratio":"16:9","duration":5,"prompt_extend":true,"watermark":false,"seed":123456},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-text-to-video">();
  });
});

describe("wan/2-7-videoedit", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-7-videoedit"> = { model: "wan/2-7-videoedit", input: {"video_url":"https://example.com/demo/video.mp4"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-videoedit"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-7-videoedit"> = {"model":"wan/2-7-videoedit","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Change the character's outfit and add the hat shown in the reference image.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","video_url":"https://example.com/demo/video.mp4","reference_image":"https://example.com/demo/reference.png","resolution":"1080p","aspect_ratio":"16:9","duration":0,"audio_setting":"auto","prompt_extend":true,"watermark":false,"seed":0}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-7-videoedit"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-7-videoedit" }>().toEqualTypeOf<CreateTaskBody<"wan/2-7-videoedit">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-videoedit"> = {
      model: "wan/2-7-videoedit",
      input: {
        ...{"prompt":"Change the character's outfit and add the hat shown in the reference image.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","video_url":"https://example.com/demo/video.mp4","reference_image":"https://example.com/demo/reference.png","resolution":"1080p","aspect_ratio":"16:9","duration":0,"audio_setting":"auto","prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error files_url is not a field of wan/2-7-videoedit
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-videoedit">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-videoedit"> = {
      model: "wan/2-7-videoedit",
      input: {
        ...{"prompt":"Change the character's outfit and add the hat shown in the reference image.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","video_url":"https://example.com/demo/video.mp4","reference_image":"https://example.com/demo/reference.png","resolution":"1080p","aspect_ratio":"16:9","duration":0,"audio_setting":"auto","prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-videoedit">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/2-7-videoedit"> = {
      model: "wan/2-7-videoedit",
      input: {
        ...{"prompt":"Change the character's outfit and add the hat shown in the reference image.","negative_prompt":"low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions","video_url":"https://example.com/demo/video.mp4","reference_image":"https://example.com/demo/reference.png","resolution":"1080p","aspect_ratio":"16:9","duration":0,"audio_setting":"auto","prompt_extend":true,"watermark":false,"seed":0},
        // @ts-expect-error resolution must be one of "720p", "1080p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-7-videoedit">();
  });
});

describe("wan/3-0-video", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/3-0-video"> = { model: "wan/3-0-video", input: {} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/3-0-video"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/3-0-video"> = {"model":"wan/3-0-video","callBackUrl":"https://your-domain.com/api/callback","input":{}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/3-0-video"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/3-0-video" }>().toEqualTypeOf<CreateTaskBody<"wan/3-0-video">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video"> = {
      model: "wan/3-0-video",
      input: {
        ...{},
        // @ts-expect-error files_url is not a field of wan/3-0-video
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video"> = {
      model: "wan/3-0-video",
      input: {
        ...{},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video"> = {
      model: "wan/3-0-video",
      input: {
        ...{},
        // @ts-expect-error resolution must be one of "480P", "720P", "1080P"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video">();
  });
});

describe("wan/3-0-video-prime", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/3-0-video-prime"> = { model: "wan/3-0-video-prime", input: {} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/3-0-video-prime"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/3-0-video-prime"> = {"model":"wan/3-0-video-prime","callBackUrl":"https://your-domain.com/api/callback","input":{}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/3-0-video-prime"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/3-0-video-prime" }>().toEqualTypeOf<CreateTaskBody<"wan/3-0-video-prime">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video-prime"> = {
      model: "wan/3-0-video-prime",
      input: {
        ...{},
        // @ts-expect-error files_url is not a field of wan/3-0-video-prime
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video-prime">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video-prime"> = {
      model: "wan/3-0-video-prime",
      input: {
        ...{},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video-prime">();
  });

  test("a value outside the resolution enum is a compile error", () => {
    const body: CreateTaskBody<"wan/3-0-video-prime"> = {
      model: "wan/3-0-video-prime",
      input: {
        ...{},
        // @ts-expect-error resolution must be one of "480P", "720P", "1080P"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/3-0-video-prime">();
  });
});

describe("z-image", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"z-image"> = { model: "z-image", input: {"prompt":"Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.","aspect_ratio":"1:1"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["z-image"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"z-image"> = {"model":"z-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.","aspect_ratio":"1:1","nsfw_checker":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["z-image"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "z-image" }>().toEqualTypeOf<CreateTaskBody<"z-image">>();
  });

  test("a field of another model (files_url, from 4o-image-api) is a compile error", () => {
    const body: CreateTaskBody<"z-image"> = {
      model: "z-image",
      input: {
        ...{"prompt":"Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.","aspect_ratio":"1:1","nsfw_checker":true},
        // @ts-expect-error files_url is not a field of z-image
        files_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"z-image">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"z-image"> = {
      model: "z-image",
      input: {
        ...{"prompt":"Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.","aspect_ratio":"1:1","nsfw_checker":true},
        // @ts-expect-error prompt must be string
        prompt: 42,
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"z-image">();
  });

  test("a value outside the aspect_ratio enum is a compile error", () => {
    const body: CreateTaskBody<"z-image"> = {
      model: "z-image",
      input: {
        ...{"prompt":"Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.","aspect_ratio":"1:1","nsfw_checker":true},
        // @ts-expect-error aspect_ratio must be one of "1:1", "4:3", "3:4", "16:9", "9:16"
        aspect_ratio: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"z-image">();
  });
});
