// This file is generated. Do not edit it by hand.
// Source: specs/market/hailuo/02-image-to-video-standard.json, specs/market/hailuo/2-3-image-to-video-standard.json, specs/market/kling/v2-5-turbo-image-to-video-pro.json, specs/market/wan/2-2-a14b-image-to-video-turbo.json
// Regenerate with: pnpm generate

import { describe, expectTypeOf, test } from "vitest";
import type { CreateTaskBody, ModelInputs } from "./models.gen.js";

describe("hailuo/02-image-to-video-standard", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = { model: "hailuo/02-image-to-video-standard", input: {"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-standard"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {"model":"hailuo/02-image-to-video-standard","input":{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["hailuo/02-image-to-video-standard"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "hailuo/02-image-to-video-standard" }>().toEqualTypeOf<CreateTaskBody<"hailuo/02-image-to-video-standard">>();
  });

  test("a field of another model (tail_image_url, from kling/v2-5-turbo-image-to-video-pro) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/02-image-to-video-standard"> = {
      model: "hailuo/02-image-to-video-standard",
      input: {
        ...{"prompt":"Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png","end_image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png","duration":"10","resolution":"768P","prompt_optimizer":true},
        // @ts-expect-error tail_image_url is not a field of hailuo/02-image-to-video-standard
        tail_image_url: "x",
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

  test("a field of another model (end_image_url, from hailuo/02-image-to-video-standard) is a compile error", () => {
    const body: CreateTaskBody<"hailuo/2-3-image-to-video-standard"> = {
      model: "hailuo/2-3-image-to-video-standard",
      input: {
        ...{"prompt":"Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp","duration":"6","resolution":"768P"},
        // @ts-expect-error end_image_url is not a field of hailuo/2-3-image-to-video-standard
        end_image_url: "x",
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

describe("kling/v2-5-turbo-image-to-video-pro", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = { model: "kling/v2-5-turbo-image-to-video-pro", input: {"prompt":"Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png"} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-image-to-video-pro"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {"model":"kling/v2-5-turbo-image-to-video-pro","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["kling/v2-5-turbo-image-to-video-pro"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "kling/v2-5-turbo-image-to-video-pro" }>().toEqualTypeOf<CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro">>();
  });

  test("a field of another model (end_image_url, from hailuo/02-image-to-video-standard) is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {
      model: "kling/v2-5-turbo-image-to-video-pro",
      input: {
        ...{"prompt":"Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error end_image_url is not a field of kling/v2-5-turbo-image-to-video-pro
        end_image_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-image-to-video-pro">();
  });

  test("a wrong type for prompt is a compile error", () => {
    const body: CreateTaskBody<"kling/v2-5-turbo-image-to-video-pro"> = {
      model: "kling/v2-5-turbo-image-to-video-pro",
      input: {
        ...{"prompt":"Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
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
        ...{"prompt":"Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.","image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png","duration":"5","negative_prompt":"blur, distort, and low quality","cfg_scale":0.5},
        // @ts-expect-error duration must be one of "5", "10"
        duration: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"kling/v2-5-turbo-image-to-video-pro">();
  });
});

describe("wan/2-2-a14b-image-to-video-turbo", () => {
  test("only the required fields compile; everything else is optional", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = { model: "wan/2-2-a14b-image-to-video-turbo", input: {"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background."} };
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-image-to-video-turbo"]>();
  });

  test("its request example compiles and the id narrows the input", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {"model":"wan/2-2-a14b-image-to-video-turbo","callBackUrl":"https://your-domain.com/api/callback","input":{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","aspect_ratio":"auto","enable_prompt_expansion":false,"seed":0,"acceleration":"none"}};
    expectTypeOf(body.input).toEqualTypeOf<ModelInputs["wan/2-2-a14b-image-to-video-turbo"]>();
    expectTypeOf<CreateTaskBody>().extract<{ model: "wan/2-2-a14b-image-to-video-turbo" }>().toEqualTypeOf<CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo">>();
  });

  test("a field of another model (end_image_url, from hailuo/02-image-to-video-standard) is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","aspect_ratio":"auto","enable_prompt_expansion":false,"seed":0,"acceleration":"none"},
        // @ts-expect-error end_image_url is not a field of wan/2-2-a14b-image-to-video-turbo
        end_image_url: "x",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });

  test("a wrong type for image_url is a compile error", () => {
    const body: CreateTaskBody<"wan/2-2-a14b-image-to-video-turbo"> = {
      model: "wan/2-2-a14b-image-to-video-turbo",
      input: {
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","aspect_ratio":"auto","enable_prompt_expansion":false,"seed":0,"acceleration":"none"},
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
        ...{"image_url":"https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png","prompt":"Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.","resolution":"720p","aspect_ratio":"auto","enable_prompt_expansion":false,"seed":0,"acceleration":"none"},
        // @ts-expect-error resolution must be one of "480p", "580p", "720p"
        resolution: "not-an-option",
      },
    };
    expectTypeOf(body.model).toEqualTypeOf<"wan/2-2-a14b-image-to-video-turbo">();
  });
});
