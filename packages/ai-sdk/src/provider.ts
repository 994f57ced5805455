import {
  APICallError,
  type Experimental_VideoModelV3,
  type Experimental_VideoModelV3CallOptions,
  type ImageModelV3,
  type ImageModelV3CallOptions,
  InvalidArgumentError,
  NoSuchModelError,
  type ProviderV3,
  type SharedV3ProviderOptions,
  type SharedV3Warning,
  type SpeechModelV3,
  type SpeechModelV3CallOptions,
} from "@ai-sdk/provider";
import {
  BudgetExceededError,
  ConfigurationError,
  createKieClient,
  IdempotencyConflictError,
  InputValidationError,
  type KieClient,
  type KieClientOptions,
  KieError,
  type ModelId,
  type ModelInputs,
  type modelFields,
  modelIds,
  OutcomeUnknownError,
  type SuccessTaskRecord,
  TaskFailedError,
} from "@kie-market/client";
import { nearestNames } from "@kie-market/schemas";
import { download, type InputFile, urlFor } from "./media.js";
import { aspectRatioFor, factsOf, InputBuilder, numberFor, resolutionFor } from "./settings.js";

type Category<M extends ModelId> = (typeof modelFields)[M]["category"];
type IdsOf<C extends string> = { [M in ModelId]: Category<M> extends C ? M : never }[ModelId];

/** A video model of the catalogue, or any other id (sent untyped, as the client's `createUntyped`). */
export type KieVideoModelId = IdsOf<"video"> | (string & {});
/** An image model of the catalogue, or any other id. */
export type KieImageModelId = IdsOf<"image"> | (string & {});
/** An audio model of the catalogue, or any other id. */
export type KieSpeechModelId = IdsOf<"audio"> | (string & {});

/**
 * `providerOptions.kie` for model `M`: any of its own input fields (they win over what the common settings
 * map to), e.g. `{ kie: { negative_prompt: "blur", cfg_scale: 0.5 } } satisfies KieProviderOptions<"kling/...">`.
 */
export type KieProviderOptions<M extends ModelId> = {
  kie?: Partial<ModelInputs[M]> & {
    callBackUrl?: string;
    /** With a client given a journal: a repeated call (an AI SDK retry) with this key finds the first task instead of paying again. */
    idempotencyKey?: string;
  };
};

/** Settings of {@link createKie}: the client's options, with the AI SDK's `baseURL` spelling. */
export interface KieProviderSettings extends Omit<KieClientOptions, "baseUrl"> {
  /** API base URL (the AI SDK's spelling of the client's `baseUrl`); defaults to `KIE_BASE_URL`, then kie.ai. */
  baseURL?: string;
  /** A client to use instead of making one (its retries, limits, waits and durations are shared). */
  client?: KieClient;
  /** How long a generation may take before the call gives up (the task keeps running upstream), in ms. @default 1200000 */
  waitTimeoutMs?: number;
  /**
   * The largest result file the provider downloads (results are held in memory), in bytes.
   * @default 536870912 (512 MiB)
   */
  maxResultBytes?: number;
}

/**
 * The provider: `kie.video(id)`, `kie.image(id)`, `kie.speech(id)`. It is an AI SDK `ProviderV3`, so it
 * also goes in `createProviderRegistry({ kie })` (`registry.imageModel("kie:google/imagen4")`); it makes no
 * language or embedding models (kie.ai Market sells media models): asking for one is a `NoSuchModelError`.
 */
export interface KieProvider extends ProviderV3 {
  /** A video model for `experimental_generateVideo`. */
  video(modelId: KieVideoModelId): Experimental_VideoModelV3;
  videoModel(modelId: KieVideoModelId): Experimental_VideoModelV3;
  /** An image model for `generateImage`. */
  image(modelId: KieImageModelId): ImageModelV3;
  imageModel(modelId: KieImageModelId): ImageModelV3;
  /** A text-to-speech model for `generateSpeech`. */
  speech(modelId: KieSpeechModelId): SpeechModelV3;
  speechModel(modelId: KieSpeechModelId): SpeechModelV3;
  /** The client the provider uses (created on first use, from the settings or the environment). */
  readonly client: KieClient;
}

const PROVIDER = "kie";

/** `providerOptions.kie`, checked to be an object of input fields. */
function ownOptions(providerOptions: SharedV3ProviderOptions | undefined): {
  input: Record<string, unknown>;
  callBackUrl?: string;
  idempotencyKey?: string;
} {
  const options = providerOptions?.[PROVIDER];
  if (options === undefined) return { input: {} };
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new InvalidArgumentError({
      argument: "providerOptions.kie",
      message: "providerOptions.kie must be an object of the model's input fields",
    });
  const { callBackUrl, idempotencyKey, ...input } = options as Record<string, unknown>;
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== "string" || !idempotencyKey))
    throw new InvalidArgumentError({
      argument: "providerOptions.kie.idempotencyKey",
      message: "idempotencyKey must be a non-empty string",
    });
  return {
    input,
    ...(typeof callBackUrl === "string" ? { callBackUrl } : {}),
    ...(typeof idempotencyKey === "string" ? { idempotencyKey } : {}),
  };
}

/**
 * Our errors as the AI SDK's: a refused input is an InvalidArgumentError; anything the API or the wait
 * said, an APICallError. Once a task exists (`taskId`: the result download failed), every error is an
 * APICallError naming the paid task, whatever threw it.
 */
function toSdkError(error: unknown, baseUrl: string, body: unknown, taskId?: string, idempotent = false): unknown {
  if (error instanceof InputValidationError) return new InvalidArgumentError({ argument: "input", message: error.message, cause: error });
  if (!(error instanceof KieError)) {
    if (taskId === undefined) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new APICallError({
      message: `task ${taskId} succeeded but its result could not be downloaded: ${message} (get the result again with client.tasks.get("${taskId}"))`,
      url: `${baseUrl}/api/v1/jobs/createTask`,
      requestBodyValues: body,
      cause: error,
      isRetryable: false,
      data: { code: "download_failed", taskId },
    });
  }
  const id = error.taskId ?? taskId;
  return new APICallError({
    message:
      id && !error.message.includes(id)
        ? `${error.message} (task ${id}: get the result again with client.tasks.get("${id}"))`
        : error.message,
    url: `${baseUrl}/api/v1/jobs/createTask`,
    requestBodyValues: body,
    statusCode: error.status,
    responseBody: error.body === undefined ? undefined : JSON.stringify(error.body),
    cause: error,
    // Without an idempotency key an AI SDK retry would create (and bill) another task: the client already
    // retried what is safe. With one (and the client's journal), a retry finds the first task instead;
    // a failed task, an unknown outcome, a misused key or a budget refusal stay final.
    isRetryable:
      idempotent &&
      !(
        error instanceof TaskFailedError ||
        error instanceof OutcomeUnknownError ||
        error instanceof IdempotencyConflictError ||
        error instanceof BudgetExceededError
      ) &&
      !(error instanceof ConfigurationError),
    data: { code: error.code, taskId: id },
  });
}

/** Creates a Vercel AI SDK provider for kie.ai (or apikley) Market models. */
export function createKie(settings: KieProviderSettings = {}): KieProvider {
  let client = settings.client;
  const clientOf = () => {
    if (!client) {
      const { baseURL, waitTimeoutMs: _wait, client: _client, maxResultBytes: _max, ...options } = settings;
      client = createKieClient({ ...options, ...(baseURL ? { baseUrl: baseURL } : {}) });
    }
    return client;
  };

  /** Creates the task, waits, and downloads every result file. */
  async function generate(
    modelId: string,
    builder: InputBuilder,
    own: ReturnType<typeof ownOptions>,
    call: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
  ) {
    const kie = clientOf();
    if (!builder.facts.known) {
      // An id one typo away from a catalogue id is a typo, not a model released yesterday: refuse it here,
      // before a task is paid for under a wrong name. An id far from every known one goes through untyped.
      const close = nearestNames(modelId, modelIds);
      if (close.length)
        throw new InvalidArgumentError({
          argument: "modelId",
          message: `${modelId} is not in the catalogue; did you mean ${close.join(", ")}? (an id far from every catalogue id is sent untyped)`,
        });
    }
    const input = { ...builder.input, ...own.input };
    const body = { model: modelId, input, ...(own.callBackUrl ? { callBackUrl: own.callBackUrl } : {}) };
    const headers = Object.fromEntries(
      Object.entries(call.headers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const options = {
      signal: call.abortSignal,
      headers,
      timeoutMs: settings.waitTimeoutMs,
      allowEmptyResult: false,
      ...(own.idempotencyKey ? { idempotencyKey: own.idempotencyKey } : {}),
    };
    let taskId: string | undefined;
    try {
      const done: SuccessTaskRecord = builder.facts.known ? await kie.run(body as never, options) : await kie.runUntyped(body, options);
      taskId = done.taskId;
      // An id outside the catalogue has category "unknown": no media type is then required.
      const { category } = builder.facts;
      const files = await Promise.all(
        done.resultUrls.map((url) => download(kie, url, { signal: call.abortSignal, maxBytes: settings.maxResultBytes, category })),
      );
      // What the task should have cost by the pricing snapshot, and what upstream says it did.
      const { estimateCost } = await import("@kie-market/client/pricing");
      const estimate = estimateCost({ model: modelId, input });
      return {
        files,
        metadata: {
          [PROVIDER]: {
            taskId: done.taskId,
            resultUrls: done.resultUrls,
            ...(done.costTime ? { costTime: done.costTime } : {}),
            ...(done.creditsConsumed !== undefined ? { creditsConsumed: done.creditsConsumed } : {}),
            estimate:
              estimate.credits !== undefined
                ? {
                    credits: estimate.credits,
                    ...(estimate.usd !== undefined ? { usd: estimate.usd } : {}),
                    basis: estimate.basis,
                    capturedAt: estimate.capturedAt,
                  }
                : { reason: estimate.reason ?? "", capturedAt: estimate.capturedAt },
          },
        },
        response: { timestamp: new Date(), modelId, headers: undefined },
      };
    } catch (error) {
      throw toSdkError(error, kie.baseUrl, body, taskId, own.idempotencyKey !== undefined);
    }
  }

  const video = (modelId: KieVideoModelId): Experimental_VideoModelV3 => ({
    specificationVersion: "v3",
    provider: PROVIDER,
    modelId,
    maxVideosPerCall: 1,
    async doGenerate(options: Experimental_VideoModelV3CallOptions) {
      const builder = new InputBuilder(factsOf(modelId));
      const own = ownOptions(options.providerOptions);
      const kie = clientOf();
      if (options.prompt !== undefined) builder.set("prompt", "prompt", options.prompt, () => ({ value: options.prompt, exact: true }));
      const upload = (file: InputFile) => urlFor(kie, file, options.abortSignal);
      const first = [
        options.image,
        ...(options.frameImages ?? []).filter((frame) => frame.frameType === "first_frame").map((frame) => frame.image),
      ];
      const firstUrls = await Promise.all(first.filter((file): file is InputFile => file !== undefined).map(upload));
      builder.urls("image", "images", "image", firstUrls);
      const last = (options.frameImages ?? []).filter((frame) => frame.frameType === "last_frame");
      if (last.length) {
        const field = builder.field("lastFrame", "frameImages (last_frame)");
        if (field) builder.input[field] = await upload(last[0].image);
      }
      const references = options.inputReferences ?? [];
      const isVideo = (file: InputFile) =>
        (file.mediaType ?? "").startsWith("video/") || (file.type === "url" && /\.(mp4|mov|webm)(\?|$)/i.test(file.url));
      builder.urls(
        "image",
        "images",
        "inputReferences (images)",
        await Promise.all(references.filter((file) => !isVideo(file)).map(upload)),
      );
      builder.urls("video", "videos", "inputReferences (videos)", await Promise.all(references.filter(isVideo).map(upload)));
      if (options.duration !== undefined)
        builder.set("duration", "duration", options.duration, (field) => numberFor(field, options.duration as number));
      if (options.aspectRatio !== undefined)
        builder.set("aspectRatio", "aspectRatio", options.aspectRatio, (field) => aspectRatioFor(field, options.aspectRatio as string));
      if (options.resolution !== undefined)
        builder.set("resolution", "resolution", options.resolution, (field) => resolutionFor(field, options.resolution as string));
      if (options.seed !== undefined) builder.set("seed", "seed", options.seed, (field) => numberFor(field, options.seed as number));
      if (options.generateAudio !== undefined)
        builder.set("audio", "generateAudio", options.generateAudio, () => ({ value: options.generateAudio, exact: true }));
      if (options.fps !== undefined)
        builder.warnings.push({ type: "unsupported", feature: "fps", details: "kie.ai models take no frame rate" });
      const { files, metadata, response } = await generate(modelId, builder, own, options);
      return {
        videos: files.map((file) => ({ type: "binary" as const, data: file.data, mediaType: file.mediaType })),
        warnings: builder.warnings,
        providerMetadata: metadata,
        response,
      };
    },
  });

  const image = (modelId: KieImageModelId): ImageModelV3 => {
    const facts = factsOf(modelId);
    const count = facts.roles.count ? facts.fields.get(facts.roles.count) : undefined;
    const most = count?.enum?.length ? Math.max(...count.enum.map((member) => Number(member))) : (count?.maximum ?? 1);
    return {
      specificationVersion: "v3",
      provider: PROVIDER,
      modelId,
      maxImagesPerCall: Number.isFinite(most) && most >= 1 ? most : 1,
      async doGenerate(options: ImageModelV3CallOptions) {
        const builder = new InputBuilder(facts);
        const own = ownOptions(options.providerOptions);
        const kie = clientOf();
        if (options.prompt !== undefined) builder.set("prompt", "prompt", options.prompt, () => ({ value: options.prompt, exact: true }));
        const files = await Promise.all((options.files ?? []).map((file) => urlFor(kie, file as InputFile, options.abortSignal)));
        builder.urls("image", "images", "files", files);
        if (options.mask) {
          const mask = facts.fields.has("mask_url") ? "mask_url" : undefined;
          if (mask) builder.input[mask] = await urlFor(kie, options.mask as InputFile, options.abortSignal);
          else builder.warnings.push({ type: "unsupported", feature: "mask", details: `${modelId} takes no mask` });
        }
        if (options.aspectRatio !== undefined)
          builder.set("aspectRatio", "aspectRatio", options.aspectRatio, (field) => aspectRatioFor(field, options.aspectRatio as string));
        if (options.size !== undefined)
          builder.set("resolution", "size", options.size, (field) => resolutionFor(field, options.size as string));
        if (options.seed !== undefined) builder.set("seed", "seed", options.seed, (field) => numberFor(field, options.seed as number));
        if (options.n > 1 || facts.roles.count) {
          if (facts.roles.count) builder.set("count", "n", options.n, (field) => numberFor(field, options.n));
          else builder.warnings.push({ type: "unsupported", feature: "n", details: `${modelId} makes one image per task` });
        }
        const { files: results, metadata, response } = await generate(modelId, builder, own, options);
        return {
          images: results.map((file) => file.data),
          warnings: firstTimeWarnings(options.headers, builder.warnings),
          providerMetadata: withImages(metadata),
          response,
        };
      },
    };
  };

  const speech = (modelId: KieSpeechModelId): SpeechModelV3 => ({
    specificationVersion: "v3",
    provider: PROVIDER,
    modelId,
    async doGenerate(options: SpeechModelV3CallOptions) {
      const builder = new InputBuilder(factsOf(modelId));
      const own = ownOptions(options.providerOptions as SharedV3ProviderOptions | undefined);
      builder.set("prompt", "text", options.text, () => ({ value: options.text, exact: true }));
      // A voice is a choice, not a setting to approximate: one the model lacks is refused by validation, naming its voices.
      if (options.voice !== undefined) builder.set("voice", "voice", options.voice, () => ({ value: options.voice, exact: true }));
      if (options.speed !== undefined) builder.set("speed", "speed", options.speed, (field) => numberFor(field, options.speed as number));
      if (options.language !== undefined) {
        if (builder.facts.fields.has("language_code")) builder.input.language_code = options.language;
        else builder.warnings.push({ type: "unsupported", feature: "language", details: `${modelId} takes no language` });
      }
      if (options.instructions !== undefined) builder.warnings.push({ type: "unsupported", feature: "instructions" });
      if (options.outputFormat !== undefined)
        builder.warnings.push({ type: "unsupported", feature: "outputFormat", details: "the result comes in the model's own format" });
      const { files, metadata, response } = await generate(modelId, builder, own, options);
      const [audio] = files;
      if (!audio)
        throw new APICallError({
          message: `${modelId} returned no audio`,
          url: clientOf().baseUrl,
          requestBodyValues: builder.input,
          isRetryable: false,
        });
      return { audio: audio.data, warnings: builder.warnings, providerMetadata: metadata, response };
    },
  });

  const none =
    (modelType: "languageModel" | "embeddingModel") =>
    (modelId: string): never => {
      throw new NoSuchModelError({
        modelId,
        modelType,
        message: `kie.ai Market has no ${modelType === "languageModel" ? "language" : "embedding"} models (${modelId}): use kie.video, kie.image or kie.speech`,
      });
    };
  return {
    specificationVersion: "v3",
    languageModel: none("languageModel"),
    embeddingModel: none("embeddingModel"),
    video,
    videoModel: video,
    image,
    imageModel: image,
    speech,
    speechModel: speech,
    get client() {
      return clientOf();
    },
  };
}

/** The image model's metadata, with the `images` list the AI SDK's type asks for. */
/**
 * `generateImage` keeps only `providerMetadata.kie.images` of each call (it makes one call per image when
 * a model makes one image per task): each image entry names its task too.
 */
function withImages(metadata: Record<string, Record<string, unknown>>) {
  const kie = metadata[PROVIDER] as {
    resultUrls: string[];
    taskId: string;
    creditsConsumed?: number;
    estimate: { credits?: number };
  } & Record<string, unknown>;
  // generateImage keeps only `images` of each call: each carries its task's cost too.
  const cost = {
    ...(kie.creditsConsumed !== undefined ? { creditsConsumed: kie.creditsConsumed } : {}),
    ...(kie.estimate.credits !== undefined ? { estimatedCredits: kie.estimate.credits } : {}),
  };
  return { [PROVIDER]: { ...kie, images: kie.resultUrls.map((url) => ({ url, taskId: kie.taskId, ...cost })) } } as never;
}

/**
 * The calls `generateImage` makes for one request share its headers object: a warning goes out with the
 * first of them only, not once per image.
 */
const warnedFor = new WeakMap<object, Set<string>>();
function firstTimeWarnings(headers: object | undefined, warnings: SharedV3Warning[]): SharedV3Warning[] {
  if (!headers) return warnings;
  const seen = warnedFor.get(headers) ?? new Set<string>();
  warnedFor.set(headers, seen);
  return warnings.filter((warning) => {
    const key = JSON.stringify(warning);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
