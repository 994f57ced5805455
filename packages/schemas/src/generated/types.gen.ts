// This file is generated. Do not edit it by hand.
// Source: specs/dist/kie-market.openapi.json
// Regenerate with: pnpm generate

export interface paths {
    "/api/file-base64-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a small file as base64 (or a data URL)
         * @description Recommended for small files; base64 adds about 33%. For files over 10 MB use the stream upload.
         */
        post: operations["uploadFileBase64"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/file-stream-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file as multipart/form-data
         * @description Recommended for files over 10 MB.
         */
        post: operations["uploadFileStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/file-url-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Have the server download a file from a URL
         * @description http/https only; the download times out after 30 s; recommended size limit 100 MB.
         */
        post: operations["uploadFileUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Remaining credits of the account */
        get: operations["getAccountCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/common/download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a temporary download URL for a generated file */
        post: operations["getDownloadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/createTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a generation task for any Market model
         * @description Creates a generation task and returns its `taskId`. A 200 means the task was created, not completed: poll Get Task Details or pass `callBackUrl`. Upstream accepts 20 new tasks per 10 s per account; excess requests get 429 and are not queued.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/recordInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task's state and result
         * @description Poll until `state` is `success` or `fail`. Upstream allows at most 10 requests per second per API key and recommends 2-5 s between polls. Right after createTask the task may briefly be invisible (`422 recordInfo is null` or `404`).
         */
        get: operations["getTaskRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "4oImageApiInput": {
            /**
             * Format: uri
             * @description (Optional, Deprecated) File URL, such as an image URL. If file_url is provided, 4o image may create based on this image. This parameter will be deprecated in th…
             */
            file_url?: string;
            /** @description (Optional) Up to 5 publicly reachable image URLs to serve as reference or source material. Use this when you want to edit or build upon an existing picture. If… */
            files_url?: string[];
            /** @description (Optional) Text prompt that conveys the creative idea you want the 4o model to render. Required if neither `files_url` nor `file_url` is supplied. At least one… */
            prompt?: string;
            /**
             * @description (Required) Aspect ratio of the generated image. Must be one of the listed values.
             * @enum {string}
             */
            size: "1:1" | "3:2" | "2:3";
        };
        "4oImageApiRequest": {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["4oImageApiInput"];
            /**
             * @description Must be `4o-image-api`.
             * @example 4o-image-api
             * @enum {string}
             */
            model: "4o-image-api";
        };
        AiMusicApiAddInstrumentalInput: {
            /** @description Relative weight of audio elements. Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /**
             * @description The AI model version to use for generation. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more distinctive musical expression. -…
             * @default V6
             * @enum {string}
             */
            model?: "V4_5PLUS" | "V5" | "V5_5" | "V6" | "V6_MINI" | "V6_WILD";
            /** @description Music styles or characteristics to exclude from the generated audio. Used to avoid specific unwanted music elements. */
            negative_tags: string;
            /** @description Adherence strength to specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Music styles or tags to include in the generated music. Defines the desired music style and characteristics. */
            tags: string;
            /** @description Title of the generated music. Will be displayed in the player interface and file name. */
            title: string;
            /**
             * Format: uri
             * @description URL of the uploaded audio file. Specifies the source audio file location for adding accompaniment.
             */
            upload_url: string;
            /**
             * @description Vocal gender preference. Optional. 'm' for male, 'f' for female. Based on practice, this parameter can only increase the probability but cannot guarantee adhere…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation level. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiAddInstrumentalRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiAddInstrumentalInput"];
            /**
             * @description Must be `ai-music-api/add-instrumental`.
             * @example ai-music-api/add-instrumental
             * @enum {string}
             */
            model: "ai-music-api/add-instrumental";
        };
        AiMusicApiAddVocalsInput: {
            /** @description Relative weight of audio elements. Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /**
             * @description The AI model version to use for generation. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more distinctive musical expression. -…
             * @default V6
             * @enum {string}
             */
            model?: "V4_5PLUS" | "V5" | "V5_5" | "V6" | "V6_MINI" | "V6_WILD";
            /** @description Excluded music styles. Used to avoid including specific styles or elements in the generated music. */
            negative_tags: string;
            /** @description Prompt for generating audio. Usually text describing audio content, used to guide vocal singing content and style. */
            prompt?: string;
            /** @description Music style. Such as jazz, electronic, classical and other music types. */
            style: string;
            /** @description Adherence strength to specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Music title. Will be displayed in the player interface and file name. */
            title: string;
            /**
             * Format: uri
             * @description URL of the uploaded audio file. Specifies the source audio file location for adding vocals.
             */
            upload_url: string;
            /**
             * @description Vocal gender preference. Optional. 'm' for male, 'f' for female. Based on practice, this parameter can only increase the probability but cannot guarantee adhere…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation level. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiAddVocalsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiAddVocalsInput"];
            /**
             * @description Must be `ai-music-api/add-vocals`.
             * @example ai-music-api/add-vocals
             * @enum {string}
             */
            model: "ai-music-api/add-vocals";
        };
        AiMusicApiBoostMusicStyleInput: {
            /** @description Style description. Please describe in concise and clear language the music style you expect to generate. Example: 'Pop, Mysterious' */
            content: string;
        };
        AiMusicApiBoostMusicStyleRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiBoostMusicStyleInput"];
            /**
             * @description Must be `ai-music-api/boost-music-style`.
             * @example ai-music-api/boost-music-style
             * @enum {string}
             */
            model: "ai-music-api/boost-music-style";
        };
        AiMusicApiCheckVoiceInput: {
            /** @description Task ID that needs to be checked */
            task_id: string;
        };
        AiMusicApiCheckVoiceRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiCheckVoiceInput"];
            /**
             * @description Must be `ai-music-api/check-voice`.
             * @example ai-music-api/check-voice
             * @enum {string}
             */
            model: "ai-music-api/check-voice";
        };
        AiMusicApiConvertToWavFormatInput: {
            /** @description Unique identifier of the specific audio track to convert. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /** @description Unique identifier of the music generation task. This should be a task_id returned from either the "Generate Music" or "Extend Music" endpoints. */
            task_id: string;
        };
        AiMusicApiConvertToWavFormatRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiConvertToWavFormatInput"];
            /**
             * @description Must be `ai-music-api/convert-to-wav-format`.
             * @example ai-music-api/convert-to-wav-format
             * @enum {string}
             */
            model: "ai-music-api/convert-to-wav-format";
        };
        AiMusicApiCoverGenerateInput: {
            /** @description Original music task ID, should be the task_id returned by the music generation interface. */
            task_id: string;
        };
        AiMusicApiCoverGenerateRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiCoverGenerateInput"];
            /**
             * @description Must be `ai-music-api/cover-generate`.
             * @example ai-music-api/cover-generate
             * @enum {string}
             */
            model: "ai-music-api/cover-generate";
        };
        AiMusicApiCreateMusicVideoInput: {
            /** @description Unique identifier of the specific audio track to visualize. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /** @description Artist or creator name to display as a signature on the video cover. Maximum 50 characters. This creates attribution for the music creator. */
            author?: string;
            /** @description Website or brand to display as a watermark at the bottom of the video. Maximum 50 characters. Useful for promotional branding or attribution. */
            domain_name?: string;
            /** @description Unique identifier of the music generation task. This should be a task_id returned from either the "Generate Music" or "Extend Music" endpoints. */
            task_id: string;
        };
        AiMusicApiCreateMusicVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiCreateMusicVideoInput"];
            /**
             * @description Must be `ai-music-api/create-music-video`.
             * @example ai-music-api/create-music-video
             * @enum {string}
             */
            model: "ai-music-api/create-music-video";
        };
        AiMusicApiCreateVoiceInput: {
            /** @description Voice description */
            description?: string;
            /**
             * @description Singer skill level. Supported: beginner, intermediate, advanced, professional
             * @default beginner
             * @enum {string}
             */
            singer_skill_level?: "beginner" | "intermediate" | "advanced" | "professional";
            /** @description Voice style */
            style?: string;
            /** @description Task ID */
            task_id: string;
            /** @description Audio URL for the user's recording of the server-returned `validateInfo` validation phrase. For best voice generation results, recording the phrase in a singing… */
            verify_url: string;
            /** @description Voice name */
            voice_name?: string;
        };
        AiMusicApiCreateVoiceRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiCreateVoiceInput"];
            /**
             * @description Must be `ai-music-api/create-voice`.
             * @example ai-music-api/create-voice
             * @enum {string}
             */
            model: "ai-music-api/create-voice";
        };
        AiMusicApiExtendInput: {
            /** @description Unique identifier of the audio track to extend. Required for all extension requests. */
            audio_id: string;
            /** @description Balance weight for audio features vs. other factors. Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /** @description The time point (in seconds) from which to start extending the music. - Required when `default_param_flag` is `true`. - Value range: greater than 0 and less than… */
            continue_at?: number;
            /** @description Controls parameter source for extension. - If `true`: Use custom parameters specified in this request. Requires `continue_at`, `prompt`, `style`, and `title`. -… */
            default_param_flag?: boolean;
            /**
             * @description Indicates whether it is an instrumental track. If true, passing the `prompt` and `vocal_gender` parameters is prohibited.
             * @default false
             */
            instrumental?: boolean;
            /**
             * @description The AI model version to use for generation. - Required for all requests. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more distin…
             * @default V6
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_WILD" | "V6_MINI";
            /** @description Music styles or traits to exclude from the extended audio. Optional. Use to avoid specific undesired characteristics. */
            negative_tags?: string;
            /** @description Only available when Custom Mode (`customMode: true`) is enabled. Persona ID or Voice ID to apply to the generated music. Optional. Use this to apply a specific… */
            persona_id?: string;
            /**
             * @description The persona model is only applicable to the V5 (deactivated), V5.5 (deactivated), V6, V6_MINI, and V6_WILD models.
             * @enum {string}
             */
            persona_model?: "style_persona" | "voice_persona";
            /** @description Prompt describing the desired audio extension content. - Required when `defaultParamFlag` is `true` (this parameter is not needed if `instrumental` is `true`). */
            prompt?: string;
            /** @description Music style specification for the extended audio. - Required when `defaultParamFlag` is `true`. - Character limits by model: - **V4** (Discontinued) : Maximum 200… */
            style?: string;
            /** @description Strength of adherence to the specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Title for the extended music track. - Required when `defaultParamFlag` is `true`. - Character limits by model: - **V4** (Discontinued) : Maximum 80 characters - *… */
            title?: string;
            /**
             * @description Vocal gender preference. Optional. 'm' denotes a male voice, and 'f' denotes a female voice. In practice, this parameter only influences the probability and doe…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiExtendRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiExtendInput"];
            /**
             * @description Must be `ai-music-api/extend`.
             * @example ai-music-api/extend
             * @enum {string}
             */
            model: "ai-music-api/extend";
        };
        AiMusicApiGenerateInput: {
            /** @description Audio references. Only effective when `custom_mode=false`. - Optional - Audio duration must be between 6 seconds and 30 minutes; each audio file must not exceed… */
            audio_urls?: string[];
            /** @description Only available when Custom Mode (`custom_mode: true`) is enabled. Relative weight of audio features. Optional. Range 0–1, up to 2 decimal places. - `audio_weigh… */
            audio_weight?: number;
            /** @description Determines whether advanced parameter customization is enabled. - If `true`: Allows detailed control - If `false`: Simplified mode */
            custom_mode: boolean;
            /**
             * @description Audio duration. Optional; only valid when `custom_mode` is true and the model is V5_5 (Discontinued), V6, V6_MINI, or V6_WILD.
             * @default 20
             */
            duration?: number;
            /** @description Image references. Only effective when `custom_mode=false`. - Optional - Up to 5 images; each image must not exceed 10 MB - Supported formats: `jpeg`, `png`, `we… */
            image_urls?: string[];
            /** @description Determines whether the audio should be instrumental (no lyrics). - In Custom Mode (`custom_mode: true`): - If `true`: Only `style` and `title` are required. - I… */
            instrumental: boolean;
            /** @description Lyrics for the generated audio. Optional. - V6: Maximum 5000 characters. - When `custom_mode=true`, `lyrics` is used as lyrics first; if `lyrics` is not provide… */
            lyrics?: string;
            /**
             * @description The AI model version to use for generation. - Required for all requests. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more disti…
             * @default V6
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_MINI" | "V6_WILD";
            /** @description Music styles or traits to exclude from the generated audio. Optional. Use to avoid specific styles. */
            negative_tags?: string;
            /** @description Persona ID or Voice ID to apply to the generated music. Optional. Use this to apply a specific persona style to your music generation. To generate a Persona ID,… */
            persona_id?: string;
            /**
             * @description Persona model. Only available for V5 (Discontinued), V5.5 (Discontinued), V6, V6_MINI, and V6_WILD.
             * @enum {string}
             */
            persona_model?: "style_persona" | "voice_persona";
            /** @description A description of the desired audio content. Optional. - Custom mode (`custom_mode=true`): When provided, the prompt is used strictly as lyrics and sung in the g… */
            prompt?: string;
            /** @description Music style specification for the generated audio. - Character limits by model: - **V4** (Discontinued): Maximum 200 characters - **V4_5 and V4_5PLUS** (Discont… */
            style?: string;
            /** @description Only available when Custom Mode (`custom_mode: true`) is enabled. Strength of adherence to the specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Title for the generated music track. - Required in Custom Mode (`custom_mode: true`). - Max length: 80 characters. - Will be displayed in player interfaces and… */
            title?: string;
            /**
             * @description Only available when Custom Mode (`custom_mode: true`) is enabled. Controls the diversity and stylistic variation of generated results. Optional. Range 0–4, inte…
             * @default 1
             */
            variety?: number;
            /** @description Video references. Only effective when `custom_mode=false`. - Optional - Up to 1 video file; each file must not exceed 100 MB, duration must not exceed 241 secon… */
            video_urls?: string[];
            /**
             * @description Vocal gender preference. Optional. Use `m` for male and `f` for female. This parameter is only effective when `custom_mode` is true. In practice, it only increa…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Only available when Custom Mode (`custom_mode: true`) is enabled. Controls experimental/creative deviation. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiGenerateLyricsInput: {
            /** @description Description of the desired lyrics content. Be specific about theme, mood, style, or story elements you want in the lyrics. More detailed prompts yield better re… */
            prompt: string;
        };
        AiMusicApiGenerateLyricsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiGenerateLyricsInput"];
            /**
             * @description Must be `ai-music-api/generate-lyrics`.
             * @example ai-music-api/generate-lyrics
             * @enum {string}
             */
            model: "ai-music-api/generate-lyrics";
        };
        AiMusicApiGenerateMidiFromAudioInput: {
            /** @description Optional. Specifies which separated audio track to generate MIDI from. This audio_id can be obtained from the `originData` array in the Get Vocal Separation Det… */
            audio_id?: string;
            /** @description Task ID from a completed vocal separation. This should be the task_id returned from the Vocal & Instrument Stem Separation endpoint. */
            task_id: string;
        };
        AiMusicApiGenerateMidiFromAudioRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiGenerateMidiFromAudioInput"];
            /**
             * @description Must be `ai-music-api/generate-midi-from-audio`.
             * @example ai-music-api/generate-midi-from-audio
             * @enum {string}
             */
            model: "ai-music-api/generate-midi-from-audio";
        };
        AiMusicApiGeneratePersonaInput: {
            /** @description Unique identifier of the audio track to create Persona for. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /** @description Detailed description of the Persona's musical characteristics, style, and personality. Be specific about genre, mood, instrumentation, and vocal qualities. */
            description: string;
            /** @description Name for the Persona. A descriptive name that captures the essence of the musical style or character. */
            name: string;
            /** @description Optional. Used to supplement the description of the music style tag corresponding to the Persona, such as "Electronic Pop", "Jazz Trio", etc. */
            style?: string;
            /** @description Unique identifier of the original music generation task. This can be a task_id returned from any of the following endpoints: - Generate Music (/api/v1/generate) */
            task_id: string;
            /**
             * @description End time (in seconds) for Persona analysis segment extraction. Together with vocal_start, used to specify the time range for analysis. vocalEnd - vocalStart mus…
             * @default 30
             */
            vocal_end?: number;
            /**
             * @description Start time (in seconds) for Persona analysis segment extraction. Used to specify the time point in the audio from which to extract the segment for Persona analy…
             * @default 0
             */
            vocal_start?: number;
        };
        AiMusicApiGeneratePersonaRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiGeneratePersonaInput"];
            /**
             * @description Must be `ai-music-api/generate-persona`.
             * @example ai-music-api/generate-persona
             * @enum {string}
             */
            model: "ai-music-api/generate-persona";
        };
        AiMusicApiGenerateRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiGenerateInput"];
            /**
             * @description Must be `ai-music-api/generate`.
             * @example ai-music-api/generate
             * @enum {string}
             */
            model: "ai-music-api/generate";
        };
        AiMusicApiMashupInput: {
            /** @description Balance weight for audio features vs. other factors. - Only available in Custom Mode (`custom_mode: true`). Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /** @description Determines if advanced parameter customization is enabled. - If `true`: Allows detailed control with specific requirements for `style` and `title` fields. - If… */
            custom_mode?: boolean;
            /**
             * @description Duration is selectable; valid only when `custom_mode` is `true` and `model` is `V5_5` (Discontinued), `V6`, `V6_MINI`, or `V6_WILD`.
             * @default 20
             */
            duration?: number;
            /** @description Determines if the audio should be instrumental (no lyrics). - In Custom Mode (`custom_mode: true`): - If `true`: Only `style` and `title` are required. - If `fa… */
            instrumental?: boolean;
            /**
             * @description The AI model version to use for generation. - Required for all requests. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more disti…
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_WILD" | "V6_MINI";
            /** @description A description of the desired audio content. - In Custom Mode (`custom_mode: true`): Required if `instrumental` is `false`. The prompt will be strictly used as t… */
            prompt?: string;
            /** @description Music style specification for the generated audio. - Only available and required in Custom Mode (`custom_mode: true`). Defines the genre, mood, or artistic dire… */
            style: string;
            /** @description Strength of adherence to the specified style. - Only available in Custom Mode (`custom_mode: true`). Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Title for the generated music track. - Only available and required in Custom Mode (`custom_mode: true`). - Character limits by model: - **V4** (Discontinued): M… */
            title: string;
            /** @description Array of audio file URLs to mashup. Must contain exactly 2 URLs. Each URL must be publicly accessible. */
            upload_url_list: string[];
            /**
             * @description Vocal gender preference for the singing voice. - Only available in Custom Mode (`custom_mode: true`). Optional. Use 'm' for male and 'f' for female. Based on pr…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation. - Only available in Custom Mode (`custom_mode: true`). Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiMashupRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiMashupInput"];
            /**
             * @description Must be `ai-music-api/mashup`.
             * @example ai-music-api/mashup
             * @enum {string}
             */
            model: "ai-music-api/mashup";
        };
        AiMusicApiRegeneratePhraseInput: {
            /** @description Task ID */
            task_id: string;
        };
        AiMusicApiRegeneratePhraseRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiRegeneratePhraseInput"];
            /**
             * @description Must be `ai-music-api/regenerate-phrase`.
             * @example ai-music-api/regenerate-phrase
             * @enum {string}
             */
            model: "ai-music-api/regenerate-phrase";
        };
        AiMusicApiReplaceSectionInput: {
            /** @description The unique identifier of the audio track to be replaced. This ID is returned in the callback data after music generation is completed. */
            audio_id?: string;
            /** @description The full lyrics after the replacement (the legacy body's fullLyrics). */
            full_lyrics: string;
            /** @description End of the section to replace, in seconds (the legacy body's infillEndS). */
            infill_end_s: number;
            /** @description Start of the section to replace, in seconds (the legacy body's infillStartS). */
            infill_start_s: number;
            /**
             * @description The AI model version used for generation. - Available options: - **`V6_WILD`**: Breaks through stylistic boundaries, delivering bolder and more unique musical e…
             * @default V6
             * @enum {string}
             */
            model?: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_MINI" | "V6_WILD";
            /** @description Excluded music styles (the legacy body's negativeTags). */
            negative_tags?: string;
            /** @description Prompt for the replaced section (the legacy body's prompt). */
            prompt: string;
            /** @description Music style tags for the replaced section (the legacy body's tags). */
            tags: string;
            /** @description The original task ID (parent task), used to identify the source music for section replacement. */
            task_id?: string;
            /** @description Music title (the legacy body's title). */
            title: string;
            /**
             * Format: uri
             * @description The URL of the custom audio uploaded by the user.
             */
            upload_url?: string;
        } & ({
            /** @description The unique identifier of the audio track to be replaced. This ID is returned in the callback data after music generation is completed. */
            audio_id: string;
            /** @description The original task ID (parent task), used to identify the source music for section replacement. */
            task_id: string;
        } | {
            /**
             * @description The AI model version used for generation. - Available options: - **`V6_WILD`**: Breaks through stylistic boundaries, delivering bolder and more unique musical e…
             * @default V6
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_MINI" | "V6_WILD";
            /**
             * Format: uri
             * @description The URL of the custom audio uploaded by the user.
             */
            upload_url: string;
        });
        AiMusicApiReplaceSectionRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiReplaceSectionInput"];
            /**
             * @description Must be `ai-music-api/replace-section`.
             * @example ai-music-api/replace-section
             * @enum {string}
             */
            model: "ai-music-api/replace-section";
        };
        AiMusicApiSeparateVocalsInput: {
            /** @description Unique identifier of the specific audio track to process for vocal separation. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id?: string;
            /**
             * Format: uri
             * @description Custom audio URL uploaded by the user. The maximum file size is 20MB.
             */
            audio_url?: string;
            /** @description The stem to separate (the legacy body's stemName, required there too). */
            stem_name: string;
            /** @description Unique identifier of the music generation task. This should be a task_id returned from the Generate Music or Extend Music endpoint. */
            task_id?: string;
            /** @description Separation type (the legacy body's type). */
            type?: string;
        } & ({
            /** @description Unique identifier of the specific audio track to process for vocal separation. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /** @description Unique identifier of the music generation task. This should be a task_id returned from the Generate Music or Extend Music endpoint. */
            task_id: string;
        } | {
            /** @description Unique identifier of the specific audio track to process for vocal separation. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /**
             * Format: uri
             * @description Custom audio URL uploaded by the user. The maximum file size is 20MB.
             */
            audio_url: string;
        });
        AiMusicApiSeparateVocalsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiSeparateVocalsInput"];
            /**
             * @description Must be `ai-music-api/separate-vocals`.
             * @example ai-music-api/separate-vocals
             * @enum {string}
             */
            model: "ai-music-api/separate-vocals";
        };
        AiMusicApiSoundsInput: {
            /**
             * @description Whether to capture the lyrics subtitles Will the interface be called after completion to obtain the lyrics subtitles?
             * @default false
             */
            grab_lyrics?: boolean;
            /**
             * @description Model Name - **`V6_WILD`**: Pushes creative boundaries for bolder, more distinctive musical expression. - **`V6_MINI`**: Lightweight and fast, balancing quality…
             * @enum {string}
             */
            model: "V5" | "V5_5" | "V6" | "V6_WILD" | "V6_MINI";
            /** @description Sound task type limit: 500 characters */
            prompt: string;
            /**
             * @default Any
             * @enum {string}
             */
            sound_key?: "Cm" | "C#m" | "Dm" | "D#m" | "Em" | "Fm" | "F#m" | "Gm" | "G#m" | "Am" | "A#m" | "Bm" | "C" | "C#" | "D" | "D#" | "E" | "F" | "F#" | "G" | "G#" | "A" | "A#" | "B";
            /**
             * @description Is it a cycle?
             * @default false
             */
            sound_loop?: boolean;
            /**
             * @description Do not broadcast.
             * @default null
             */
            sound_tempo?: number;
        };
        AiMusicApiSoundsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiSoundsInput"];
            /**
             * @description Must be `ai-music-api/sounds`.
             * @example ai-music-api/sounds
             * @enum {string}
             */
            model: "ai-music-api/sounds";
        };
        AiMusicApiSunoRecoveryAudioInput: {
            /** @description The original music generation task ID for which the audio link needs to be restored. */
            task_id: string;
        };
        AiMusicApiSunoRecoveryAudioRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiSunoRecoveryAudioInput"];
            /**
             * @description Must be `ai-music-api/suno-recovery-audio`.
             * @example ai-music-api/suno-recovery-audio
             * @enum {string}
             */
            model: "ai-music-api/suno-recovery-audio";
        };
        AiMusicApiTimeStampedLyricsInput: {
            /** @description Unique identifier of the specific audio track for which to retrieve lyrics. This ID is returned in the callBackUrl data after music generation completes. */
            audio_id: string;
            /** @description Unique identifier of the music generation task. This should be a task_id returned from either the "Generate Music" or "Extend Music" endpoints. */
            task_id: string;
        };
        AiMusicApiTimeStampedLyricsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiTimeStampedLyricsInput"];
            /**
             * @description Must be `ai-music-api/timeStamped-lyrics`.
             * @example ai-music-api/timeStamped-lyrics
             * @enum {string}
             */
            model: "ai-music-api/timeStamped-lyrics";
        };
        AiMusicApiUploadAndCoverAudioInput: {
            /** @description Balance weight for audio features vs. other factors. Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /** @description Enables Custom Mode for advanced audio generation settings. - Set to `true` to use Custom Mode (requires `style` and `title`; `prompt` required if `instrumental… */
            custom_mode?: boolean;
            /**
             * @description Duration is selectable; valid only when `custom_mode` is `true` and `model` is `V5_5`.
             * @default 20
             */
            duration?: number;
            /** @description Array of referenced image URLs. - Effective only when customMode is false. - Supported formats: JPEG, JPG, PNG, WEBP. - Limits: Maximum 10MB per image, up to 5… */
            image_urls?: string[];
            /** @description Determines if the audio should be instrumental (no lyrics). - In Custom Mode (`custom_mode: true`): - If `true`: Only `style` and `title` are required. - If `fa… */
            instrumental: boolean;
            /**
             * @description The AI model version to use for generation. - Required for all requests. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more distin…
             * @default V6
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_WILD" | "V6_MINI";
            /** @description Music styles or traits to exclude from the generated audio. - Optional. Use to avoid specific styles. Example: "Heavy Metal, Upbeat Drums" */
            negative_tags?: string;
            /** @description Only available when Custom Mode (`custom_mode: true`) is enabled. Persona ID or Voice ID to apply to the generated music. Optional. Use this to apply a specific… */
            persona_id?: string;
            /**
             * @description The persona model is only available for models version 5 and 5.5.
             * @enum {string}
             */
            persona_model?: "voice_persona" | "style_persona";
            /** @description A description of the desired audio content. - In Custom Mode (`customMode: true`): Required if `instrumental` is `false`. The prompt will be strictly used as th… */
            prompt?: string;
            /** @description The music style or genre for the audio. - Required in Custom Mode (`customMode: true`). Examples: "Jazz", "Classical", "Electronic". Character limits by model:… */
            style?: string;
            /** @description Strength of adherence to the specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description The title of the generated music track. - Required in Custom Mode (`customMode: true`). Character limits by model: - **V4** (Discontinued) : Maximum 80 characters… */
            title?: string;
            /**
             * Format: uri
             * @description The URL for uploading audio files, required regardless of whether custom_mode and instrumental are true or false. Ensure the uploaded audio does not exceed 8 mi…
             */
            upload_url: string;
            /**
             * @description Vocal gender preference for the singing voice. Optional. Use 'm' for male and 'f' for female. Note: This parameter is only effective when custom_mode is true. B…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiUploadAndCoverAudioRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiUploadAndCoverAudioInput"];
            /**
             * @description Must be `ai-music-api/upload-and-cover-audio`.
             * @example ai-music-api/upload-and-cover-audio
             * @enum {string}
             */
            model: "ai-music-api/upload-and-cover-audio";
        };
        AiMusicApiUploadAndExtendAudioInput: {
            /** @description Balance weight for audio features vs. other factors. Optional. Range 0–1, up to 2 decimal places. */
            audio_weight?: number;
            /** @description The time point (in seconds) from which to start extending the music. - Required when `default_param_flag` is `true`. - Value range: greater than 0 and less than… */
            continue_at?: number;
            /** @description Enable custom mode for advanced audio generation settings. - Set to `true` to use custom parameter mode (requires `style`, `title`, and `upload_url`; if `instru… */
            default_param_flag?: boolean;
            /**
             * @description Determines whether the audio is instrumental (without lyrics). - In custom parameter mode (`default_param_flag: true`): - If `true`: Only `style`, `title`, and…
             * @default false
             */
            instrumental?: boolean;
            /**
             * @description The AI model version to use for generation. - Required for all requests. - Available options: - **`V6_WILD`**: Pushes creative boundaries for bolder, more distin…
             * @enum {string}
             */
            model: "V4" | "V4_5" | "V4_5PLUS" | "V4_5ALL" | "V5" | "V5_5" | "V6" | "V6_WILD" | "V6_MINI";
            /** @description Music styles to exclude from generation */
            negative_tags?: string;
            /** @description Only available when Custom Mode (`default_param_flag: true`) is enabled. Persona ID or Voice ID to apply to the generated music. Optional. Use this to apply a s… */
            persona_id?: string;
            /**
             * @description The persona model is only available for models version V5 (Discontinued), V5_5 (Discontinued), V6, V6_MINI, and V6_WILD.
             * @enum {string}
             */
            persona_model?: "style_persona" | "voice_persona";
            /** @description Describe how the music should be extended. Optional; if provided, it will be used as a prompt. Subject to model character limits: - **V6, V6_MINI & V6_WILD**: M… */
            prompt?: string;
            /** @description Music style, e.g., Jazz, Classical, Electronic. Character limits by model: - **V6, V6_MINI & V6_WILD**: Maximum 1000 characters - **V5_5 & V5** (Discontinued):… */
            style?: string;
            /** @description Strength of adherence to the specified style. Optional. Range 0–1, up to 2 decimal places. */
            style_weight?: number;
            /** @description Music title. Character limits by model: - **V6, V6_MINI & V6_WILD**: Maximum 100 characters - **V5_5 & V5** (Discontinued): Maximum 100 characters - **V4_5PLUS… */
            title?: string;
            /**
             * Format: uri
             * @description The URL for uploading audio files, required regardless of whether default_param_flag is true or false. Ensure the uploaded audio does not exceed 8 minutes in le…
             */
            upload_url: string;
            /**
             * @description Vocal gender preference for the singing voice. Optional. Use 'm' for male and 'f' for female. Based on practice, this parameter can only increase the probabilit…
             * @enum {string}
             */
            vocal_gender?: "m" | "f";
            /** @description Controls experimental/creative deviation. Optional. Range 0–1, up to 2 decimal places. */
            weirdness_constraint?: number;
        };
        AiMusicApiUploadAndExtendAudioRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiUploadAndExtendAudioInput"];
            /**
             * @description Must be `ai-music-api/upload-and-extend-audio`.
             * @example ai-music-api/upload-and-extend-audio
             * @enum {string}
             */
            model: "ai-music-api/upload-and-extend-audio";
        };
        AiMusicApiValidationPhraseInput: {
            /** @description Verify the language of the short phrase. Supported languages ​​include: English (en), Chinese (zh), Spanish (es), French (fr), Portuguese (pt), German (de), Jap… */
            language?: string;
            /** @description End time (in seconds) for extracting the vocal segment, must be greater than vocal_start_s [Required] */
            vocal_end_s: number;
            /** @description Start time (in seconds) for extracting the vocal segment [Required] */
            vocal_start_s: number;
            /** @description The original recording URL uploaded by the user [Required] */
            voice_url: string;
        };
        AiMusicApiValidationPhraseRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["AiMusicApiValidationPhraseInput"];
            /**
             * @description Must be `ai-music-api/validation-phrase`.
             * @example ai-music-api/validation-phrase
             * @enum {string}
             */
            model: "ai-music-api/validation-phrase";
        };
        Base64UploadRequest: {
            /** @description Pure base64 or a data URL (`data:image/png;base64,...`). */
            base64Data: string;
            /** @description File name; a random name is used when omitted. The same name overwrites. */
            fileName?: string;
            uploadPath: components["schemas"]["UploadPath"];
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedance2FastInput: {
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-15 seconds.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            first_frame_url?: string;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio
             *     - **false**: Generate without audio
             * @default true
             * @example false
             */
            generate_audio?: boolean;
            /**
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            last_frame_url?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
             * @example A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky
             */
            prompt: string;
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s.
             *     Size: Single audio file size not exceeding 15 MB.
             */
            reference_audio_urls?: string[];
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
             *     ]
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds.
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 50 MB.
             *     Frame rate (FPS): [24, 60]
             */
            reference_video_urls?: string[];
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @deprecated
             * @description Whether to return the last frame of the video as an image.
             * @default false
             */
            return_last_frame?: boolean;
            /** @description Use online search. (Web search only can be used in the scene of t2v) */
            web_search?: boolean;
        };
        BytedanceSeedance2FastRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance2FastInput"];
            /**
             * @description Must be `bytedance/seedance-2-fast`.
             * @example bytedance/seedance-2-fast
             * @enum {string}
             */
            model: "bytedance/seedance-2-fast";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedance2Input: {
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-15 seconds.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            first_frame_url?: string;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio
             *     - **false**: Generate without audio
             * @default true
             * @example false
             */
            generate_audio?: boolean;
            /**
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            last_frame_url?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
             * @example A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky
             */
            prompt: string;
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s.
             *     Size: Single audio file size not exceeding 15 MB.
             */
            reference_audio_urls?: string[];
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
             *     ]
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds.
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 50 MB.
             *     Frame rate (FPS): [24, 60]
             */
            reference_video_urls?: string[];
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p" | "4k";
            /**
             * @deprecated
             * @description Whether to return the last frame of the video as an image.
             * @default false
             */
            return_last_frame?: boolean;
            /** @description Use online search */
            web_search?: boolean;
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedance2MiniInput: {
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-15 seconds.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            first_frame_url?: string;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio
             *     - **false**: Generate without audio
             * @default true
             * @example false
             */
            generate_audio?: boolean;
            /**
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             */
            last_frame_url?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
             * @example A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky
             */
            prompt: string;
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s.
             *     Size: Single audio file size not exceeding 15 MB.
             */
            reference_audio_urls?: string[];
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
             *     ]
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds.
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 50 MB.
             *     Frame rate (FPS): [24, 60]
             */
            reference_video_urls?: string[];
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /** @description Use online search. (Web search only can be used in the scene of t2v) */
            web_search?: boolean;
        };
        BytedanceSeedance2MiniRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance2MiniInput"];
            /**
             * @description Must be `bytedance/seedance-2-mini`.
             * @example bytedance/seedance-2-mini
             * @enum {string}
             */
            model: "bytedance/seedance-2-mini";
        };
        BytedanceSeedance2Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance2Input"];
            /**
             * @description Must be `bytedance/seedance-2`.
             * @example bytedance/seedance-2
             * @enum {string}
             */
            model: "bytedance/seedance-2";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedance15ProInput: {
            /**
             * @description Video aspect ratio configuration. Required field.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /** @description Duration of the video in seconds,Optional range 4-12 s */
            duration: number;
            /**
             * @description Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots.
             *
             *     - **true**: Lock camera for static shots
             *     - **false**: Allow dynamic camera movement
             * @default false
             * @example false
             */
            fixed_lens?: boolean;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio (higher cost)
             *     - **false**: Generate without audio
             *
             *     Note: Enabling audio will increase the generation cost
             * @default false
             * @example false
             */
            generate_audio?: boolean;
            /**
             * @description URLs of input images for image-to-video generation. Optional field.
             *
             *     - Accepts 0-2 images
             *     - If not provided, the model will perform text-to-video generation
             *     - File URLs after upload, not file content
             *     - Accepted types: image/jpeg, image/png, image/webp
             *     - Max size per image: 10.0MB
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
             *     ]
             */
            input_urls?: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
             * @example A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
        };
        BytedanceSeedance15ProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance15ProInput"];
            /**
             * @description Must be `bytedance/seedance-1.5-pro`.
             * @example bytedance/seedance-1.5-pro
             * @enum {string}
             */
            model: "bytedance/seedance-1.5-pro";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedance25Input: {
            /**
             * @description Video aspect ratio configuration.
             * @default adaptive
             * @example adaptive
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "adaptive";
            /**
             * @description Video duration in 4-30 seconds.
             *     Special values -1:
             *      Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description First frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             *     Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
             */
            first_frame_url?: string;
            /**
             * @description Whether to generate audio for the video.
             *
             *     - **true**: Generate with audio (higher cost)
             *     - **false**: Generate without audio
             *
             *     Note: Enabling audio will increase the generation cost
             * @default true
             * @example false
             */
            generate_audio?: boolean;
            /**
             * @description End frame image url or asset://{assetId}
             *     (for example: asset://asset-20260404242101-76djj)
             *     last_frame_url cannot be passed alone; first_frame_url must be provided together with it.
             */
            last_frame_url?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Video output format.
             * @default mp4
             * @example mp4
             * @enum {string}
             */
            output_format?: "mp4" | "mov";
            /**
             * @description The text prompt used to generate the video.. ( Max length: 30000 characters)
             * @example A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky
             */
            prompt?: string;
            /**
             * @description Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single audio requirements:
             *     Format: wav, mp3
             *     Size: Single audio file size not exceeding 15 MB.
             *     Single audio duration: [2, 30] seconds;
             *     Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
             */
            reference_audio_urls?: string[];
            /**
             * @description Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj).
             *     Single image requirements:
             *     Format: jpeg, png, webp, bmp, tiff, gif.
             *     Aspect ratio (width/height): (0.4, 2.5)
             *     Width and height (px): (300, 6000)
             *     Size: Single image less than 30 MB.
             *     Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30.
             *     Mutually exclusive with the first/last-frame scenario;
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"
             *     ]
             */
            reference_image_urls?: string[];
            /**
             * @description Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) .
             *     Single video requirements:
             *     Video format: mp4, mov.
             *     Resolution: 480p, 720p
             *     Dimensions:
             *     Aspect ratio (width/height): [0.4, 2.5]
             *     Width/height (px): [300, 6000]
             *     Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408].
             *     Size: Single video not exceeding 200 MB.
             *     Frame rate (FPS): [24, 60]
             *     Single video duration: [2, 30] seconds;
             *     Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
             */
            reference_video_urls?: string[];
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.
             * @default false
             */
            return_last_frame?: boolean;
            /** @description Enable online search. */
            web_search?: boolean;
        };
        BytedanceSeedance25Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedance25Input"];
            /**
             * @description Must be `bytedance/seedance-2-5`.
             * @example bytedance/seedance-2-5
             * @enum {string}
             */
            model: "bytedance/seedance-2-5";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedreamInput: {
            /**
             * @description Controls how closely the output image aligns with the input prompt. Higher values mean stronger prompt correlation. (Min: 1, Max: 10, Step: 0.1)
             * @default 2.5
             * @example 2.5
             */
            guidance_scale?: number;
            /**
             * @description Select description
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The text prompt used to generate the image (Max length: 5000 characters)
             * @example A 2D flat art style campsite poster with the text “Kie AI Seedream 3.0 API”. The scene includes mountains, brown tents under a sunny sky, a rabbit, a deer, some birds, green grass, and a flowing river, all illustrated in clean vector art.
             */
            prompt: string;
            /** @description Random seed to control the stochasticity of image generation. */
            seed?: number;
        };
        BytedanceSeedreamRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamInput"];
            /**
             * @description Must be `bytedance/seedream`.
             * @example bytedance/seedream
             * @enum {string}
             */
            model: "bytedance/seedream";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedreamV4EditInput: {
            /**
             * @description Final image resolution is determined by combining image_size (aspect ratio) and image_resolution (pixel scale). For example, choosing 4:3 + 4K gives 4096 × 3072px
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            image_resolution?: "1K" | "2K" | "4K";
            /**
             * @description The size of the generated image.
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
            /**
             * @description List of URLs of input images for editing. Presently, up to 10 image inputs are allowed. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1757930552966e7f2on7s.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Set this value (1–6) to cap how many images a single generation run can produce in one set—because they’re created in one shot rather than separate requests, you must also state the exact number you want in the prompt so both settings align. (Min: 1, Max: 6, Step: 1)
             * @default 1
             * @example 1
             */
            max_images?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to edit the image (Max length: 5000 characters)
             * @example Refer to this logo and create a single visual showcase for an outdoor sports brand named ‘KIE AI’. Display five branded items together in one image: a packaging bag, a hat, a carton box, a wristband, and a lanyard. Use blue as the main visual color, with a fun, simple, and modern style.
             */
            prompt: string;
            /** @description Random seed to control the stochasticity of image generation. */
            seed?: number;
        };
        BytedanceSeedreamV4EditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamV4EditInput"];
            /**
             * @description Must be `bytedance/seedream-v4-edit`.
             * @example bytedance/seedream-v4-edit
             * @enum {string}
             */
            model: "bytedance/seedream-v4-edit";
        };
        /** @description Input parameters for the generation task */
        BytedanceSeedreamV4TextToImageInput: {
            /**
             * @description Final image resolution is determined by combining image_size (aspect ratio) and image_resolution (pixel scale). For example, choosing 4:3 + 4K gives 4096 × 3072px
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            image_resolution?: "1K" | "2K" | "4K";
            /**
             * @description The size of the generated image.
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_3_2" | "portrait_16_9" | "landscape_4_3" | "landscape_3_2" | "landscape_16_9" | "landscape_21_9";
            /**
             * @description Set this value (1–6) to cap how many images a single generation run can produce in one set—because they’re created in one shot rather than separate requests, you must also state the exact number you want in the prompt so both settings align. (Min: 1, Max: 6, Step: 1)
             * @default 1
             * @example 1
             */
            max_images?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the image (Max length: 5000 characters)
             * @example Draw the following system of binary linear equations and the corresponding solution steps on the blackboard: 5x + 2y = 26; 2x -y = 5.
             */
            prompt: string;
            /** @description Random seed to control the stochasticity of image generation */
            seed?: number;
        };
        BytedanceSeedreamV4TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceSeedreamV4TextToImageInput"];
            /**
             * @description Must be `bytedance/seedream-v4-text-to-image`.
             * @example bytedance/seedream-v4-text-to-image
             * @enum {string}
             */
            model: "bytedance/seedream-v4-text-to-image";
        };
        /** @description Input parameters for the generation task */
        BytedanceV1LiteImageToVideoInput: {
            /**
             * @description Whether to fix the camera position (Boolean value (true/false))
             * @example false
             */
            camera_fixed?: boolean;
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description The URL of the image the video ends with. Defaults to None. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example
             */
            end_image_url?: string;
            /**
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17550783375205e9woshz.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video (Max length: 10000 characters)
             * @example Multiple shots. A traveler crosses an endless desert toward a glowing archway. [Cut to] His cloak whips in the wind as he reaches the massive stone threshold. [Wide shot] He steps through — and vanishes into a burst of light
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1)
             * @default -1
             * @example -1
             */
            seed?: number;
        };
        BytedanceV1LiteImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1LiteImageToVideoInput"];
            /**
             * @description Must be `bytedance/v1-lite-image-to-video`.
             * @example bytedance/v1-lite-image-to-video
             * @enum {string}
             */
            model: "bytedance/v1-lite-image-to-video";
        };
        /** @description Input parameters for the generation task */
        BytedanceV1LiteTextToVideoInput: {
            /**
             * @description The aspect ratio of the generated video
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "9:21";
            /**
             * @description Whether to fix the camera position (Boolean value (true/false))
             * @example false
             */
            camera_fixed?: boolean;
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video (Max length: 10000 characters)
             * @example Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /** @description Random seed to control video generation. Use -1 for random. */
            seed?: number;
        };
        BytedanceV1LiteTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1LiteTextToVideoInput"];
            /**
             * @description Must be `bytedance/v1-lite-text-to-video`.
             * @example bytedance/v1-lite-text-to-video
             * @enum {string}
             */
            model: "bytedance/v1-lite-text-to-video";
        };
        /** @description Input parameters for the generation task */
        BytedanceV1ProFastImageToVideoInput: {
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1762340693669m6sey187.webp
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video (Max length: 10000 characters)
             * @example A cinematic close-up sequence of a single elegant ceramic coffee cup with saucer on a rustic wooden table near a sunlit window, hot rich espresso poured in a thin golden stream from above, gradually filling the cup in distinct stages: empty with faint steam, 1/4 filled with dark crema, half-filled with swirling coffee and rising steam, 3/4 filled nearing the rim, perfectly full just below overflow with glossy surface and soft bokeh highlights; ultra-realistic, warm golden-hour light, shallow depth of field, photorealism, detailed textures, subtle steam wisps, serene inviting atmosphere --ar 16:9 --q 2 --style raw
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        BytedanceV1ProFastImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProFastImageToVideoInput"];
            /**
             * @description Must be `bytedance/v1-pro-fast-image-to-video`.
             * @example bytedance/v1-pro-fast-image-to-video
             * @enum {string}
             */
            model: "bytedance/v1-pro-fast-image-to-video";
        };
        /** @description Input parameters for the generation task */
        BytedanceV1ProImageToVideoInput: {
            /**
             * @description Whether to fix the camera position (Boolean value (true/false))
             * @example false
             */
            camera_fixed?: boolean;
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755179021328w1nhip18.webp
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video (Max length: 10000 characters)
             * @example A golden retriever dashing through shallow surf at the beach, back angle camera low near waterline, splashes frozen in time, blur trails in waves and paws, afternoon sun glinting off wet fur, overcast day, dramatic clouds
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1)
             * @default -1
             * @example -1
             */
            seed?: number;
        };
        BytedanceV1ProImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProImageToVideoInput"];
            /**
             * @description Must be `bytedance/v1-pro-image-to-video`.
             * @example bytedance/v1-pro-image-to-video
             * @enum {string}
             */
            model: "bytedance/v1-pro-image-to-video";
        };
        /** @description Input parameters for the generation task */
        BytedanceV1ProTextToVideoInput: {
            /**
             * @description The aspect ratio of the generated video
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Whether to fix the camera position (Boolean value (true/false))
             * @example false
             */
            camera_fixed?: boolean;
            /**
             * @description Duration of the video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt used to generate the video (Max length: 10000 characters)
             * @example A boy with curly hair and a backpack rides a bike down a golden-lit rural road at sunset.
             *     [Cut to] He slows down and looks toward a field of tall grass.
             *     [Wide shot] His silhouette halts in the orange haze.
             */
            prompt: string;
            /**
             * @description Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Random seed to control video generation. Use -1 for random. (Min: -1, Max: 2147483647, Step: 1)
             * @default -1
             * @example -1
             */
            seed?: number;
        };
        BytedanceV1ProTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["BytedanceV1ProTextToVideoInput"];
            /**
             * @description Must be `bytedance/v1-pro-text-to-video`.
             * @example bytedance/v1-pro-text-to-video
             * @enum {string}
             */
            model: "bytedance/v1-pro-text-to-video";
        };
        /**
         * Format: uri
         * @description URL that receives a POST with the task record when the task succeeds or fails. Optional; polling Get Task Details works without it.
         * @example https://your-domain.com/api/callback
         */
        CallBackUrl: string;
        CreateTaskResponse: {
            code: components["schemas"]["EnvelopeCode"];
            data: {
                /** @description Observed live; the same value as taskId. */
                recordId?: string;
                /**
                 * @description Task ID, for Get Task Details (recordInfo).
                 * @example task_hailuo_1765182986510
                 */
                taskId: string;
            };
            /** @description Same as `msg`; some upstream examples use this name. */
            message?: string;
            /** @example success */
            msg?: string;
        };
        CreditsResponse: {
            code: components["schemas"]["EnvelopeCode"];
            /**
             * @description Remaining credits. The docs say integer; live values are fractional (60.62).
             * @example 60.62
             */
            data: number;
            message?: string;
            /** @example success */
            msg?: string;
        };
        DownloadUrlRequest: {
            /**
             * Format: uri
             * @description A file URL generated by kie.ai.
             */
            url: string;
        };
        DownloadUrlResponse: {
            code: components["schemas"]["EnvelopeCode"];
            /** @description The temporary download URL. */
            data: string;
            message?: string;
            /** @example success */
            msg?: string;
        };
        /** @description Input parameters for the generation task */
        ElevenlabsAudioIsolationInput: {
            /**
             * @description URL of the audio file to isolate voice from (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1756964657418ljw1jbzr.mp3
             */
            audio_url: string;
        };
        ElevenlabsAudioIsolationRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsAudioIsolationInput"];
            /**
             * @description Must be `elevenlabs/audio-isolation`.
             * @example elevenlabs/audio-isolation
             * @enum {string}
             */
            model: "elevenlabs/audio-isolation";
        };
        /** @description Input parameters for the generation task */
        ElevenlabsTextToDialogueV3Input: {
            /** @description Array of dialogue items. Each item contains text and voice. The total character count of all text fields combined must not exceed 5000 characters. */
            dialogue: {
                /**
                 * @description The dialogue text content. All text fields in the dialogue array combined must not exceed 5000 characters.
                 * @example I have a pen, I have an apple, ah, Apple pen~
                 */
                text: string;
                /**
                 * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3
                 *
                 *     Available voices:
                 *
                 *     EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold
                 *     Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive
                 *     NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate
                 *     YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer
                 *     B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady
                 *     2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural
                 *     1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light
                 *     5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational
                 *     scOwDtmlUjD3prqpp97I - Sam - Support Agent
                 *     NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable
                 *     BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy
                 *     wo6udizrrtpIxWGp2qJk - Northern Terry
                 *     gU0LNdkMOQCOrPrwtbee - British Football Announcer
                 *     DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant
                 *     x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host
                 *     Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging
                 *     P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft
                 *     qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth
                 *     qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice
                 *     TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator
                 *     N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster
                 *     FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude
                 *     kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative
                 *     UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations
                 *     hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm
                 *     nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting
                 *     uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly
                 *     gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong
                 *     DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural
                 *     vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic
                 *     DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books
                 *     56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear
                 *     eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast
                 *     g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly
                 *     lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual
                 *     6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming
                 *     Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP
                 *     flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain
                 *     9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful
                 *     pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat
                 *     zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky
                 *     nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor
                 *     ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy
                 *     TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain
                 *     ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider
                 *     PPzYpIqttlTYA83688JI - Pirate Marshal
                 *     8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator
                 *     iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating
                 *     wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright
                 *     EiNlNiXeDU1pqqOPrYMO - John Doe - Deep
                 *     4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear
                 *     6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator
                 *     YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy
                 *     LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer
                 *     CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ
                 *     aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter
                 *     mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough
                 *     dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer
                 *     eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale
                 *     esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain
                 *     Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice
                 *     1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle
                 *     AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm
                 *     LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming
                 *     1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative
                 *     hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded
                 *     MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
                 * @default EkK5I93UQWFDigLMpZcX
                 * @example EkK5I93UQWFDigLMpZcX
                 */
                voice: string;
            }[];
            /**
             * @description Language code for the speech. Default is empty string or omit the parameter for automatic language detection.
             * @enum {string}
             */
            language_code?: "af" | "ar" | "hy" | "as" | "az" | "be" | "bn" | "bs" | "bg" | "ca" | "ceb" | "ny" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fil" | "fi" | "fr" | "gl" | "ka" | "de" | "el" | "gu" | "ha" | "he" | "hi" | "hu" | "is" | "id" | "ga" | "it" | "ja" | "jv" | "kn" | "kk" | "ky" | "ko" | "lv" | "ln" | "lt" | "lb" | "mk" | "ms" | "ml" | "zh" | "mr" | "ne" | "no" | "ps" | "fa" | "pl" | "pt" | "pa" | "ro" | "ru" | "sr" | "sd" | "sk" | "sl" | "so" | "es" | "sw" | "sv" | "ta" | "te" | "th" | "tr" | "uk" | "ur" | "vi" | "cy";
            /**
             * @description Voice stability parameter. Must be one of the following values: 0.0, 0.5, or 1.0
             * @default 0.5
             * @example 0.5
             * @enum {number}
             */
            stability?: 0 | 0.5 | 1;
        };
        ElevenlabsTextToDialogueV3Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToDialogueV3Input"];
            /**
             * @description Must be `elevenlabs/text-to-dialogue-v3`.
             * @example elevenlabs/text-to-dialogue-v3
             * @enum {string}
             */
            model: "elevenlabs/text-to-dialogue-v3";
        };
        /** @description Input parameters for the generation task */
        ElevenlabsTextToSpeechMultilingualV2Input: {
            /**
             * @description Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)
             * @example
             */
            language_code?: string;
            /**
             * @description The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
             * @example
             */
            next_text?: string;
            /**
             * @description The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
             * @example
             */
            previous_text?: string;
            /**
             * @description Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0.75
             * @example 0.75
             */
            similarity_boost?: number;
            /**
             * @description Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01)
             * @default 1
             * @example 1
             */
            speed?: number;
            /**
             * @description Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0.5
             * @example 0.5
             */
            stability?: number;
            /**
             * @description Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0
             * @example 0
             */
            style?: number;
            /**
             * @description The text to convert to speech (Max length: 5000 characters)
             * @example Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.
             */
            text: string;
            /**
             * @description Whether to return timestamps for each word in the generated speech (Boolean value (true/false))
             * @example false
             */
            timestamps?: boolean;
            /**
             * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3
             *
             *     Available voices:
             *
             *     EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold
             *     Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive
             *     NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate
             *     YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer
             *     B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady
             *     2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural
             *     1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light
             *     5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational
             *     scOwDtmlUjD3prqpp97I - Sam - Support Agent
             *     NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable
             *     BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy
             *     wo6udizrrtpIxWGp2qJk - Northern Terry
             *     gU0LNdkMOQCOrPrwtbee - British Football Announcer
             *     DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant
             *     x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host
             *     Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging
             *     P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft
             *     qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth
             *     qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice
             *     TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator
             *     N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster
             *     FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude
             *     kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative
             *     UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations
             *     hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm
             *     nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting
             *     uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly
             *     gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong
             *     DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural
             *     vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic
             *     DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books
             *     56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear
             *     eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast
             *     g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly
             *     lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual
             *     6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming
             *     Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP
             *     flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain
             *     9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful
             *     pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat
             *     zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky
             *     nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor
             *     ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy
             *     TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain
             *     ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider
             *     PPzYpIqttlTYA83688JI - Pirate Marshal
             *     8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator
             *     iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating
             *     wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright
             *     EiNlNiXeDU1pqqOPrYMO - John Doe - Deep
             *     4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear
             *     6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator
             *     YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy
             *     LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer
             *     CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ
             *     aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter
             *     mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough
             *     dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer
             *     eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale
             *     esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain
             *     Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice
             *     1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle
             *     AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm
             *     LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming
             *     1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative
             *     hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded
             *     MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
             * @default EkK5I93UQWFDigLMpZcX
             * @example EkK5I93UQWFDigLMpZcX
             */
            voice: string;
        };
        ElevenlabsTextToSpeechMultilingualV2Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Input"];
            /**
             * @description Must be `elevenlabs/text-to-speech-multilingual-v2`.
             * @example elevenlabs/text-to-speech-multilingual-v2
             * @enum {string}
             */
            model: "elevenlabs/text-to-speech-multilingual-v2";
        };
        /** @description Input parameters for the generation task */
        ElevenlabsTextToSpeechTurbo25Input: {
            /**
             * @description Language code (ISO 639-1) used to enforce a language for the model. Currently only Turbo v2.5 and Flash v2.5 support language enforcement. For other models, an error will be returned if language code is provided. (Max length: 500 characters)
             * @example
             */
            language_code?: string;
            /**
             * @description The text that comes after the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
             * @example
             */
            next_text?: string;
            /**
             * @description The text that came before the text of the current request. Can be used to improve the speech's continuity when concatenating together multiple generations or to influence the speech's continuity in the current generation. (Max length: 5000 characters)
             * @example
             */
            previous_text?: string;
            /**
             * @description Similarity boost (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0.75
             * @example 0.75
             */
            similarity_boost?: number;
            /**
             * @description Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up. Extreme values may affect quality. (Min: 0.7, Max: 1.2, Step: 0.01)
             * @default 1
             * @example 1
             */
            speed?: number;
            /**
             * @description Voice stability (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0.5
             * @example 0.5
             */
            stability?: number;
            /**
             * @description Style exaggeration (0-1) (Min: 0, Max: 1, Step: 0.01)
             * @default 0
             * @example 0
             */
            style?: number;
            /**
             * @description The text to convert to speech (Max length: 5000 characters)
             * @example Unlock powerful API with Kie.ai! Affordable, scalable APl integration, free trial playground, and secure, reliable performance.
             */
            text: string;
            /**
             * @description Whether to return timestamps for each word in the generated speech (Boolean value (true/false))
             * @example false
             */
            timestamps?: boolean;
            /**
             * @description The voice to use for speech generation. Can be a preset voice name (e.g. Rachel, Adam) or a voice ID. You can preview a voice by opening https://static.aiquickdraw.com/elevenlabs/voice/<voice_id>.mp3 in your browser (replace <voice_id> with the actual voice ID). For example: https://static.aiquickdraw.com/elevenlabs/voice/N2lVS1w4EtoT3dr4eOWO.mp3
             *
             *     Available voices:
             *
             *     EkK5I93UQWFDigLMpZcX - James - Husky, Engaging and Bold
             *     Z3R5wn05IrDiVCyEkUrK - Arabella - Mysterious and Emotive
             *     NNl6r8mD7vthiJatiJt1 - Bradford - Expressive and Articulate
             *     YOq2y2Up4RgXP2HyXjE5 - Xavier - Dominating, Metallic Announcer
             *     B8gJV1IhpuegLxdpXFOE - Kuon - Cheerful, Clear and Steady
             *     2zRM7PkgwBPiau2jvVXc - Monika Sogam - Deep and Natural
             *     1SM7GgM6IMuvQlz2BwM3 - Mark - Casual, Relaxed and Light
             *     5l5f8iK3YPeGga21rQIX - Adeline - Feminine and Conversational
             *     scOwDtmlUjD3prqpp97I - Sam - Support Agent
             *     NOpBlnGInO9m6vDvFkFC - Spuds Oxley - Wise and Approachable
             *     BZgkqPqms7Kj9ulSkVzn - Eve - Authentic, Energetic and Happy
             *     wo6udizrrtpIxWGp2qJk - Northern Terry
             *     gU0LNdkMOQCOrPrwtbee - British Football Announcer
             *     DGzg6RaUqxGRTHSBjfgF - Brock - Commanding and Loud Sergeant
             *     x70vRnQBMBu4FAYhjJbO - Nathan - Virtual Radio Host
             *     Sm1seazb4gs7RSlUVw7c - Anika - Animated, Friendly and Engaging
             *     P1bg08DkjqiVEzOn76yG - Viraj - Rich and Soft
             *     qDuRKMlYmrm8trt5QyBn - Taksh - Calm, Serious and Smooth
             *     qXpMhyvQqiRxWQs4qSSB - Horatius - Energetic Character Voice
             *     TX3LPaxmHKxFdv7VOQHJ - Liam - Energetic, Social Media Creator
             *     N2lVS1w4EtoT3dr4eOWO - Callum - Husky Trickster
             *     FGY2WhTYpPnrIDTdsKH5 - Laura - Enthusiast, Quirky Attitude
             *     kPzsL2i3teMYv0FxEYQ6 - Brittney - Social Media Voice - Fun, Youthful & Informative
             *     UgBBYS2sOqTuMpoF3BR0 - Mark - Natural Conversations
             *     hpp4J3VqNfWAUOO0d1Us - Bella - Professional, Bright, Warm
             *     nPczCjzI2devNBz1zQrb - Brian - Deep, Resonant and Comforting
             *     uYXf8XasLslADfZ2MB4u - Hope - Bubbly, Gossipy and Girly
             *     gs0tAILXbY5DNrJrsM6F - Jeff - Classy, Resonating and Strong
             *     DTKMou8ccj1ZaWGBiotd - Jamahal - Young, Vibrant, and Natural
             *     vBKc2FfBKJfcZNyEt1n6 - Finn - Youthful, Eager and Energetic
             *     DYkrAHD8iwork3YSUBbs - Tom - Conversations & Books
             *     56AoDkrOh6qfVPDXZ7Pt - Cassidy - Crisp, Direct and Clear
             *     eR40ATw9ArzDf9h3v7t7 - Addison 2.0 - Australian Audiobook & Podcast
             *     g6xIsTj2HwM6VR4iXFCw - Jessica Anne Bogart - Chatty and Friendly
             *     lcMyyd2HUfFzxdCaC4Ta - Lucy - Fresh & Casual
             *     6aDn1KB0hjpdcocrUkmq - Tiffany - Natural and Welcoming
             *     Sq93GQT4X1lKDXsQcixO - Felix - Warm, Positive & Contemporary RP
             *     flHkNRp1BlvT73UL6gyz - Jessica Anne Bogart - Eloquent Villain
             *     9yzdeviXkFddZ4Oz8Mok - Lutz - Chuckling, Giggly and Cheerful
             *     pPdl9cQBQq4p6mRkZy2Z - Emma - Adorable and Upbeat
             *     zYcjlYFOd3taleS0gkk3 - Edward - Loud, Confident and Cocky
             *     nzeAacJi50IvxcyDnMXa - Marshal - Friendly, Funny Professor
             *     ruirxsoakN0GWmGNIo04 - John Morgan - Gritty, Rugged Cowboy
             *     TC0Zp7WVFzhA8zpTlRqV - Aria - Sultry Villain
             *     ljo9gAlSqKOvF6D8sOsX - Viking Bjorn - Epic Medieval Raider
             *     PPzYpIqttlTYA83688JI - Pirate Marshal
             *     8JVbfL6oEdmuxKn5DK2C - Johnny Kid - Serious and Calm Narrator
             *     iCrDUkL56s3C8sCRl7wb - Hope - Poetic, Romantic and Captivating
             *     wJqPPQ618aTW29mptyoc - Ana Rita - Smooth, Expressive and Bright
             *     EiNlNiXeDU1pqqOPrYMO - John Doe - Deep
             *     4YYIPFl9wE5c4L2eu2Gb - Burt Reynolds™ - Deep, Smooth and Clear
             *     6F5Zhi321D3Oq7v1oNT4 - Hank - Deep and Engaging Narrator
             *     YXpFCvM1S3JbWEJhoskW - Wyatt - Wise Rustic Cowboy
             *     LG95yZDEHg6fCZdQjLqj - Phil - Explosive, Passionate Announcer
             *     CeNX9CMwmxDxUF5Q2Inm - Johnny Dynamite - Vintage Radio DJ
             *     aD6riP1btT197c6dACmy - Rachel M - Pro British Radio Presenter
             *     mtrellq69YZsNwzUSyXh - Rex Thunder - Deep N Tough
             *     dHd5gvgSOzSfduK4CvEg - Ed - Late Night Announcer
             *     eVItLK1UvXctxuaRV2Oq - Jean - Alluring and Playful Femme Fatale
             *     esy0r39YPLQjOczyOib8 - Britney - Calm and Calculative Villain
             *     Tsns2HvNFKfGiNjllgqo - Sven - Emotional and Nice
             *     1U02n4nD6AdIZ9CjF053 - Viraj - Smooth and Gentle
             *     AeRdCCKzvd23BpJoofzx - Nathaniel - Engaging, British and Calm
             *     LruHrtVF6PSyGItzMNHS - Benjamin - Deep, Warm, Calming
             *     1wGbFxmAM3Fgw63G1zZJ - Allison - Calm, Soothing and Meditative
             *     hqfrgApggtO1785R4Fsn - Theodore HQ - Serene and Grounded
             *     MJ0RnG71ty4LH3dvNfSd - Leon - Soothing and Grounded
             * @default EkK5I93UQWFDigLMpZcX
             * @example EkK5I93UQWFDigLMpZcX
             */
            voice?: string;
        };
        ElevenlabsTextToSpeechTurbo25Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ElevenlabsTextToSpeechTurbo25Input"];
            /**
             * @description Must be `elevenlabs/text-to-speech-turbo-2-5`.
             * @example elevenlabs/text-to-speech-turbo-2-5
             * @enum {string}
             */
            model: "elevenlabs/text-to-speech-turbo-2-5";
        };
        /**
         * @description Response status code.
         *     - 200: Success
         *     - 400: Bad request (e.g. a missing query parameter)
         *     - 401: Unauthorized: credentials missing or invalid
         *     - 402: Insufficient credits
         *     - 404: Not found
         *     - 408: Upstream returned no result in time
         *     - 422: Validation error
         *     - 429: Rate limited
         *     - 433: Sub-key usage exceeds its limit
         *     - 455: Service unavailable (maintenance)
         *     - 500: Server error
         *     - 501: Generation failed
         *     - 505: Feature disabled
         * @example 200
         * @enum {integer}
         */
        EnvelopeCode: 200 | 400 | 401 | 402 | 404 | 408 | 422 | 429 | 433 | 455 | 500 | 501 | 505;
        /**
         * @description Envelope code of a failed request (every documented code except 200).
         * @example 402
         * @enum {integer}
         */
        ErrorCode: 400 | 401 | 402 | 404 | 408 | 422 | 429 | 433 | 455 | 500 | 501 | 505;
        /** @description The envelope of a failed request. `data` is null or absent. */
        ErrorEnvelope: {
            code: components["schemas"]["ErrorCode"];
            /** @description Always null on errors. */
            data?: Record<string, never> | null;
            /** @description Same as `msg`; some upstream examples use this name. */
            message?: string;
            /**
             * @description Error description.
             * @example You do not have access permissions
             */
            msg?: string;
        };
        Flux1KontextInput: {
            /**
             * @description Output image aspect ratio. You Applicable in both text-to-image generation and image editing modes. For **text-to-image generation** , the output image will fol…
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /** @description Whether to enable automatic translation feature. - Since prompt only supports English, when this parameter is true, the system will automatically translate non-… */
            enable_translation?: boolean;
            /**
             * Format: uri
             * @description URL of the input image for editing mode. Required when editing an existing image. - Must be a valid image URL - Image must be accessible to the API server
             */
            input_image?: string;
            /**
             * @description Output image format.
             * @default jpeg
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /** @description Text prompt describing the desired image or edit. Required for both generation and editing modes. - Should be detailed and specific - For image editing, describ… */
            prompt: string;
            /**
             * @description - If true, performs upsampling on the prompt - May increase processing time
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * @description **For Image Generation Mode:** Moderation level for inputs and outputs. Value ranges from 0 (most strict) to 6 (more permissive). **For Image Editing Mode:** Mo…
             * @default 2
             * @enum {integer}
             */
            safety_tolerance?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /** @description (Optional) Specifies the server region for image upload. Set to true to use servers in China, false to use non-China servers. Choose based on your geographical… */
            upload_cn?: boolean;
            /** @description Watermark identifier to add to the generated image. - Optional - If provided, a watermark will be added to the output image */
            watermark?: string;
        };
        Flux1KontextRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux1KontextInput"];
            /**
             * @description Must be `flux1-kontext`.
             * @example flux1-kontext
             * @enum {string}
             */
            model: "flux1-kontext";
        };
        /** @description Input parameters for the generation task */
        Flux2FlexImageToImageInput: {
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764235158281_tABmx723.png",
             *       "https://static.aiquickdraw.com/tools/example/1764235165079_8fIR5MEF.png"
             *     ]
             */
            input_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Must be between 3 and 5000 characters. (Max length: 5000 characters)
             * @example Replace the can in image 2 with the can from image 1
             */
            prompt: string;
            /**
             * @description Output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
        };
        Flux2FlexImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2FlexImageToImageInput"];
            /**
             * @description Must be `flux-2/flex-image-to-image`.
             * @example flux-2/flex-image-to-image
             * @enum {string}
             */
            model: "flux-2/flex-image-to-image";
        };
        /** @description Input parameters for the generation task */
        Flux2FlexTextToImageInput: {
            /**
             * @description Aspect ratio of the generated image. When `auto` is selected, it will match the ratio of the first input image (requires input image to be provided).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Generation prompt, length must be between 3-5000 characters. (Maximum length: 5000 characters)
             * @example A humanoid figure with a vintage television set for a head, featuring a green-tinted screen displaying a `Hello FLUX.2` writing in ASCII font. The figure is wearing a yellow raincoat, and there are various wires and components attached to the television. The background is cloudy and indistinct, suggesting an outdoor setting
             */
            prompt: string;
            /**
             * @description Output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
        };
        Flux2FlexTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2FlexTextToImageInput"];
            /**
             * @description Must be `flux-2/flex-text-to-image`.
             * @example flux-2/flex-text-to-image
             * @enum {string}
             */
            model: "flux-2/flex-text-to-image";
        };
        /** @description Input parameters for the generation task */
        Flux2ProImageToImageInput: {
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png",
             *       "https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png"
             *     ]
             */
            input_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Must be between 3 and 5000 characters. (Max length: 5000 characters)
             * @example The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo
             */
            prompt: string;
            /**
             * @description Output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
        };
        Flux2ProImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2ProImageToImageInput"];
            /**
             * @description Must be `flux-2/pro-image-to-image`.
             * @example flux-2/pro-image-to-image
             * @enum {string}
             */
            model: "flux-2/pro-image-to-image";
        };
        /** @description Input parameters for the generation task */
        Flux2ProTextToImageInput: {
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Must be between 3 and 5000 characters. (Max length: 5000 characters)
             * @example Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling "FLUX.2" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text "GENERATE NOW" and "PLAYGROUND". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.
             */
            prompt: string;
            /**
             * @description Output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution: "1K" | "2K";
        };
        Flux2ProTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Flux2ProTextToImageInput"];
            /**
             * @description Must be `flux-2/pro-text-to-image`.
             * @example flux-2/pro-text-to-image
             * @enum {string}
             */
            model: "flux-2/pro-text-to-image";
        };
        /** @description Input parameters for the multimodal video generation task. */
        GeminiOmniVideoInput: {
            /**
             * @description The aspect ratio of the generated video. `16:9` is landscape, and `9:16` is portrait.
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * @description Array of audio IDs generated by the `gemini-omni-audio` endpoint. Useful for narration, dialogue, music, or audio guidance in the generated video. Max 3 items.
             * @example [
             *       "audio_01hx8p0demo"
             *     ]
             */
            audio_ids?: string[];
            /**
             * @description An array of character IDs generated by the `gemini-omni-character` API. Used to provide character appearance, identity, or person references for the video. Each character_id uses 1 image slot. The base limit is 7 image slots; if video_list is also provided, video_list uses 2 image slots, so character_ids can contain up to 3 IDs.
             * @example [
             *       "character_01hx8p0demo"
             *     ]
             */
            character_ids?: string[];
            /**
             * @description The duration of the generated video in seconds. Available values are 4, 6, 8, and 10. When video input is provided, the output duration is determined by the model automatically. This duration parameter will not take effect.Note: when video input is provided, the output duration is determined by the model automatically. This duration parameter will not take effect.
             * @example 8
             * @enum {string}
             */
            duration: "4" | "6" | "8" | "10";
            /**
             * @description Array of image URLs. You can provide one or more reference images for characters, scenes, styles, or storyboard guidance.
             *
             *     Image limits:
             *     - Each file must be no larger than `20MB`
             *     - Use publicly accessible image URLs
             *     - Max 7 images
             * @example [
             *       "https://example.com/assets/scene-1.png",
             *       "https://example.com/assets/scene-2.png"
             *     ]
             */
            image_urls?: string[];
            /**
             * @description Video prompt used to describe the target content, style, camera language, or character actions in the generated video.
             * @example Create a futuristic night city short film with a slow push-in shot as the character walks out from a neon-lit street.
             */
            prompt: string;
            /**
             * @description The resolution of the generated video. Available values are 720p, 1080p, and 4k.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /** @description Random seed. Range: [0, 2147483647]. If not specified, the system generates a seed automatically. Fixing the seed can improve reproducibility, but results may still vary due to the model’s stochasticity. */
            seed?: number;
            /**
             * @description Array of video clips. Each item defines a source video and the trim range to use during generation.
             *
             *     Video limits:
             *     - Each file must be no larger than `100MB`
             *     - Video duration must not exceed `30s`
             *     - `ends` should be greater than `start`
             *     - The difference between the end time and the start time must not exceed `10s`.
             *     - Max 1 items. Equal 2 images
             * @example [
             *       {
             *         "url": "https://example.com/assets/source-video.mp4",
             *         "start": 0,
             *         "ends": 10
             *       }
             *     ]
             */
            video_list?: {
                /** @description End time in seconds. It should be greater than `start`.The difference between the end time and the start time must not exceed 10s */
                ends: number;
                /** @description Start time in seconds. */
                start: number;
                /**
                 * Format: uri
                 * @description Video URL. Each source video file must be no larger than `100MB` and no longer than `30s`.
                 */
                url: string;
            }[];
        };
        GeminiOmniVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GeminiOmniVideoInput"];
            /**
             * @description Must be `gemini-omni-video`.
             * @example gemini-omni-video
             * @enum {string}
             */
            model: "gemini-omni-video";
        };
        /** @description Input parameters for the generation task */
        GoogleGemini25ProTtsInput: {
            /** @description List of dialogue turns, output in sequential order */
            dialogue_turns: {
                /** @description Corresponding speaker identifier, e.g., "Speaker 1" */
                speaker_id: string;
                /** @description The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." */
                text: string;
            }[];
            /**
             * @description Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
             * @default
             */
            sample_context?: string;
            /**
             * @description Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
             * @default
             */
            scene?: string;
            /** @description List of speaker configurations */
            speakers: {
                /**
                 * @description Accent, e.g., "British (RP)" or "American (Gen)"
                 * @enum {string}
                 */
                accent: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper" */
                audio_profile?: string;
                /**
                 * @description Pace, e.g., "Slow" or "Natural"
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /** @description Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format */
                speaker_id: string;
                /**
                 * @description Emotional style, e.g., "Gentle" or "Deadpan"
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Voice name, e.g., "Zephyr", "Fenrir", "Puck"
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
            }[];
            /**
             * @description Sampling temperature, e.g., 1
             * @default 1
             */
            temperature?: number;
        };
        GoogleGemini25ProTtsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGemini25ProTtsInput"];
            /**
             * @description Must be `google/gemini-2-5-pro-tts`.
             * @example google/gemini-2-5-pro-tts
             * @enum {string}
             */
            model: "google/gemini-2-5-pro-tts";
        };
        /** @description Input parameters for the generation task */
        GoogleGemini31FlashTtsInput: {
            /** @description List of dialogue turns, output in sequential order */
            dialogue_turns: {
                /** @description Corresponding speaker identifier, e.g., "Speaker 1" */
                speaker_id: string;
                /** @description The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." */
                text: string;
            }[];
            /**
             * @description Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
             * @default
             */
            sample_context?: string;
            /**
             * @description Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
             * @default
             */
            scene?: string;
            /** @description List of speaker configurations */
            speakers: {
                /**
                 * @description Accent, e.g., "British (RP)" or "American (Gen)"
                 * @enum {string}
                 */
                accent: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper" */
                audio_profile?: string;
                /**
                 * @description Pace, e.g., "Slow" or "Natural"
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /** @description Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be 「Speaker N」format */
                speaker_id: string;
                /**
                 * @description Emotional style, e.g., "Gentle" or "Deadpan"
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Voice name, e.g., "Zephyr", "Fenrir", "Puck"
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
            }[];
            /**
             * @description Sampling temperature, e.g., 1
             * @default 1
             */
            temperature?: number;
        };
        GoogleGemini31FlashTtsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGemini31FlashTtsInput"];
            /**
             * @description Must be `google/gemini-3-1-flash-tts`.
             * @example google/gemini-3-1-flash-tts
             * @enum {string}
             */
            model: "google/gemini-3-1-flash-tts";
        };
        GoogleGemini38FlashLiteTtsInput: {
            /** @description List of dialogue turns, output in sequential order */
            dialogue_turns: {
                /** @description Corresponding speaker identifier, e.g., "Speaker 1" */
                speaker_id: string;
                /** @description The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." */
                text: string;
            }[];
            /**
             * @description Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
             * @default
             */
            sample_context?: string;
            /**
             * @description Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
             * @default
             */
            scene?: string;
            /** @description List of speaker configurations */
            speakers: {
                /**
                 * @description Accent, e.g., "British (RP)" or "American (Gen)"
                 * @enum {string}
                 */
                accent: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper" */
                audio_profile?: string;
                /**
                 * @description Pace, e.g., "Slow" or "Natural"
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /** @description Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be "Speaker N" format */
                speaker_id: string;
                /**
                 * @description Emotional style, e.g., "Gentle" or "Deadpan"
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Voice name, e.g., "Zephyr", "Fenrir", "Puck"
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
            }[];
            /**
             * @description Sampling temperature, e.g., 1
             * @default 1
             */
            temperature?: number;
        };
        GoogleGemini38FlashLiteTtsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGemini38FlashLiteTtsInput"];
            /**
             * @description Must be `google/gemini-3-8-flash-lite-tts`.
             * @example google/gemini-3-8-flash-lite-tts
             * @enum {string}
             */
            model: "google/gemini-3-8-flash-lite-tts";
        };
        GoogleGemini38FlashTtsInput: {
            /** @description List of dialogue turns, output in sequential order */
            dialogue_turns: {
                /** @description Corresponding speaker identifier, e.g., "Speaker 1" */
                speaker_id: string;
                /** @description The text spoken by the speaker, which may contain tone tags, e.g., "Once upon a time, in a quiet valley hidden away..." */
                text: string;
            }[];
            /**
             * @description Sample context/overall tone, e.g., "Audiobook style narration. Tone is gentle and inviting."
             * @default
             */
            sample_context?: string;
            /**
             * @description Scene description, e.g., "A quiet, warm room with a fireplace crackling softly."
             * @default
             */
            scene?: string;
            /** @description List of speaker configurations */
            speakers: {
                /**
                 * @description Accent, e.g., "British (RP)" or "American (Gen)"
                 * @enum {string}
                 */
                accent: "Neutral" | "American (Gen)" | "American (Valley)" | "American (South)" | "British (RP)" | "British (Brixton)" | "Transatlantic" | "Australian";
                /** @description Audio profile description, e.g., "A warm and soothing narrator" or "A stern and weary gatekeeper" */
                audio_profile?: string;
                /**
                 * @description Pace, e.g., "Slow" or "Natural"
                 * @enum {string}
                 */
                pace?: "Natural" | "Rapid Fire" | "The Drift" | "Staccato";
                /** @description Speaker identifier, e.g., "Speaker 1" or "Speaker 2";Must be "Speaker N" format */
                speaker_id: string;
                /**
                 * @description Emotional style, e.g., "Gentle" or "Deadpan"
                 * @enum {string}
                 */
                style?: "Vocal Smile" | "Newscaster" | "Whisper" | "Empathetic" | "Promo/Hype" | "Deadpan";
                /**
                 * @description Voice name, e.g., "Zephyr", "Fenrir", "Puck"
                 * @enum {string}
                 */
                voice_name: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Puck" | "Pulcherrima" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
            }[];
            /**
             * @description Sampling temperature, e.g., 1
             * @default 1
             */
            temperature?: number;
        };
        GoogleGemini38FlashTtsRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGemini38FlashTtsInput"];
            /**
             * @description Must be `google/gemini-3-8-flash-tts`.
             * @example google/gemini-3-8-flash-tts
             * @enum {string}
             */
            model: "google/gemini-3-8-flash-tts";
        };
        GoogleGeminiOmniFlash11Input: {
            /**
             * @description The aspect ratio of the generated video. `16:9` is landscape, and `9:16` is portrait.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /** @description An array of audio IDs generated by the `gemini-omni-audio` interface. Used to provide narration, dialogue, background music, or sound references for the video. */
            audio_ids?: string[];
            /** @description An array of character IDs generated by the `gemini-omni-character` interface. Used to provide character appearance, identity, or person references for the video… */
            character_ids?: string[];
            /**
             * @description The duration of the generated video, in seconds. Valid values are 4, 6, 8, and 10. This parameter only takes effect when there is no video input. If video input…
             * @enum {string}
             */
            duration: "4" | "6" | "8" | "10";
            /**
             * Format: uri
             * @description The URL of the first-frame image. Used to specify the starting frame of the generated video. Note: This field is mutually exclusive with `image_urls`, `audio_id…
             */
            first_frame_url?: string;
            /** @description An array of image URLs. Multiple reference images can be uploaded to provide references for characters, scenes, styles, or storyboards. Image limitations: - Eac… */
            image_urls?: string[];
            /**
             * Format: uri
             * @description The URL of the last-frame image. Used to specify the ending frame of the generated video. Note: The last-frame image cannot be used alone and must be provided t…
             */
            last_frame_url?: string;
            /** @description The video prompt, used to describe the visual content, style, cinematography, or character actions of the target video. */
            prompt: string;
            /**
             * @description The resolution of the generated video. Valid values are 360p, 720p, 1080p, and 4k.
             * @default 720p
             * @enum {string}
             */
            resolution?: "360p" | "720p" | "1080p" | "4k";
            /** @description The random seed. Valid range: [0, 2147483647]. If not specified, the system will automatically generate a seed. A fixed seed can improve result reproducibility,… */
            seed?: number;
            /** @description An array of video clips. Each element describes a video asset that can be used for generation and its trimming time range. Video limitations: - Each file must n… */
            video_list?: {
                /** @description The end time, in seconds. It should be greater than `start`. The difference between the end and start times must not exc */
                ends: number;
                /** @description The start time, in seconds. */
                start: number;
                /**
                 * Format: uri
                 * @description The video URL. Each video file must not exceed `100MB`, and the video duration must not exceed `30s`.
                 */
                url: string;
            }[];
        };
        GoogleGeminiOmniFlash11Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleGeminiOmniFlash11Input"];
            /**
             * @description Must be `google/gemini-omni-flash-1-1`.
             * @example google/gemini-omni-flash-1-1
             * @enum {string}
             */
            model: "google/gemini-omni-flash-1-1";
        };
        /** @description Input parameters for the generation task */
        GoogleImagen4FastInput: {
            /**
             * @description The aspect ratio of the generated image
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3" | "auto";
            /**
             * @description A description of what to discourage in the generated images (Max length: 5000 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing what you want to see (Max length: 5000 characters)
             * @example Create a cinematic, photorealistic medium shot capturing the nostalgic warmth of a late 90s indie film. The focus is a young woman with brightly dyed pink hair (slightly faded) and freckled skin, looking directly and intently into the camera lens with a hopeful yet slightly uncertain smile. She wears an oversized, vintage band t-shirt (slightly worn, with the faintly cracked white text “KIE AI” across the chest) layered over a long-sleeved striped top, along with simple silver stud earrings. The lighting is soft, golden hour sunlight streaming through a slightly dusty window, creating lens flare and illuminating dust motes in the air. The background shows a blurred, cluttered bedroom with posters on the wall and fairy lights, rendered with a shallow depth of field. Natural film grain, a warm, slightly muted color palette, and sharp focus on her expressive eyes enhance the intimate, authentic feel.
             */
            prompt: string;
            /** @description Random seed for reproducible generation */
            seed?: number;
        };
        GoogleImagen4FastRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4FastInput"];
            /**
             * @description Must be `google/imagen4-fast`.
             * @example google/imagen4-fast
             * @enum {string}
             */
            model: "google/imagen4-fast";
        };
        /** @description Input parameters for the generation task */
        GoogleImagen4Input: {
            /**
             * @description The aspect ratio of the generated image
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3" | "auto";
            /**
             * @description A description of what to discourage in the generated images (Max length: 5000 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing what you want to see (Max length: 5000 characters)
             * @example A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.
             */
            prompt: string;
            /**
             * @description Random seed for reproducible generation (Max length: 500 characters)
             * @example
             */
            seed?: string;
        };
        GoogleImagen4Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4Input"];
            /**
             * @description Must be `google/imagen4`.
             * @example google/imagen4
             * @enum {string}
             */
            model: "google/imagen4";
        };
        /** @description Input parameters for the generation task */
        GoogleImagen4UltraInput: {
            /**
             * @description The aspect ratio of the generated image
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:4" | "4:3" | "auto";
            /**
             * @description A description of what to discourage in the generated images (Max length: 5000 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing what you want to see (Max length: 5000 characters)
             * @example A lively comic scene where two colleagues are in an office. The first person says, 'Have you heard about Google Imagen 4 Ultra?' The second person responds with excitement, 'It’s the best text-to-image tool out there!' The first person asks again, 'Do you know where to get the API?' The second person smiles and says, 'Kie.ai has it!' In the final panel, the two look at a screen showing Kie.ai’s interface with an API option, with bright and colorful comic-style illustrations.
             */
            prompt: string;
            /**
             * @description Random seed for reproducible generation (Max length: 500 characters)
             * @example
             */
            seed?: string;
        };
        GoogleImagen4UltraRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleImagen4UltraInput"];
            /**
             * @description Must be `google/imagen4-ultra`.
             * @example google/imagen4-ultra
             * @enum {string}
             */
            model: "google/imagen4-ultra";
        };
        /** @description Input parameters for the generation task */
        GoogleNanoBananaEditInput: {
            /**
             * @description Radio description
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @deprecated
             * @description The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @description List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Output format for the images
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The prompt for image editing (Max length: 5000 characters)
             * @example turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible
             */
            prompt: string;
        };
        GoogleNanoBananaEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleNanoBananaEditInput"];
            /**
             * @description Must be `google/nano-banana-edit`.
             * @example google/nano-banana-edit
             * @enum {string}
             */
            model: "google/nano-banana-edit";
        };
        /** @description Input parameters for the generation task */
        GoogleNanoBananaInput: {
            /**
             * @description Radio description
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @deprecated
             * @description The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3" | "3:2" | "2:3" | "5:4" | "4:5" | "21:9" | "auto";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Output format for the images
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The prompt for image generation (Max length: 5000 characters)
             * @example A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art
             */
            prompt: string;
        };
        GoogleNanoBananaRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GoogleNanoBananaInput"];
            /**
             * @description Must be `google/nano-banana`.
             * @example google/nano-banana
             * @enum {string}
             */
            model: "google/nano-banana";
        };
        /** @description Input parameters for the image-to-image task. */
        GptImage2ImageToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default.
             *     Note: 5:4 and 4:5 aspect ratios only support 1K images.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "5:4" | "4:5" | "16:9" | "9:16" | "2:1" | "1:2" | "3:1" | "1:3" | "21:9" | "9:21";
            /**
             * @description Array of input image URLs.
             * @example [
             *       "https://example.com/"
             *     ]
             */
            input_urls: string[];
            /**
             * @description Text prompts, up to 20,000 characters.
             * @example Transform this product image into a premium e-commerce poster style.
             */
            prompt: string;
            /**
             * @description Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage2ImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage2ImageToImageInput"];
            /**
             * @description Must be `gpt-image-2-image-to-image`.
             * @example gpt-image-2-image-to-image
             * @enum {string}
             */
            model: "gpt-image-2-image-to-image";
        };
        /** @description Input parameters for the text-to-image task. */
        GptImage2TextToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default.
             *     Note: for 2K and 4K resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21.
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "5:4" | "4:5" | "16:9" | "9:16" | "2:1" | "1:2" | "3:1" | "1:3" | "21:9" | "9:21";
            /**
             * @description Text prompt. Required, maximum 20,000 characters.
             * @example A cinematic night city poster with neon reflections on a rainy street.
             */
            prompt: string;
            /**
             * @description Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage2TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage2TextToImageInput"];
            /**
             * @description Must be `gpt-image-2-text-to-image`.
             * @example gpt-image-2-text-to-image
             * @enum {string}
             */
            model: "gpt-image-2-text-to-image";
        };
        /** @description Input parameters for the generation task */
        GptImage15ImageToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 3:2
             * @example 3:2
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2";
            /**
             * @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"
             *     ]
             */
            input_urls: string[];
            /**
             * @description A text description of the image you want to generate
             * @example Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.
             */
            prompt: string;
            /**
             * @description Quality: medium=balanced, high=slow/detailed.
             * @default medium
             * @example medium
             * @enum {string}
             */
            quality: "medium" | "high";
        };
        GptImage15ImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage15ImageToImageInput"];
            /**
             * @description Must be `gpt-image/1.5-image-to-image`.
             * @example gpt-image/1.5-image-to-image
             * @enum {string}
             */
            model: "gpt-image/1.5-image-to-image";
        };
        /** @description Input parameters for the generation task */
        GptImage15TextToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2";
            /**
             * @description A text description of the image you want to generate
             * @example Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching.
             */
            prompt: string;
            /**
             * @description Quality: medium=balanced, high=slow/detailed.
             * @default medium
             * @example medium
             * @enum {string}
             */
            quality: "medium" | "high";
        };
        GptImage15TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage15TextToImageInput"];
            /**
             * @description Must be `gpt-image/1.5-text-to-image`.
             * @example gpt-image/1.5-text-to-image
             * @enum {string}
             */
            model: "gpt-image/1.5-text-to-image";
        };
        GptImage25FlareImageToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default. The 27:16, 16:27, 9:8 and 8:9 aspect ratios support 1K only. 2K and 4K are available for othe…
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "27:16" | "16:27" | "9:8" | "8:9";
            /**
             * @description Image background
             * @enum {string}
             */
            background?: "transparent" | "opaque" | "auto";
            /** @description Array of input image URLs. */
            input_urls: string[];
            /** @description Text prompts, up to 20,000 characters. */
            prompt: string;
            /**
             * @description Image resolution
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage25FlareImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage25FlareImageToImageInput"];
            /**
             * @description Must be `gpt-image-2-5-flare-image-to-image`.
             * @example gpt-image-2-5-flare-image-to-image
             * @enum {string}
             */
            model: "gpt-image-2-5-flare-image-to-image";
        };
        GptImage25FlareTextToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default. The 27:16, 16:27, 9:8 and 8:9 aspect ratios support 1K only. 2K and 4K are available for othe…
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "27:16" | "16:27" | "9:8" | "8:9";
            /**
             * @description Image background
             * @enum {string}
             */
            background?: "transparent" | "opaque" | "auto";
            /** @description Text prompt. Required, maximum 20,000 characters. */
            prompt: string;
            /**
             * @description Image resolution
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage25FlareTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage25FlareTextToImageInput"];
            /**
             * @description Must be `gpt-image-2-5-flare-text-to-image`.
             * @example gpt-image-2-5-flare-text-to-image
             * @enum {string}
             */
            model: "gpt-image-2-5-flare-text-to-image";
        };
        GptImage25SunburstImageToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default. The 27:16, 16:27, 9:8 and 8:9 aspect ratios support 1K only. 2K and 4K are available for othe…
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "27:16" | "16:27" | "9:8" | "8:9";
            /**
             * @description Image background
             * @enum {string}
             */
            background?: "transparent" | "opaque" | "auto";
            /** @description Array of input image URLs. */
            input_urls: string[];
            /** @description Text prompts, up to 20,000 characters. */
            prompt: string;
            /**
             * @description Image resolution
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage25SunburstImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage25SunburstImageToImageInput"];
            /**
             * @description Must be `gpt-image-2-5-sunburst-image-to-image`.
             * @example gpt-image-2-5-sunburst-image-to-image
             * @enum {string}
             */
            model: "gpt-image-2-5-sunburst-image-to-image";
        };
        GptImage25SunburstTextToImageInput: {
            /**
             * @description The aspect ratio of the generated image is set to auto by default. The 27:16, 16:27, 9:8 and 8:9 aspect ratios support 1K only. 2K and 4K are available for othe…
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9" | "27:16" | "16:27" | "9:8" | "8:9";
            /**
             * @description Image background
             * @enum {string}
             */
            background?: "transparent" | "opaque" | "auto";
            /** @description Text prompt. Required, maximum 20,000 characters. */
            prompt: string;
            /**
             * @description Image resolution
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        GptImage25SunburstTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GptImage25SunburstTextToImageInput"];
            /**
             * @description Must be `gpt-image-2-5-sunburst-text-to-image`.
             * @example gpt-image-2-5-sunburst-text-to-image
             * @enum {string}
             */
            model: "gpt-image-2-5-sunburst-text-to-image";
        };
        /** @description Input parameters for the video upscaling task */
        GrokImagineExtendInput: {
            /**
             * @description The starting position of the video extension. Optional field.
             * @default 2
             * @example 2
             */
            extend_at: number;
            /** @description Duration of the extension, in seconds: 6 or 10. The 2026-08 page types it as a number; until 2026-06 it was the string enum "6" | "10", which the live API still accepted in 2026-03. Both forms are taken. */
            extend_times: (6 | 10) | ("6" | "10");
            /**
             * @description Text instructions describing the required movement of the video. Required field.
             *     - Provide a detailed description of how you would like the video to expand and continue.
             *     - You can specify camera movements, scene changes, object actions, etc.
             *     - The more specific the prompt words are, the more likely the generated effect will match your expectations.
             *     - Supports input in both Chinese and English.
             * @example The camera slowly pans forward, showing the protagonist walking deeper into the forest, with the sunlight filtering through the leaves and casting dappled shadows.
             */
            prompt: string;
            /**
             * @description Task ID from a previously successful video generation task. Required field.
             *
             *     - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
             *     - The original video generation must have completed successfully
             *     - Only Kie AI–generated task IDs are supported
             * @example task_grok_12345678
             */
            task_id: string;
        };
        GrokImagineExtendRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineExtendInput"];
            /**
             * @description Must be `grok-imagine/extend`.
             * @example grok-imagine/extend
             * @enum {string}
             */
            model: "grok-imagine/extend";
        };
        GrokImagineImage20ImageEditInput: {
            /**
             * @description Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. This field is required.
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2" | "16:9" | "9:16" | "auto";
            /** @description An array containing up to 5 and at least 1 URL strings pointing to a reference image. */
            image_urls: string[];
            /** @description A text description specifying the desired content or style of the generated image. (Max length: 8000 characters) */
            prompt?: string;
        };
        GrokImagineImage20ImageEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImage20ImageEditInput"];
            /**
             * @description Must be `grok-imagine-image-2-0/image-edit`.
             * @example grok-imagine-image-2-0/image-edit
             * @enum {string}
             */
            model: "grok-imagine-image-2-0/image-edit";
        };
        /** @description Input parameters for the Grok Imagine image editing task. */
        GrokImagineImage20SegmentEditInput: {
            /**
             * @description Please enter the index numbers of the segment array items you want to use.
             * @example [
             *       1,
             *       2
             *     ]
             */
            mask_indexs?: number[];
            /**
             * @description Text prompt describing the desired image.
             * @example Change the background to a sunset beach while preserving the subject.
             */
            prompt: string;
            /**
             * @description The source task ID to use for image editing(This can be a task ID generated by the `grok-imagine-image-2-0/text-to-image` model, or a task ID generated by the `grok-imagine-image-2-0/segment-map` model by passing an `image_url`.).
             * @example task_grok_imagine_1234567890
             */
            task_id: string;
        };
        GrokImagineImage20SegmentEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImage20SegmentEditInput"];
            /**
             * @description Must be `grok-imagine-image-2-0/segment-edit`.
             * @example grok-imagine-image-2-0/segment-edit
             * @enum {string}
             */
            model: "grok-imagine-image-2-0/segment-edit";
        };
        /** @description Input parameters for the segment map task. */
        GrokImagineImage20SegmentMapInput: {
            /**
             * @description The ID of an existing task. Required.
             * @example task_grok_imagine_1765180586443
             */
            task_id: string;
        } | {
            /**
             * Format: uri
             * @description The URL of the reference image.
             */
            image_url: string;
        };
        GrokImagineImage20SegmentMapRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImage20SegmentMapInput"];
            /**
             * @description Must be `grok-imagine-image-2-0/segment-map`.
             * @example grok-imagine-image-2-0/segment-map
             * @enum {string}
             */
            model: "grok-imagine-image-2-0/segment-map";
        };
        /** @description Input parameters for the image generation task. */
        GrokImagineImage20TextToImageInput: {
            /**
             * @description Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. This field is required.
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "2:3" | "3:2" | "16:9" | "9:16";
            /**
             * @description Text prompt describing the desired image. This field is required.
             * @example
             */
            prompt: string;
        };
        GrokImagineImage20TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImage20TextToImageInput"];
            /**
             * @description Must be `grok-imagine-image-2-0/text-to-image`.
             * @example grok-imagine-image-2-0/text-to-image
             * @enum {string}
             */
            model: "grok-imagine-image-2-0/text-to-image";
        };
        /** @description Input parameters for the generation task */
        GrokImagineImageToImageInput: {
            /**
             * @description An array containing up to 1 URL string pointing to reference images. (Use file URLs after upload, not raw file content. Accepted types: image/jpeg, image/png, image/webp. Max size: 10.0MB per image.) In your prompt, reference the uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1767602105243_0MmMCrwq.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description A text description specifying the desired content or style of the generated image. (Max length: 390000 characters)
             * @example Recreate the Titanic movie poster with two adorable anthropomorphic cats in the same romantic pose at the bow of the ship. The male cat is an orange tabby wearing a vest, standing behind a white long-haired female cat in a lace dress, holding her paws as they stretch forward in the wind. Both cats are photorealistic with detailed fur, wind-swept hair, and dramatic sunset lighting (warm golden highlights, cool blue shadows). Background: the Titanic ship at dusk with four smokestacks, glowing deck lights, calm ocean, and orange-pink sunset sky. Center title: “CATANIC” in the same gold metallic serif style as Titanic, same size and position.
             */
            prompt?: string;
        };
        GrokImagineImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImageToImageInput"];
            /**
             * @description Must be `grok-imagine/image-to-image`.
             * @example grok-imagine/image-to-image
             * @enum {string}
             */
            model: "grok-imagine/image-to-image";
        };
        /** @description Input parameters for the video generation task */
        GrokImagineImageToVideoInput: {
            /**
             * @description Image ratio selection only applies to multi-image generation mode. In single-image mode, the video width and height are referenced to the image width and height.
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** @description The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1) */
            duration?: string;
            /**
             * @description Provide an external image URL as a reference for video generation. Up to 7 images are supported. Do not use it simultaneously with task_id. In your prompt, reference an uploaded image by typing @image(n) followed by a space (for example: @image1 a sunset over the ocean).
             *     - Supports JPEG, PNG, and WEBP formats
             *     - Maximum file size for each image: 10MB
             *     - The Spicy mode is not available when using external images
             *     - The array can contain a maximum of seven URLs
             *     - Only one is supported when the resolution is 1080p.
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1762247692373tw5di116.png"
             *     ]
             */
            image_urls?: string[];
            /**
             * @description When using task_id, specify which image to use (Grok generates 6 images per task). Only works with task_id.
             *
             *     - 0-based index (0-5)
             *     - Ignored if image_urls is provided
             *     - Default: 0
             * @default 0
             * @example 0
             */
            index?: number;
            /**
             * @description Specifies the generation mode affecting the style and intensity of motion. Note: Spicy mode is not available for external image inputs.
             *
             *     - **fun**: More creative and playful interpretation
             *     - **normal**: Balanced approach with good motion quality
             *     - **spicy**: More dynamic and intense motion effects (not available for external images)
             *
             *     Default: normal
             * @default normal
             * @example normal
             * @enum {string}
             */
            mode?: "fun" | "normal" | "spicy";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired video motion. Optional field.
             *
             *     - Should be detailed and specific about the desired visual motion
             *     - Describe movement, action sequences, camera work, and timing
             *     - Include details about subjects, environments, and motion dynamics
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             * @example POV hand comes into frame handing the girl a cup of take away coffee, the girl steps out of the screen looking tired, then takes it and she says happily: "thanks! Back to work" she exits the frame and walks right to a different part of the office.
             */
            prompt?: string;
            /**
             * @description The resolution of the generated video.
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            /**
             * @description Task ID from a previously generated Grok image. Use with index to select a specific image. Do not use with image_urls.
             *
             *     - Use task ID from grok-imagine/text-to-image generations
             *     - Supports all modes including Spicy
             *     - Maximum length: 100 characters
             * @example task_grok_12345678
             */
            task_id?: string;
        };
        GrokImagineImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineImageToVideoInput"];
            /**
             * @description Must be `grok-imagine/image-to-video`.
             * @example grok-imagine/image-to-video
             * @enum {string}
             */
            model: "grok-imagine/image-to-video";
        };
        /** @description Input parameters for the image generation task */
        GrokImagineTextToImageInput: {
            /**
             * @description Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output.
             *
             *     - **2:3**: Portrait orientation (vertical)
             *     - **3:2**: Landscape orientation (horizontal)
             *     - **1:1**: Square format
             *     - **16:9**: Wide screen format
             *     - **9:16**: Tall screen format
             *
             *     Default: 1:1
             * @example 3:2
             * @enum {string}
             */
            aspect_ratio: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /**
             * @description Controls the request processing strategy.
             *       - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios.
             *       - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.
             */
            enable_pro?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired image. Required field.
             *
             *     - Should be detailed and specific about the desired visual elements
             *     - Describe composition, style, lighting, mood, and other visual details
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             * @example Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.
             */
            prompt: string;
        };
        GrokImagineTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineTextToImageInput"];
            /**
             * @description Must be `grok-imagine/text-to-image`.
             * @example grok-imagine/text-to-image
             * @enum {string}
             */
            model: "grok-imagine/text-to-image";
        };
        /** @description Input parameters for the video generation task */
        GrokImagineTextToVideoInput: {
            /**
             * @description Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output.
             *
             *     - **2:3**: Portrait orientation (vertical)
             *     - **3:2**: Landscape orientation (horizontal)
             *     - **1:1**: Square format
             *     - **16:9**: Wide screen format
             *     - **9:16**: Tall screen format
             *
             *     Default: 2:3
             * @default 2:3
             * @example 2:3
             * @enum {string}
             */
            aspect_ratio?: "2:3" | "3:2" | "1:1" | "16:9" | "9:16";
            /** @description The duration of the generated video in seconds (6-30, step 1). The live API also accepts the number as a string ("6"). */
            duration?: number | string;
            /**
             * @description Specifies the generation mode affecting the style and intensity of motion.
             *
             *     - **fun**: More creative and playful interpretation
             *     - **normal**: Balanced approach with good motion quality
             *     - **spicy**: More dynamic and intense motion effects
             *
             *     Default: normal
             * @default normal
             * @example normal
             * @enum {string}
             */
            mode?: "fun" | "normal" | "spicy";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired video motion. Required field.
             *
             *     - Should be detailed and specific about the desired visual motion
             *     - Describe movement, action sequences, camera work, and timing
             *     - Include details about subjects, environments, and motion dynamics
             *     - Maximum length: 5000 characters
             *     - Supports English language prompts
             * @example A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.
             */
            prompt: string;
            /**
             * @description The resolution of the generated video.
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
        };
        GrokImagineTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineTextToVideoInput"];
            /**
             * @description Must be `grok-imagine/text-to-video`.
             * @example grok-imagine/text-to-video
             * @enum {string}
             */
            model: "grok-imagine/text-to-video";
        };
        /** @description Input parameters for the video upscaling task */
        GrokImagineUpscaleInput: {
            /**
             * @description Video generation resolution.
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Task ID from a previously successful video generation task. Required field.
             *
             *     - Must be from a Kie AI video generation model (e.g., grok-imagine/text-to-video)
             *     - The original video generation must have completed successfully
             *     - Only Kie AI–generated task IDs are supported
             * @example task_grok_12345678
             */
            task_id: string;
        };
        GrokImagineUpscaleRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineUpscaleInput"];
            /**
             * @description Must be `grok-imagine/upscale`.
             * @example grok-imagine/upscale
             * @enum {string}
             */
            model: "grok-imagine/upscale";
        };
        /** @description Input parameters for the generation task. */
        GrokImagineVideo15PreviewInput: {
            /**
             * @description The aspect ratio of the video. This parameter is invalid if it is a single image.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "9:16" | "3:2" | "2:3" | "auto";
            /**
             * @description Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1.
             * @default 8
             */
            duration?: number;
            /** @description Upload image files to be used as API input. Supported file types: image/jpeg, image/png, image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported when the resolution is 1080p. */
            image_urls?: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /** @description Prompt for video generation. Maximum length: 4096 characters. */
            prompt?: string;
            /**
             * @description Resolution for video generation.
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
        };
        GrokImagineVideo15PreviewRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["GrokImagineVideo15PreviewInput"];
            /**
             * @description Must be `grok-imagine-video-1-5-preview`.
             * @example grok-imagine-video-1-5-preview
             * @enum {string}
             */
            model: "grok-imagine-video-1-5-preview";
        };
        /** @description Input parameters for the generation task */
        Hailuo02ImageToVideoProInput: {
            /**
             * @description Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example
             */
            end_image_url?: string;
            /**
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17585210783150ispzfo7.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired video animation (Max length: 1500 characters)
             * @example Cinematic wide shot: A colossal starship drifts silently above the rings of Saturn, its metallic hull reflecting streaks of cosmic light. The camera pushes closer, revealing thousands of illuminated windows like a floating city. Smaller fighter crafts dart across the frame, leaving neon trails as they maneuver through the vastness of space. A sudden burst of thrusters scatters asteroid fragments in slow motion, glowing faintly as they collide and drift apart.
             */
            prompt: string;
            /**
             * @description Whether to use the model's prompt optimizer (Boolean value (true/false))
             * @example true
             */
            prompt_optimizer?: boolean;
        };
        Hailuo02ImageToVideoProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02ImageToVideoProInput"];
            /**
             * @description Must be `hailuo/02-image-to-video-pro`.
             * @example hailuo/02-image-to-video-pro
             * @enum {string}
             */
            model: "hailuo/02-image-to-video-pro";
        };
        /** @description Input parameters for the generation task */
        Hailuo02ImageToVideoStandardInput: {
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 10
             * @example 10
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png
             */
            end_image_url?: string;
            /**
             * @description The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt describing the video to generate (Max length: 1500 characters)
             * @example Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.
             */
            prompt: string;
            /**
             * @description Whether to use the model's prompt optimizer (Boolean value (true/false))
             * @example true
             */
            prompt_optimizer?: boolean;
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @example 768P
             * @enum {string}
             */
            resolution?: "512P" | "768P";
        };
        Hailuo02ImageToVideoStandardRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02ImageToVideoStandardInput"];
            /**
             * @description Must be `hailuo/02-image-to-video-standard`.
             * @example hailuo/02-image-to-video-standard
             * @enum {string}
             */
            model: "hailuo/02-image-to-video-standard";
        };
        /** @description Input parameters for the generation task */
        Hailuo02TextToVideoProInput: {
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt for video generation (Max length: 1500 characters)
             * @example High top angle wide mid close-up tracking shot, flying very fast two meters high over prehistoric ferns and moss-covered ground, dominated by a real young boy (pink t-shirt, pink shorts, white shoes, white long socks), with his back to the camera, body stretched out, gliding smoothly forward, flying in the air, casting a clear shadow on the terrain below. His legs and body are high above the surface, his feet not touching the ground, soaring in a Superman pose. The background is a vast Jurassic valley, filled with dense, ancient jungle vegetation and towering cycads. In the distance, rugged volcanic mountains rise with a winding path cutting through. Massive, slow-moving sauropods graze far off on the horizon. Large, fluffy white clouds float in the vibrant blue sky. Strong dynamic motion blur adds a vivid sense of high-speed flight and deep cinematic perspective. Realistic image –raw.
             */
            prompt: string;
            /**
             * @description Whether to use the model's prompt optimizer (Boolean value (true/false))
             * @example true
             */
            prompt_optimizer?: boolean;
        };
        Hailuo02TextToVideoProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02TextToVideoProInput"];
            /**
             * @description Must be `hailuo/02-text-to-video-pro`.
             * @example hailuo/02-text-to-video-pro
             * @enum {string}
             */
            model: "hailuo/02-text-to-video-pro";
        };
        /** @description Input parameters for the generation task */
        Hailuo02TextToVideoStandardInput: {
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @example 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text description for video generation (Max length: 1500 characters)
             * @example A llama and a raccoon battle it out in an intense table tennis match, inside a roaring Olympic stadium. Slow-mo, wild angles, full comedy mode.
             */
            prompt: string;
            /**
             * @description Whether to use the model's prompt optimizer (Boolean value (true/false))
             * @example true
             */
            prompt_optimizer?: boolean;
        };
        Hailuo02TextToVideoStandardRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo02TextToVideoStandardInput"];
            /**
             * @description Must be `hailuo/02-text-to-video-standard`.
             * @example hailuo/02-text-to-video-standard
             * @enum {string}
             */
            model: "hailuo/02-text-to-video-standard";
        };
        /** @description Input parameters for the generation task */
        Hailuo23ImageToVideoProInput: {
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @example 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1761736831884xl56xfiw.webp
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired video animation (Max length: 5000 characters)
             * @example A graceful geisha performs a traditional Japanese dance indoors. She wears a luxurious red kimono with golden floral embroidery, white obi belt, and white tabi socks. Soft and elegant hand movements, expressive pose, sleeves flowing naturally. Scene set in a Japanese tatami room with warm ambient lighting, shoji paper sliding doors, and cherry blossom branches hanging in the foreground. Cinematic, soft depth of field, high detail fabric texture, hyper-realistic, smooth motion.
             */
            prompt: string;
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @example 768P
             * @enum {string}
             */
            resolution?: "768P" | "1080P";
        };
        Hailuo23ImageToVideoProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo23ImageToVideoProInput"];
            /**
             * @description Must be `hailuo/2-3-image-to-video-pro`.
             * @example hailuo/2-3-image-to-video-pro
             * @enum {string}
             */
            model: "hailuo/2-3-image-to-video-pro";
        };
        /** @description Input parameters for the generation task */
        Hailuo23ImageToVideoStandardInput: {
            /**
             * @description The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
             * @default 6
             * @example 6
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt describing the desired video animation (Max length: 5000 characters)
             * @example Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.
             */
            prompt: string;
            /**
             * @description The resolution of the generated video.
             * @default 768P
             * @example 768P
             * @enum {string}
             */
            resolution?: "768P" | "1080P";
        };
        Hailuo23ImageToVideoStandardRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Hailuo23ImageToVideoStandardInput"];
            /**
             * @description Must be `hailuo/2-3-image-to-video-standard`.
             * @example hailuo/2-3-image-to-video-standard
             * @enum {string}
             */
            model: "hailuo/2-3-image-to-video-standard";
        };
        /** @description Input parameters for the generation task. */
        Happyhorse11ImageToVideoInput: {
            /**
             * @description The duration of the generated video, in seconds.  The value must be an integer in the range [3, 15]. Default: 5
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description The URL of the first frame image.
             *     Image constraints:
             *     1. Formats: JPEG, JPG, PNG, WEBP.
             *     2. Resolution: Width and height must both be at least 300 pixels.
             *     3. Aspect ratio: Between 1:2.5 and 2.5:1.
             *     4. File size: Up to 20 MB.
             * @default [
             *       ""
             *     ]
             */
            image_urls: string[];
            /**
             * @description Describes the video content to generate. Supports any language. Maximum: 5,000 non-Chinese characters or 2,500 Chinese
             * @default
             * @example
             */
            prompt?: string;
            /**
             * @description The resolution of the generated video.
             *     Options: 720p; 1080p
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Happyhorse11ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Happyhorse11ImageToVideoInput"];
            /**
             * @description Must be `happyhorse-1-1/image-to-video`.
             * @example happyhorse-1-1/image-to-video
             * @enum {string}
             */
            model: "happyhorse-1-1/image-to-video";
        };
        /** @description Input parameters for the generation task. */
        Happyhorse11ReferenceToVideoInput: {
            /**
             * @description The aspect ratio of the generated video.
             *     Options: 16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21; 21:9
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "3:4" | "4:3" | "4:5" | "5:4" | "1:1" | "9:21" | "21:9";
            /**
             * @description The duration of the generated video, in seconds. Value range: An integer from 3 to 15.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description A description of the desired elements and visual style for the generated video.  Input in any language is supported. The length is limited to 5,000 non-Chinese characters or 2,500 Chinese characters. Content exceeding this limit is automatically truncated.  Image referencing: In the prompt, use "[Image 1]" and "[Image 2]" to refer to the corresponding reference image in the media array. The order must be consistent with the order in the media array. When using a reference, specify the object in the image, such as "the woman in a red qipao in [Image 1]".
             * @default
             * @example
             */
            prompt: string;
            /**
             * @description The URL  of a reference image.
             *     Image requirements:
             *     1. Formats: JPEG, JPG, PNG, WEBP.
             *     2. Resolution: The shortest side must be at least 400 pixels. A clear image with a resolution of 720P or higher is recommended. Avoid using images that are too small, blurry, or overly compressed, as this can degrade the output quality.
             *     3. Maximum file size: 20 MB.
             * @default []
             * @example []
             */
            reference_image: string[];
            /**
             * @description The resolution tier of the generated video.
             *     Options: 720p; 1080p
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Happyhorse11ReferenceToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Happyhorse11ReferenceToVideoInput"];
            /**
             * @description Must be `happyhorse-1-1/reference-to-video`.
             * @example happyhorse-1-1/reference-to-video
             * @enum {string}
             */
            model: "happyhorse-1-1/reference-to-video";
        };
        /** @description Input parameters for the generation task. */
        Happyhorse11TextToVideoInput: {
            /**
             * @description Output video aspect ratio.
             *     Options: 16:9; 9:16; 1:1; 4:3; 3:4; 4:5; 5:4; 9:21; 21:9
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4" | "4:5" | "5:4" | "9:21" | "21:9";
            /**
             * @description Output video duration in seconds.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description Text description of the video to generate.  Supports any language. Maximum 5,000 non-Chinese characters or 2,500 Chinese
             * @default
             * @example
             */
            prompt: string;
            /**
             * @description Output video resolution.
             *     Options: 720p; 1080p
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Happyhorse11TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Happyhorse11TextToVideoInput"];
            /**
             * @description Must be `happyhorse-1-1/text-to-video`.
             * @example happyhorse-1-1/text-to-video
             * @enum {string}
             */
            model: "happyhorse-1-1/text-to-video";
        };
        /** @description Input parameters for the generation task */
        HappyhorseImageToVideoInput: {
            /**
             * @description Output duration in seconds. Must be between 3 and 15. Defaults to 5.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description First-frame image URL list. Exactly one image is required.
             *
             *     Image constraints:
             *     Format: JPEG, JPG, PNG, WEBP.
             *     Resolution: Width and height must be at least 300 pixels.
             *     Aspect ratio: 1:2.5 to 2.5:1.
             *     File size: Up to 10 MB.
             */
            image_urls: string[];
            /**
             * @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
             * @example A cat running on the grass
             */
            prompt?: string;
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        HappyhorseImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseImageToVideoInput"];
            /**
             * @description Must be `happyhorse/image-to-video`.
             * @example happyhorse/image-to-video
             * @enum {string}
             */
            model: "happyhorse/image-to-video";
        };
        /** @description Input parameters for the generation task */
        HappyhorseReferenceToVideoInput: {
            /**
             * @description Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
             * @example A woman in a red qipao character1. The shot opens with a side medium view outlining the tailored fit of the qipao and S-curve silhouette, then cuts to a low-angle shot capturing her gracefully unfolding a folding fan character2, with tassel earrings character3 swaying lightly as she turns her head. Finally, the camera pushes into a facial close-up, freezing on her fingertips lightly touching the fan ribs and the subtle, reserved charm in her expressive gaze. Through multiple angles, it comprehensively showcases an aura of Eastern elegance.
             */
            prompt: string;
            /**
             * @description Reference image URL list. Provide 1–9 images. The order defines which image is character1, character2, etc.
             *
             *     Image limits:
             *     Format: JPEG, JPG, PNG, and WEBP.
             *     Resolution: shortest side at least 400 px. 720P or higher recommended. Avoid small, blurry, or heavily compressed images, as they degrade output quality.
             *     File size: 10 MB maximum.
             */
            reference_image: string[];
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        HappyhorseReferenceToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseReferenceToVideoInput"];
            /**
             * @description Must be `happyhorse/reference-to-video`.
             * @example happyhorse/reference-to-video
             * @enum {string}
             */
            model: "happyhorse/reference-to-video";
        };
        /** @description Input parameters for the generation task */
        HappyhorseTextToVideoInput: {
            /**
             * @description Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * @description Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
             * @example A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.
             */
            prompt: string;
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
        };
        HappyhorseTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseTextToVideoInput"];
            /**
             * @description Must be `happyhorse/text-to-video`.
             * @example happyhorse/text-to-video
             * @enum {string}
             */
            model: "happyhorse/text-to-video";
        };
        /** @description Input parameters for the generation task */
        HappyhorseVideoEditInput: {
            /**
             * @description Audio handling strategy for the output video.
             * @default auto
             * @example auto
             * @enum {string}
             */
            audio_setting?: "auto" | "origin";
            /**
             * @description Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
             * @example Make the horse-headed humanoid character in the video wear the striped sweater from the image
             */
            prompt: string;
            /**
             * @description Optional reference image URL list (0–5).
             *     Image requirements:
             *     Format: JPEG, JPG, PNG, WEBP.
             *     Resolution: both width and height must be at least 300 px.
             *     Aspect ratio: 1:2.5–2.5:1.
             *     File size: up to 10 MB.
             */
            reference_image?: string[];
            /**
             * @description Output video resolution. Valid values: 720P, 1080P (default).
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed for reproducibility (if supported).
             * @default 0
             */
            seed?: number;
            /**
             * @description Input video URL list. Exactly one video is required.
             *     Video requirements:
             *     Format: MP4, MOV (H.264 encoding recommended).
             *     Duration: 3–60 seconds.
             *     Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px.
             *     Aspect ratio: 1:2.5–2.5:1.
             *     File size: up to 100 MB.
             *     Frame rate: greater than 8 fps.
             */
            video_url: string;
        };
        HappyhorseVideoEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["HappyhorseVideoEditInput"];
            /**
             * @description Must be `happyhorse/video-edit`.
             * @example happyhorse/video-edit
             * @enum {string}
             */
            model: "happyhorse/video-edit";
        };
        /** @description Input parameters for the generation task */
        IdeogramCharacterEditInput: {
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17557680349256sa0lk53.webp
             */
            image_url: string;
            /**
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755768046014ftgvma28.webp
             */
            mask_url: string;
            /**
             * @description Select description
             * @default 1
             * @example 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The prompt to fill the masked part of the image. (Max length: 5000 characters)
             * @example A fabulous look head tilted down, looking forward with a smile
             */
            prompt: string;
            /**
             * @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768064644jodsmfhq.webp"
             *     ]
             */
            reference_image_urls: string[];
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator */
            seed?: number;
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @example AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
        };
        IdeogramCharacterEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterEditInput"];
            /**
             * @description Must be `ideogram/character-edit`.
             * @example ideogram/character-edit
             * @enum {string}
             */
            model: "ideogram/character-edit";
        };
        /** @description Input parameters for the generation task */
        IdeogramCharacterInput: {
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image Default value: square_hd
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 5000 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description Select description
             * @default 1
             * @example 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The prompt to fill the masked part of the image. (Max length: 5000 characters)
             * @example Place the woman from the uploaded portrait, wearing a casual white blouse, in a peaceful garden setting. The scene should feature vibrant green plants and colorful flowers, with soft sunlight filtering through the leaves. She should be sitting on a wooden bench, holding a book and smiling gently. The background should be filled with lush greenery, with a serene, tranquil atmosphere. Golden afternoon light should highlight the woman’s face and create soft shadows on the ground, adding a peaceful, reflective mood to the scene
             */
            prompt: string;
            /**
             * @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp"
             *     ]
             */
            reference_image_urls: string[];
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator */
            seed?: number;
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @example AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
        };
        /** @description Input parameters for the generation task */
        IdeogramCharacterRemixInput: {
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not. Default value: true (Boolean value (true/false))
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * @description Select description
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The image URL to remix (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755768466167d0tiuc6e.webp
             */
            image_url: string;
            /**
             * @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example []
             */
            image_urls?: string[];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt. Default value: "" (Max length: 500 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description Select description
             * @default 1
             * @example 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The prompt to remix the image with (Max length: 5000 characters)
             * @example A fisheye lens selfie photograph taken at night on an urban street. The image is circular with a black border and shows a person wearing dark sunglasses and a black jacket, holding a silver digital camera up to capture the reflection. The background shows a row of shuttered storefronts with red neon lighting visible in the upper portion. The street is empty and dark, with street lights creating a warm glow along the sidewalk. The fisheye effect creates a curved, distorted perspective that bends the straight lines of the street and buildings. The lighting is predominantly red and dark, creating a moody urban atmosphere. The person's reflection shows long dark hair and is positioned in the center of the circular frame. Multiple storefront shutters are visible in the background, creating a repeating pattern of horizontal lines. The overall composition has a cinematic quality with strong contrast between the dark street and the illuminated storefronts above.
             */
            prompt: string;
            /**
             * @description A set of images to use as character references. Currently only 1 image is supported, rest will be ignored. (maximum total size 10MB across all character references). The images should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1755768479029sugx0g6f.webp"
             *     ]
             */
            reference_image_urls: string[];
            /**
             * @description A set of masks to apply to the character references. Currently only 1 mask is supported, rest will be ignored. (maximum total size 10MB across all character references). The masks should be in JPEG, PNG or WebP format (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example
             */
            reference_mask_urls?: string;
            /**
             * @description The rendering speed to use. Default value: "BALANCED"
             * @default BALANCED
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator */
            seed?: number;
            /**
             * @description Strength of the input image in the remix Default value: 0.8 (Min: 0.1, Max: 1, Step: 0.1)
             * @default 0.8
             * @example 0.8
             */
            strength?: number;
            /**
             * @description The style type to generate with. Cannot be used with style_codes. Default value: "AUTO"
             * @default AUTO
             * @example AUTO
             * @enum {string}
             */
            style?: "AUTO" | "REALISTIC" | "FICTION";
        };
        IdeogramCharacterRemixRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterRemixInput"];
            /**
             * @description Must be `ideogram/character-remix`.
             * @example ideogram/character-remix
             * @enum {string}
             */
            model: "ideogram/character-remix";
        };
        IdeogramCharacterRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramCharacterInput"];
            /**
             * @description Must be `ideogram/character`.
             * @example ideogram/character
             * @enum {string}
             */
            model: "ideogram/character";
        };
        /** @description Input parameters for the image editing task. */
        IdeogramV3EditInput: {
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not. Default value: `true`.
             *
             *     - Boolean value: `true` / `false`
             * @default true
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * Format: uri
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755076859801ryyol1du.webp
             */
            image_url: string;
            /**
             * Format: uri
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755076871089hx9uonhc.webp
             */
            mask_url: string;
            /**
             * @description The prompt to fill the masked part of the image. Maximum length: 5000 characters.
             * @example A dog wearing a cowboy hat
             */
            prompt: string;
            /**
             * @description The rendering speed to use. Default value: `BALANCED`.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @default BALANCED
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator. */
            seed?: number;
        };
        IdeogramV3EditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3EditInput"];
            /**
             * @description Must be `ideogram/v3-edit`.
             * @example ideogram/v3-edit
             * @enum {string}
             */
            model: "ideogram/v3-edit";
        };
        /** @description Input parameters for the image remix task. */
        IdeogramV3RemixInput: {
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             *
             *     - Boolean value: `true` / `false`
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image.
             *
             *     - `square`: Square
             *     - `square_hd`: Square HD
             *     - `portrait_4_3`: Portrait 3:4
             *     - `portrait_16_9`: Portrait 9:16
             *     - `landscape_4_3`: Landscape 4:3
             *     - `landscape_16_9`: Landscape 16:9
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * Format: uri
             * @description The image URL to remix.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17550782013854ykfihxv.webp
             */
            image_url: string;
            /** @description Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. */
            negative_prompt?: string;
            /**
             * @description Number of images to generate.
             *
             *     - `1`: 1 image
             *     - `2`: 2 images
             *     - `3`: 3 images
             *     - `4`: 4 images
             * @example 1
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The prompt to remix the image with. Maximum length: 5000 characters.
             * @example Change the cube into a sphere
             */
            prompt: string;
            /**
             * @description The rendering speed to use.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             *
             *     - Minimum: `0.01`
             *     - Maximum: `1`
             *     - Step: `0.01`
             * @example 0.8
             */
            strength?: number;
            /**
             * @description The style type to generate with. Cannot be used together with `style_codes`.
             *
             *     - `AUTO`: Auto
             *     - `GENERAL`: General
             *     - `REALISTIC`: Realistic
             *     - `DESIGN`: Design
             * @example AUTO
             * @enum {string}
             */
            style?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
        };
        IdeogramV3RemixRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3RemixInput"];
            /**
             * @description Must be `ideogram/v3-remix`.
             * @example ideogram/v3-remix
             * @enum {string}
             */
            model: "ideogram/v3-remix";
        };
        /** @description Input parameters for the generation task. */
        IdeogramV3TextToImageInput: {
            /**
             * @description Determines whether MagicPrompt should be used to enhance the generation request.
             *
             *     - Boolean value: `true` / `false`
             * @example true
             */
            expand_prompt?: boolean;
            /**
             * @description The resolution of the generated image.
             *
             *     - `square`: Square
             *     - `square_hd`: Square HD
             *     - `portrait_4_3`: Portrait 3:4
             *     - `portrait_16_9`: Portrait 9:16
             *     - `landscape_4_3`: Landscape 4:3
             *     - `landscape_16_9`: Landscape 16:9
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /** @description Description of what to exclude from the generated image. If the positive prompt conflicts with the negative prompt, the positive prompt takes precedence. Maximum length: 5000 characters. */
            negative_prompt?: string;
            /**
             * @description Description of the image to generate. Maximum length: 5000 characters.
             * @example A cinematic photograph of a tranquil lakeside at twilight, viewed from a slight elevation. In the center, a cluster of softly glowing reeds and water lilies emit a gentle golden light, their reflections shimmering on the calm surface. The elegant neon-style white text 'Kie.ai' hovers just above the water, subtly illuminated and harmonizing with the natural glow. Surrounding willows and drifting mist frame the scene, creating a serene yet magical atmosphere, with warm highlights contrasting against the cool blues of the evening sky.
             */
            prompt: string;
            /**
             * @description The rendering speed to use.
             *
             *     - `TURBO`: Turbo
             *     - `BALANCED`: Balanced
             *     - `QUALITY`: Quality
             * @example BALANCED
             * @enum {string}
             */
            rendering_speed?: "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description The style type to generate with. Cannot be used together with `style_codes`.
             *
             *     - `AUTO`: Auto
             *     - `GENERAL`: General
             *     - `REALISTIC`: Realistic
             *     - `DESIGN`: Design
             * @example AUTO
             * @enum {string}
             */
            style?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
        };
        IdeogramV3TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["IdeogramV3TextToImageInput"];
            /**
             * @description Must be `ideogram/v3-text-to-image`.
             * @example ideogram/v3-text-to-image
             * @enum {string}
             */
            model: "ideogram/v3-text-to-image";
        };
        /** @description Input parameters for the generation task */
        InfinitalkFromAudioInput: {
            /**
             * @description The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3
             */
            audio_url: string;
            /**
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png
             */
            image_url: string;
            /**
             * @description The text prompt to guide video generation. (Max length: 5000 characters)
             * @example A young woman with long dark hair talking on a podcast.
             */
            prompt: string;
            /**
             * @description Resolution of the video to generate. Must be either 480p or 720p.
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /** @description Random seed for reproducibility. Valid range is 10000 to 1000000. */
            seed?: number;
        };
        InfinitalkFromAudioRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["InfinitalkFromAudioInput"];
            /**
             * @description Must be `infinitalk/from-audio`.
             * @example infinitalk/from-audio
             * @enum {string}
             */
            model: "infinitalk/from-audio";
        };
        /** @description Input parameters for the generation task */
        Kling26ImageToVideoInput: {
            /**
             * @description Video duration (unit: seconds)
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Text prompt for video generation (maximum length: 1000 characters)
             * @example In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: "I will do my best to heal you, with all my heart and soul..." The background is a cappella harmonies, and the camera slowly pans around the band members.
             */
            prompt: string;
            /**
             * @description This parameter specifies whether the generated video contains sound (boolean: true/false)
             * @example false
             */
            sound: boolean;
        };
        Kling26ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26ImageToVideoInput"];
            /**
             * @description Must be `kling-2.6/image-to-video`.
             * @example kling-2.6/image-to-video
             * @enum {string}
             */
            model: "kling-2.6/image-to-video";
        };
        /** @description Input parameters for the generation task */
        Kling26MotionControlInput: {
            /**
             * @description Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).
             * @default video
             * @example video
             * @enum {string}
             */
            character_orientation: "image" | "video";
            /**
             * @description An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"
             *     ]
             */
            input_urls: string[];
            /**
             * @description Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            mode: "720p" | "1080p";
            /**
             * @description A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters)
             * @example The cartoon character is dancing.
             */
            prompt?: string;
            /**
             * @description An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime; Max size: 100.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"
             *     ]
             */
            video_urls: string[];
        };
        Kling26MotionControlRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26MotionControlInput"];
            /**
             * @description Must be `kling-2.6/motion-control`.
             * @example kling-2.6/motion-control
             * @enum {string}
             */
            model: "kling-2.6/motion-control";
        };
        /** @description Input parameters for the generation task */
        Kling26TextToVideoInput: {
            /**
             * @description This parameter defines the video aspect ratio
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "16:9" | "9:16";
            /**
             * @description Video duration (unit: seconds)
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description Text prompt for video generation (maximum length: 1000 characters)
             * @example Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host's figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie's cut. [African female host, in a cheerful tone] says: "360-degree flawless tailoring, slimming and versatile." She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: "Double-sided fleece fabric, $30 off immediately when you order now."
             */
            prompt: string;
            /**
             * @description This parameter specifies whether the generated video contains sound (boolean: true/false)
             * @example false
             */
            sound: boolean;
        };
        Kling26TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling26TextToVideoInput"];
            /**
             * @description Must be `kling-2.6/text-to-video`.
             * @example kling-2.6/text-to-video
             * @enum {string}
             */
            model: "kling-2.6/text-to-video";
        };
        Kling30MotionControlInput: {
            /** @description (Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video */
            background_source?: string;
            /** @description (Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video */
            character_orientation?: string;
            /** @description (Required) Include a URL of an image */
            input_urls: string[];
            /** @description (Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p) */
            mode?: string;
            /** @description (Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long. */
            prompt?: string;
            /** @description (Required) Include a video URL */
            video_urls: string[];
        };
        Kling30MotionControlRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30MotionControlInput"];
            /**
             * @description Must be `kling-3.0/motion-control`.
             * @example kling-3.0/motion-control
             * @enum {string}
             */
            model: "kling-3.0/motion-control";
        };
        /** @description Input parameters for the generation task */
        Kling30OmniImageToVideoInput: {
            /**
             * @description Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "auto";
            /**
             * @description Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio.
             * @example false
             */
            audio?: boolean;
            /**
             * @description Whether to enable multiple shots. Passing this value explicitly is recommended.
             * @example true
             */
            customize_multi_shots?: boolean;
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @example 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
             * @default []
             */
            elements?: {
                /**
                 * @description Subject description.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds.
                 * @default 8000
                 * @example 8000
                 */
                end_time?: number;
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`.
                 * @example element_dog
                 */
                name: string;
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`.
                 * @default 0
                 * @example 0
                 */
                start_time?: number;
            }[];
            /**
             * @description Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/first-frame.jpg"
             *     ]
             */
            image_urls: string[];
            /**
             * @description List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
             * @example [
             *       {
             *         "duration": 2,
             *         "prompt": "A wide shot of the fox entering the snowy forest."
             *       },
             *       {
             *         "duration": 3,
             *         "prompt": "A wide shot of the fox entering the snowy forest."
             *       }
             *     ]
             */
            multi_prompt?: {
                /**
                 * @description Duration of the current shot in seconds. Supports 1 to 15 seconds.
                 * @example 2
                 */
                duration: number;
                /**
                 * @description Video description for the current shot. Maximum length: 512 characters.
                 * @example A wide shot of the fox entering the snowy forest.
                 */
                prompt: string;
            }[];
            /**
             * @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
             * @example true
             */
            prefer_multi_shots?: boolean;
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example A happy golden retriever running across a grassy field
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
        } | {
            /**
             * @description Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "auto";
            /**
             * @description Whether to enable audio. `true` enables audio; `false` disables audio.
             * @example false
             */
            audio?: boolean;
            /**
             * @description Whether to enable multiple shots.
             * @default false
             * @example false
             */
            customize_multi_shots?: boolean;
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @example 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description List of one-time subject assets. The default is an empty array, with up to 3 subjects.
             * @default []
             */
            elements?: {
                /**
                 * @description Subject description.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject reference audio URLs.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000.
                 * @default 8000
                 */
                end_time?: number;
                /**
                 * @description Subject name.
                 * @example element_dog
                 */
                name: string;
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0.
                 * @default 0
                 */
                start_time?: number;
            }[];
            /**
             * @description Array of first-frame and last-frame image URLs. Exactly 2 images are required: index 0 is the first frame and index 1 is the last frame. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/first-frame.jpg",
             *       "https://example.com/last-frame.jpg"
             *     ]
             */
            image_urls: string[];
            /**
             * @description List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
             * @example [
             *       {
             *         "duration": 2,
             *         "prompt": "A wide shot of the fox entering the snowy forest."
             *       },
             *       {
             *         "duration": 3,
             *         "prompt": "A wide shot of the fox entering the snowy forest."
             *       }
             *     ]
             */
            multi_prompt?: {
                /**
                 * @description Duration of the current shot in seconds. Supports 1 to 15 seconds.
                 * @example 2
                 */
                duration: number;
                /**
                 * @description Video description for the current shot. Maximum length: 512 characters.
                 * @example A wide shot of the fox entering the snowy forest.
                 */
                prompt: string;
            }[];
            /**
             * @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
             * @example true
             */
            prefer_multi_shots?: boolean;
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example A happy golden retriever running across a grassy field
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
        };
        Kling30OmniImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniImageToVideoInput"];
            /**
             * @description Must be `kling-3.0-omni/image-to-video`.
             * @example kling-3.0-omni/image-to-video
             * @enum {string}
             */
            model: "kling-3.0-omni/image-to-video";
        };
        /** @description Input parameters for the generation task */
        Kling30OmniReferenceToVideoInput: {
            /**
             * @description When no video is provided, `16:9`, `9:16`, and `1:1` are supported.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Whether to enable audio. When no video is provided, both `true` and `false` are supported.
             * @example true
             */
            audio?: boolean;
            /**
             * @description Whether to enable multiple shots. Both `true` and `false` are supported.
             * @example true
             */
            customize_multi_shots?: boolean;
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @example 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description List of one-time subject assets. The default is an empty array. The number of subjects is jointly limited by the reference images, reference video, and subject types. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and only video character subjects are used, the number of video character subjects must not exceed 3. When there is no reference video and both video character and multi-image subjects are used, the number of video character subjects must not exceed 3, and the combined number of reference images and multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /**
                 * @description Subject description.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds.
                 * @default []
                 */
                element_input_audio_urls?: string[];
                /** @description URLs of the subject image or video assets. Provide 1 to 4 URLs. */
                element_input_urls: string[];
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000.
                 * @default 8000
                 */
                end_time?: number;
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`.
                 * @example element_dog
                 */
                name: string;
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0.
                 * @default 0
                 */
                start_time?: number;
            }[];
            /**
             * @description Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and both video character and multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/reference-image.jpg"
             *     ]
             */
            image_urls: string[];
            /** @description List of custom shots. When `customize_multi_shots=true`, this field is required, must not be empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted. */
            multi_prompt?: {
                /** @description Duration of the current shot in seconds. */
                duration: number;
                /** @description Video description for the current shot. Maximum length: 512 characters. */
                prompt: string;
            }[];
            /**
             * @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
             * @example true
             */
            prefer_multi_shots?: boolean;
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Generate a video of the character walking along a city street, using the character appearance in the reference images.
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
        } | {
            /**
             * @description Only `auto` can be used with video-only input.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio: "auto";
            /**
             * @description Whether to enable audio. This must be `false` with video-only input.
             * @example false
             * @enum {boolean}
             */
            audio: false;
            /**
             * @description List of one-time subject assets. The number of subjects is jointly limited by the reference images, reference video, and subject types.
             *     - When a reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4.
             *     - When a reference video and only video character subjects are used, the number of video character subjects must not exceed 1.
             *     - When a reference video is provided, video character subjects cannot be used together with multi-image subjects or reference images.
             * @default []
             */
            elements?: {
                /**
                 * @description Subject description.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds.
                 * @default []
                 */
                element_input_audio_urls?: string[];
                /** @description URLs of the subject image or video assets. Provide 1 to 4 URLs. */
                element_input_urls: string[];
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000.
                 * @default 8000
                 */
                end_time?: number;
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`.
                 * @example element_dog
                 */
                name: string;
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0.
                 * @default 0
                 */
                start_time?: number;
            }[];
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Generate natural, smooth shot transitions based on the input video.
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
             * @example [
             *       "https://example.com/reference-video.mp4"
             *     ]
             */
            video_urls: string[];
        } | {
            /**
             * @description Video aspect ratio.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Whether to enable audio. This must be `false` when a reference video is provided.
             * @example false
             * @enum {boolean}
             */
            audio: false;
            /**
             * @description Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
             * @default 5
             * @example 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description List of one-time subject assets. When a reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. When a reference video and only video character subjects are used, the number of video character subjects must not exceed 1. When a reference video is provided, video character subjects cannot be used together with multi-image subjects or reference images.
             *     Note: This field is unavailable when video input is provided and `customize_multi_shots=false` (it must be an empty array or omitted).
             * @default []
             */
            elements?: {
                /**
                 * @description Subject description.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds.
                 * @default []
                 */
                element_input_audio_urls?: string[];
                /** @description URLs of the subject image or video assets. Provide 1 to 4 URLs. */
                element_input_urls: string[];
                /**
                 * @description End time for trimming the video character subject, in milliseconds. The default is 8,000.
                 * @default 8000
                 */
                end_time?: number;
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`.
                 * @example element_dog
                 */
                name: string;
                /**
                 * @description Start time for trimming the video character subject, in milliseconds. The default is 0.
                 * @default 0
                 */
                start_time?: number;
            }[];
            /**
             * @description Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects.
             *         When only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4.
             *         Video character subjects cannot be used together with multi-image subjects or reference images.
             *     HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/reference-image.jpg"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Generate a video of the character walking along a city street, using the character shown in the reference video and images.
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
             * @example [
             *       "https://example.com/reference-video.mp4"
             *     ]
             */
            video_urls: string[];
        };
        Kling30OmniReferenceToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniReferenceToVideoInput"];
            /**
             * @description Must be `kling-3.0-omni/reference-to-video`.
             * @example kling-3.0-omni/reference-to-video
             * @enum {string}
             */
            model: "kling-3.0-omni/reference-to-video";
        };
        /** @description Input parameter configuration for the generation task. */
        Kling30OmniTextToVideoInput: {
            /**
             * @description Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Whether to add audio to the generated video. `true` enables audio; `false` disables audio.
             * @default false
             * @example false
             */
            audio?: boolean;
            /**
             * @description Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.
             * @default true
             * @example true
             */
            customize_multi_shots?: boolean;
            /**
             * @description Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.
             * @default 5
             * @example 5
             * @enum {integer}
             */
            duration?: 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description List of one-time subject assets. The default is an empty array.
             *     When using only multi-image subjects, up to 7 subjects can be uploaded.
             *     When using only video character subjects, the number of video character subjects must not exceed 3.
             *     When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /**
                 * @description Text description of the subject asset.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`.
                 * @example element_dog
                 */
                name: string;
            }[];
            /**
             * @description List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.
             * @default []
             * @example [
             *       {
             *         "prompt": "A wide shot of the fox entering the snowy forest.",
             *         "duration": 2
             *       },
             *       {
             *         "prompt": "A cinematic close-up of the fox looking toward the sunrise.",
             *         "duration": 3
             *       }
             *     ]
             */
            multi_prompt?: {
                /**
                 * @description Duration of the current shot in seconds. The supported range is 1 to 15 seconds.
                 * @example 2
                 */
                duration: number;
                /**
                 * @description Video description for the current shot. Maximum length: 512 characters.
                 * @example A wide shot of the fox entering the snowy forest.
                 */
                prompt: string;
            }[];
            /**
             * @description Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
             *
             *     Both fields may be `false`, but they cannot both be `true`.
             * @example true
             */
            prefer_multi_shots?: boolean;
            /** @description Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters. */
            prompt: string;
            /**
             * @description Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
        };
        Kling30OmniTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniTextToVideoInput"];
            /**
             * @description Must be `kling-3.0-omni/text-to-video`.
             * @example kling-3.0-omni/text-to-video
             * @enum {string}
             */
            model: "kling-3.0-omni/text-to-video";
        };
        /** @description Input parameters for the generation task. */
        Kling30OmniTransformationInput: {
            /**
             * @description Video aspect ratio. Only `auto` can be used with video-only input. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "auto";
            /**
             * @description Whether to enable audio.
             * @example false
             * @enum {boolean}
             */
            audio?: false | true;
            /**
             * @description Video duration. This field may be configured when using a video with images.
             * @example 5
             */
            duration?: string;
            /**
             * @description List of one-time subject assets. The default is an empty array.
             *     When using only multi-image subjects, up to 7 subjects can be uploaded.
             *     When using only video character subjects, the number of video character subjects must not exceed 3.
             *     When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /**
                 * @description Text description of the subject asset.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`.
                 * @example element_dog
                 */
                name: string;
            }[];
            /**
             * @description Array of image URLs. The maximum number of images depends on the number and types of reference subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects must not exceed 4. Video character subjects cannot be used together with multi-image subjects or reference images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/reference-image.jpg"
             *     ]
             */
            image_urls?: string[];
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Transform the input video into a cinematic night scene while preserving the character movements from the original video.
             */
            prompt?: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
             * @example [
             *       "https://example.com/source-video.mp4"
             *     ]
             */
            video_urls?: string[];
        } & ({
            /**
             * @description Video aspect ratio. Only `auto` can be used with video-only input.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio?: "auto";
            /**
             * @description Whether to enable audio.
             * @example false
             * @enum {boolean}
             */
            audio?: false | true;
            /**
             * @description List of one-time subject assets. The default is an empty array.
             *     When using only multi-image subjects, up to 7 subjects can be uploaded.
             *     When using only video character subjects, the number of video character subjects must not exceed 3.
             *     When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /**
                 * @description Text description of the subject asset.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`.
                 * @example element_dog
                 */
                name: string;
            }[];
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Transform the input video into a cinematic night scene while preserving the character movements from the original video.
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
             * @example [
             *       "https://example.com/source-video.mp4"
             *     ]
             */
            video_urls: string[];
        } | {
            /**
             * @description Video aspect ratio. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Whether to enable audio.
             * @example false
             * @enum {boolean}
             */
            audio?: false | true;
            /**
             * @description Video duration. This field may be configured when using a video with images.
             * @example 5
             */
            duration?: string;
            /**
             * @description List of one-time subject assets. The default is an empty array.
             *     When using only multi-image subjects, up to 7 subjects can be uploaded.
             *     When using only video character subjects, the number of video character subjects must not exceed 3.
             *     When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
             * @default []
             */
            elements?: {
                /**
                 * @description Text description of the subject asset.
                 * @example A happy golden retriever
                 */
                description: string;
                /**
                 * @description Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.
                 * @default []
                 * @example []
                 */
                element_input_audio_urls?: string[];
                /**
                 * @description List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.
                 * @example [
                 *       "https://example.com/dog-front.png",
                 *       "https://example.com/dog-side.png"
                 *     ]
                 */
                element_input_urls: string[];
                /**
                 * @description Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`.
                 * @example element_dog
                 */
                name: string;
            }[];
            /**
             * @description Array of image URLs, with up to 4 images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/reference-image.jpg"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
             * @example Transform the video into a cinematic night scene using the style of the input images as a reference.
             */
            prompt: string;
            /**
             * @description Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /**
             * @description Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
             * @example [
             *       "https://example.com/source-video.mp4"
             *     ]
             */
            video_urls: string[];
        });
        Kling30OmniTransformationRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30OmniTransformationInput"];
            /**
             * @description Must be `kling-3.0-omni/transformation`.
             * @example kling-3.0-omni/transformation
             * @enum {string}
             */
            model: "kling-3.0-omni/transformation";
        };
        /** @description Input parameters for the generation task */
        Kling30VideoInput: {
            /**
             * @description Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Total video duration in seconds. Integer value, range: 3 to 15.
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13" | "14" | "15";
            /**
             * @description First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported.
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"
             *     ]
             */
            image_urls?: string[];
            /**
             * @description Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements.
             * @example [
             *       {
             *         "name": "element_dog",
             *         "description": "dog",
             *         "element_input_urls": [
             *           "https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg",
             *           "https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"
             *         ]
             *       }
             *     ]
             */
            kling_elements?: {
                /**
                 * @description Element description
                 * @example dog
                 */
                description: string;
                /** @description Optional. List of audio material URLs for characters. The audio duration must be between 5 and 30 seconds. */
                element_input_audio_urls?: string[];
                /**
                 * @description Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image.
                 * @example [
                 *       "https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg",
                 *       "https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png"
                 *     ]
                 */
                element_input_urls: string[];
                /** @description End time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. Must be greater than start_time, and the difference between end_time and start_time must be within 3000 to 8000 milliseconds. */
                end_time?: number;
                /**
                 * @description Element name, used in prompt with @ prefix (e.g., @element_dog)
                 * @example element_dog
                 */
                name: string;
                /** @description Start time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. If not uploaded, it defaults to 0. */
                start_time?: number;
            }[];
            /**
             * @description Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution.
             *
             *     Resolution mapping:
             *     - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720)
             *     - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080)
             *     - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)
             * @default pro
             * @example pro
             * @enum {string}
             */
            mode?: "std" | "pro" | "4K";
            /**
             * @description Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt.
             * @example [
             *       {
             *         "prompt": "a happy dog in running@element_cat",
             *         "duration": 3
             *       },
             *       {
             *         "prompt": "a happy dog play with a cat@element_dog",
             *         "duration": 3
             *       }
             *     ]
             */
            multi_prompt?: {
                /**
                 * @description Duration of this shot in seconds. Range: 1-12.
                 * @example 3
                 */
                duration: number;
                /**
                 * @description Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters.
                 * @example a happy dog in running@element_cat
                 */
                prompt: string;
            }[];
            /**
             * @description Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
             * @default false
             * @example false
             */
            multi_shots?: boolean;
            /**
             * @description Video generation prompt. Takes effect when multi_shots is false.
             * @example In a bright rehearsal room, sunlight streams through the window@element_dog
             */
            prompt: string;
            /**
             * @description Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.
             * @default false
             * @example true
             */
            sound?: boolean;
        };
        Kling30VideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Kling30VideoInput"];
            /**
             * @description Must be `kling-3.0/video`.
             * @example kling-3.0/video
             * @enum {string}
             */
            model: "kling-3.0/video";
        };
        /** @description Input parameters for the generation task */
        KlingAiAvatarProInput: {
            /**
             * @description The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3
             */
            audio_url: string;
            /**
             * @description The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png
             */
            image_url: string;
            /**
             * @description The prompt to use for the video generation (Max length: 5000 characters)
             * @example
             */
            prompt: string;
        };
        KlingAiAvatarProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingAiAvatarProInput"];
            /**
             * @description Must be `kling/ai-avatar-pro`.
             * @example kling/ai-avatar-pro
             * @enum {string}
             */
            model: "kling/ai-avatar-pro";
        };
        /** @description Input parameters for the generation task */
        KlingAiAvatarStandardInput: {
            /**
             * @description The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3
             */
            audio_url: string;
            /**
             * @description The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png
             */
            image_url: string;
            /**
             * @description The prompt to use for the video generation (Max length: 5000 characters)
             * @example
             */
            prompt: string;
        };
        KlingAiAvatarStandardRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingAiAvatarStandardInput"];
            /**
             * @description Must be `kling/ai-avatar-standard`.
             * @example kling/ai-avatar-standard
             * @enum {string}
             */
            model: "kling/ai-avatar-standard";
        };
        /** @description Input parameters for the generation task */
        KlingV3TurboImageToVideoInput: {
            /**
             * @description The duration of the generated video in seconds
             *     Optional duration: 3s - 15s
             * @default 5
             * @example 5
             */
            duration: string;
            /**
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1770688028208_jxcvxCQm.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description The text prompt describing the video to generate (Max length: 2500 characters)
             * @example Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.The camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, "These trees will turn yellow in a month, won't they?"Close-up of the man, he lowers his head and says, "But they'll be green again next summer."Then the woman turns her head, smiles at the man opposite, and says, "Are you always this optimistic? Or just about summer?"Then the man lifts his head, looks at the woman and says, "Only about summers with you."
             */
            prompt: string;
            /**
             * @description Resolution of the generated video (720p or 1080p)
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution: "720p" | "1080p";
        };
        KlingV3TurboImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV3TurboImageToVideoInput"];
            /**
             * @description Must be `kling/v3-turbo-image-to-video`.
             * @example kling/v3-turbo-image-to-video
             * @enum {string}
             */
            model: "kling/v3-turbo-image-to-video";
        };
        /** @description Input parameters for the generation task */
        KlingV3TurboTextToVideoInput: {
            /**
             * @description The aspect ratio of the generated video frame
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio: "1:1" | "9:16" | "16:9";
            /**
             * @description The duration of the generated video in seconds
             *     Optional duration: 3s - 15s
             * @default 5
             * @example 5
             */
            duration: string;
            /**
             * @description The text description of the video you want to generate (Max length: 2500 characters)
             * @example Outdoor terrace of a European villa, by a dining table with a blue and white checkered tablecloth, a young white woman in a blue and white striped short-sleeve shirt and khaki shorts, with a brown belt, sits barefoot, opposite a young white man in a white T-shirt.The camera zooms in, the woman swirls the juice in a glass, her eyes looking at the distant woods, and says, "These trees will turn yellow in a month, won't they?"Close-up of the man, he lowers his head and says, "But they'll be green again next summer."Then the woman turns her head, smiles at the man opposite, and says, "Are you always this optimistic? Or just about summer?"Then the man lifts his head, looks at the woman and says, "Only about summers with you."
             */
            prompt: string;
            /**
             * @description Resolution of the generated video (720p or 1080p)
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution: "720p" | "1080p";
        };
        KlingV3TurboTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV3TurboTextToVideoInput"];
            /**
             * @description Must be `kling/v3-turbo-text-to-video`.
             * @example kling/v3-turbo-text-to-video
             * @enum {string}
             */
            model: "kling/v3-turbo-text-to-video";
        };
        /** @description Input parameters for the generation task */
        KlingV21MasterImageToVideoInput: {
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png
             */
            image_url: string;
            /**
             * @description Negative prompt to exclude certain elements from the video (Max length: 500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing the video to generate (Max length: 5000 characters)
             * @example A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with
             */
            prompt: string;
        };
        KlingV21MasterImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21MasterImageToVideoInput"];
            /**
             * @description Must be `kling/v2-1-master-image-to-video`.
             * @example kling/v2-1-master-image-to-video
             * @enum {string}
             */
            model: "kling/v2-1-master-image-to-video";
        };
        /** @description Input parameters for the generation task */
        KlingV21MasterTextToVideoInput: {
            /**
             * @description The aspect ratio of the generated video frame
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description Elements to avoid in the generated video (Max length: 500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing the video you want to generate (Max length: 5000 characters)
             * @example First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.
             */
            prompt: string;
        };
        KlingV21MasterTextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21MasterTextToVideoInput"];
            /**
             * @description Must be `kling/v2-1-master-text-to-video`.
             * @example kling/v2-1-master-text-to-video
             * @enum {string}
             */
            model: "kling/v2-1-master-text-to-video";
        };
        /** @description Input parameters for the generation task */
        KlingV21ProInput: {
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.webp
             */
            image_url: string;
            /**
             * @description Terms to avoid in the generated video (Max length: 500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description Text prompt describing the video to generate (Max length: 5000 characters)
             * @example POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed
             */
            prompt: string;
            /**
             * @description URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example
             */
            tail_image_url?: string;
        };
        KlingV21ProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21ProInput"];
            /**
             * @description Must be `kling/v2-1-pro`.
             * @example kling/v2-1-pro
             * @enum {string}
             */
            model: "kling/v2-1-pro";
        };
        /** @description Input parameters for the generation task */
        KlingV21StandardInput: {
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.webp
             */
            image_url: string;
            /**
             * @description Description of elements to avoid in the generated video (Max length: 500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description Text prompt describing the desired video content (Max length: 5000 characters)
             * @example Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.
             */
            prompt: string;
        };
        KlingV21StandardRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV21StandardInput"];
            /**
             * @description Must be `kling/v2-1-standard`.
             * @example kling/v2-1-standard
             * @enum {string}
             */
            model: "kling/v2-1-standard";
        };
        /** @description Input parameters for the generation task */
        KlingV25TurboImageToVideoProInput: {
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png
             */
            image_url: string;
            /**
             * @description Negative prompt to exclude certain elements from the video (Max length: 500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description The text prompt describing the video to generate (Max length: 2500 characters)
             * @example A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with
             */
            prompt: string;
            /**
             * @description Tail frame image of video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png
             */
            tail_image_url?: string;
        };
        KlingV25TurboImageToVideoProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV25TurboImageToVideoProInput"];
            /**
             * @description Must be `kling/v2-5-turbo-image-to-video-pro`.
             * @example kling/v2-5-turbo-image-to-video-pro
             * @enum {string}
             */
            model: "kling/v2-5-turbo-image-to-video-pro";
        };
        /** @description Input parameters for the generation task */
        KlingV25TurboTextToVideoProInput: {
            /**
             * @description The aspect ratio of the generated video frame
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1)
             * @default 0.5
             * @example 0.5
             */
            cfg_scale?: number;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description Things to avoid in the generated video (Max length: 2500 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description The text description of the video you want to generate (Max length: 2500 characters)
             * @example Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.
             */
            prompt: string;
        };
        KlingV25TurboTextToVideoProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["KlingV25TurboTextToVideoProInput"];
            /**
             * @description Must be `kling/v2-5-turbo-text-to-video-pro`.
             * @example kling/v2-5-turbo-text-to-video-pro
             * @enum {string}
             */
            model: "kling/v2-5-turbo-text-to-video-pro";
        };
        MinimaxH3ImageToVideoInput: {
            /**
             * @description Generated video duration, supporting integer values from 4 to 15 seconds.
             * @default 6
             * @example 6
             * @enum {integer}
             */
            duration: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * Format: uri
             * @description First frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5.
             * @example https://example.com/first-frame.jpg
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image restrictions are the same as first_frame_url.
             * @example https://example.com/last-frame.jpg
             */
            last_frame_url?: string;
            /**
             * @description Video generation prompt, length is between 1 and 7000 characters.
             * @example Let the character in the scene turn around naturally and smile, camera slowly pushing forward
             */
            prompt: string;
            /**
             * @description Video resolution.
             * @default 2K
             * @enum {string}
             */
            resolution?: "768P" | "2K";
        };
        MinimaxH3ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["MinimaxH3ImageToVideoInput"];
            /**
             * @description Must be `minimax-h3/image-to-video`.
             * @example minimax-h3/image-to-video
             * @enum {string}
             */
            model: "minimax-h3/image-to-video";
        };
        MinimaxH3ReferenceToVideoInput: {
            /**
             * @description Video aspect ratio. The default is adaptive, or a specific ratio can be specified.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "adaptive" | "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description The duration of the generated video, supporting integer values from 4 to 15 seconds.
             * @default 6
             * @example 6
             * @enum {integer}
             */
            duration: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Video generation prompt, length is between 1 and 7000 characters.
             * @example Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material
             */
            prompt: string;
            /**
             * @description Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanied by reference_image or reference_video.
             * @example [
             *       "https://example.com/reference-audio.mp3"
             *     ]
             */
            reference_audio_urls?: string[];
            /**
             * @description Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must be between 0.4 and 2.5.
             * @example [
             *       "https://example.com/reference-image-1.jpg",
             *       "https://example.com/reference-image-2.jpg"
             *     ]
             */
            reference_image_urls?: string[];
            /**
             * @description Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed 15 seconds; the video side length must be between 256 and 5760 pixels, the aspect ratio must be between 0.4 and 2.5, and the frame rate must be between 23.976 and 60.
             * @example [
             *       "https://example.com/reference-video.mp4"
             *     ]
             */
            reference_video_urls?: string[];
            /**
             * @description Video resolution.
             * @default 2K
             * @enum {string}
             */
            resolution?: "768P" | "2K";
        };
        MinimaxH3ReferenceToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["MinimaxH3ReferenceToVideoInput"];
            /**
             * @description Must be `minimax-h3/reference-to-video`.
             * @example minimax-h3/reference-to-video
             * @enum {string}
             */
            model: "minimax-h3/reference-to-video";
        };
        MinimaxH3TextToVideoInput: {
            /**
             * @description Video aspect ratio. Required for text-to-video, adaptive is not supported.
             * @enum {string}
             */
            aspect_ratio: "21:9" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Generated video duration, supports integer values from 4 to 15 seconds.
             * @default 6
             * @example 6
             * @enum {integer}
             */
            duration: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Video generation prompt, length is between 1 and 7000 characters.
             * @example A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore
             */
            prompt: string;
            /**
             * @description Video resolution.
             * @default 2K
             * @enum {string}
             */
            resolution?: "768P" | "2K";
        };
        MinimaxH3TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["MinimaxH3TextToVideoInput"];
            /**
             * @description Must be `minimax-h3/text-to-video`.
             * @example minimax-h3/text-to-video
             * @enum {string}
             */
            model: "minimax-h3/text-to-video";
        };
        /** @description Input parameters for the generation task */
        NanoBanana2Input: {
            /**
             * @description Aspect ratio of the generated image
             * @default auto
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "2:3" | "3:2" | "1:4" | "4:1" | "3:4" | "4:3" | "4:5" | "5:4" | "1:8" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /**
             * @description Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)
             * @example []
             */
            image_input?: string[];
            /**
             * @description Format of the output image
             * @default jpg
             * @example jpg
             * @enum {string}
             */
            output_format?: "png" | "jpg";
            /**
             * @description A text description of the image you want to generate (Max length: 20000 characters)
             * @example Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.
             */
            prompt: string;
            /**
             * @description Resolution of the generated image
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        /** @description Input parameters for the image generation task. */
        NanoBanana2LiteInput: {
            /**
             * @description Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the aspect ratio automatically.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio: "1:1" | "1:4" | "1:8" | "2:3" | "3:2" | "3:4" | "4:1" | "4:3" | "4:5" | "5:4" | "8:1" | "9:16" | "16:9" | "21:9" | "auto";
            /**
             * @description Input image URL array. Optional parameter. Set to an empty array or omit it for pure text-to-image generation. Supports up to 10 images.
             *
             *     - Please provide uploaded file URLs, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 30.0MB
             * @default []
             * @example [
             *       "https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"
             *     ]
             */
            image_urls?: string[];
            /**
             * @description Text prompt used to generate the image. Required. Maximum length: 20000 characters.
             * @example Generate a pig on the grass, cinematic light
             */
            prompt: string;
        };
        NanoBanana2LiteRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBanana2LiteInput"];
            /**
             * @description Must be `nano-banana-2-lite`.
             * @example nano-banana-2-lite
             * @enum {string}
             */
            model: "nano-banana-2-lite";
        };
        NanoBanana2Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBanana2Input"];
            /**
             * @description Must be `nano-banana-2`.
             * @example nano-banana-2
             * @enum {string}
             */
            model: "nano-banana-2";
        };
        /** @description Input parameters for the generation task */
        NanoBananaProInput: {
            /**
             * @description Aspect ratio of the generated image
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "9:16" | "16:9" | "21:9" | "auto";
            /**
             * @description Input images to transform or use as reference (supports up to 8 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)
             * @example []
             */
            image_input?: string[];
            /**
             * @description Format of the output image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpg";
            /**
             * @description A text description of the image you want to generate (Max length: 10000 characters)
             * @example Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.
             */
            prompt: string;
            /**
             * @description Resolution of the generated image
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
        };
        NanoBananaProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["NanoBananaProInput"];
            /**
             * @description Must be `nano-banana-pro`.
             * @example nano-banana-pro
             * @enum {string}
             */
            model: "nano-banana-pro";
        };
        /** @description Input parameters for the human identification task. */
        Omnihuman15HumanIdentificationInput: {
            /**
             * Format: uri
             * @description Portrait image URL. Requirements: JPG/PNG/JPEG format, less than 5MB, resolution under 4096x4096. Recommended: single person facing forward, with the face occupying a large proportion of the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
             */
            image_url: string;
        };
        Omnihuman15HumanIdentificationRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Omnihuman15HumanIdentificationInput"];
            /**
             * @description Must be `omnihuman-1-5/human-identification`.
             * @example omnihuman-1-5/human-identification
             * @enum {string}
             */
            model: "omnihuman-1-5/human-identification";
        };
        /** @description Input parameters for the audio-driven portrait animation task. */
        Omnihuman15Input: {
            /**
             * Format: uri
             * @description Audio URL. Duration must be less than 60 seconds (recommended 15 seconds or less; exceeding this will cause quality degradation). Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/ogg, audio/mp4. Max file size: 10MB.
             */
            audio_url: string;
            /**
             * Format: uri
             * @description Portrait image URL. Supports any aspect ratio with subjects including people, pets, anime, etc. Accepted file types: image/jpeg, image/png, image/webp. Max file size: 10MB.
             */
            image_url: string;
            /** @description Optional mask image URL(s). To have a specific subject in the image speak, use 'Subject Detection' to get the corresponding mask image and pass it as input. Accepted file types: image/jpeg, image/png, image/webp. Max file size: 10MB. Multiple file upload is supported, up to 5 files. */
            mask_url?: string[];
            /**
             * @description Output video resolution.
             *
             *     - `720`: 720P
             *     - `1080`: 1080P (default)
             * @default 1080
             * @enum {string}
             */
            output_resolution?: "720" | "1080";
            /**
             * @description Fast mode. Sacrifices some quality to speed up generation. Default value: `false`.
             * @default false
             */
            pe_fast_mode?: boolean;
            /** @description Optional prompt text. Limited to Chinese, English, Japanese, Korean, Spanish, and Indonesian. Recommended 300 characters or less. Maximum length: 1000 characters. */
            prompt?: string;
            /**
             * @description Random seed. Default is `-1` (random). When using the same positive integer and keeping all other parameters identical, the result will be highly consistent.
             * @default -1
             */
            seed?: number;
        };
        Omnihuman15Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Omnihuman15Input"];
            /**
             * @description Must be `omnihuman-1-5`.
             * @example omnihuman-1-5
             * @enum {string}
             */
            model: "omnihuman-1-5";
        };
        /** @description Input parameters for the subject detection task. */
        Omnihuman15SubjectDetectionInput: {
            /**
             * Format: uri
             * @description Portrait image URL. Supports detection of up to 5 subjects in the image. Accepted file types: image/jpeg, image/png, image/jpg. Max file size: 5MB.
             */
            image_url: string;
        };
        Omnihuman15SubjectDetectionRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Omnihuman15SubjectDetectionInput"];
            /**
             * @description Must be `omnihuman-1-5/subject-detection`.
             * @example omnihuman-1-5/subject-detection
             * @enum {string}
             */
            model: "omnihuman-1-5/subject-detection";
        };
        PixverseV6ExtendInput: {
            /**
             * @description Generated video duration in seconds. Current validation range is 1-15.
             * @example 5
             */
            duration: number;
            /**
             * @description Whether to generate audio.
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example A cat walking on the beach at sunset
             */
            prompt: string;
            /**
             * @description Resolution.
             * @example 1080p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, optional. Range 0-2147483647.
             * @example 42
             */
            seed?: number;
            /**
             * @description The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
             * @example task_abc123456
             */
            taskId: string;
        } | {
            /**
             * @description Generated video duration in seconds. Current validation range is 1-15.
             * @example 5
             */
            duration: number;
            /**
             * @description Whether to generate audio.
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example A cat walking on the beach at sunset
             */
            prompt: string;
            /**
             * @description Resolution.
             * @example 1080p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, optional. Range 0-2147483647.
             * @example 42
             */
            seed?: number;
            /** @description To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted. */
            video_url: string;
        };
        PixverseV6ExtendRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6ExtendInput"];
            /**
             * @description Must be `pixverse-v6/extend`.
             * @example pixverse-v6/extend
             * @enum {string}
             */
            model: "pixverse-v6/extend";
        };
        /** @description Input parameters for the image-to-video task */
        PixverseV6ImageToVideoInput: {
            /**
             * @description Generated video duration in seconds, ranging from 1 to 15. Required when template_id is not passed; if template_id is passed, the video duration is fixed by the selected template, please do not pass this parameter at the same time.
             * @default 5
             * @example 5
             */
            duration: number;
            /**
             * @description Whether to generate audio synchronized with the video content.
             * @default false
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * @description Whether to generate a multi-clip video.
             * @default false
             * @example false
             */
            generate_multi_clip_switch?: boolean;
            /** @description Image URLs, supports up to 2 images, single image size not exceeding 20 MB. Supports HTTP, HTTPS, and OSS addresses. Supported image formats include JPG, JPEG, PNG, and WebP. */
            image_urls: string[];
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example Cinematic sunrise illuminating a mist-shrouded mountain lake, camera slowly skimming over the water, a flock of birds flying across the sky
             */
            prompt: string;
            /**
             * @description Output video resolution. Supports 360p, 540p, 720p, and 1080p.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve result reproducibility.
             * @example 123456789
             */
            seed?: number;
            /**
             * @description Used to select a PixVerse video effect template. Please pass in the corresponding template_id. Once a template_id is provided, the video duration is fixed by the selected template, so duration cannot be set at the same time. effect_type indicates the number of images required by the selected template. Please upload the specified number of images accordingly. To preview the template effect, open https://static.aiquickdraw.com/tools/example/<template_id>.mp4 in a browser and replace <template_id> with the actual template ID. For example:https://static.aiquickdraw.com/tools/example/412736208886848.mp4.
             *
             *     Available template list:
             *
             *     412736208886848 - Dive into the deep blue of love - Let every kiss turn into a dream. - effect_type: 2
             *     411563216524736 - Skyline Track Flag - Unwavering. Next is the city-level entrance effect. - effect_type: 1
             *     411316927927040 - Vibe Copines - Capture this vibe with tungtung. - effect_type: 1
             *     411174903569216 - Crowd Focus - First person: The camera caught you - upload a selfie or group photo to become the focus of the audience - effect_type: 1
             *     410999246341952 - Poke my little cutie - Pinch this little guy and watch it get cutely angry. - effect_type: 1
             *     408891141511104 - Today is my birthday - Yes, I know you don't know me, but today is my birthday - effect_type: 1
             *     410317363057408 - Mini Football Hero - Turn any photo into a mini chibi football hero and compete with giant players in a cinematic hyper-realistic stadium. - effect_type: 1
             *     410285445698304 - Magma Rise - Rise from the ashes. Fight fire with fire. - effect_type: 1
             *     410133101388544 - Cyber Armor: Reborn in the Rain 🌧️⚡ - Shatter the storm. Awaken the body of steel within. - effect_type: 1
             *     409899296377728 - Product Landmark - Upload your product and turn it into a building! - effect_type: 1
             *     408897485909952 - Mini Football Pitch - Upload your product and create a mini football pitch inside it! - effect_type: 1
             *     408869061406656 - A kick through the world - Upload your product and let it shine on the night of the grand annual global competition! - effect_type: 1
             *     408661207662528 - Small Town Footballer - Upload your product and enjoy the moment of victory! - effect_type: 1
             *     409767750265728 - Crowned God in One Battle - You unexpectedly became the MVP of the game. - effect_type: 1
             *     409766559675264 - Thriller Dance Steps - Upload a photo and watch it turn into an iconic viral dance trend! - effect_type: 1
             *     409589071559552 - Dai Dai Dance - Vibe cheering dance template. A front-facing photo to easily join the dance floor clip. - effect_type: 1
             *     407804339389760 - Fluffy Chef - Upload your product and cook in the fluffy kitchen - effect_type: 1
             *     407658863287616 - Summer Postcard - Upload your product and join the summer special! - effect_type: 1
             *     407474361215744 - Inhaled into Product Universe - Upload your product and enter the product universe! - effect_type: 1
             *     407473438360320 - Fluffy Factory - Upload your product to make it in the fluffy factory - effect_type: 1
             *     407467702283008 - Surfing Summer - Upload your product photo and start surfing! - effect_type: 1
             *     385844572217469 - Love Launcher - A Valentine's Day moment in one shot. - effect_type: 1
             *     406428904874432 - Kitty Shop - Upload your product image and let the cute cat transform into your street vendor! - effect_type: 1
             *     406423682060736 - Courtyard Makeover Party - Upload your courtyard and give it a magical makeover! - effect_type: 1
             *     406411724685760 - Ski Joy - Upload a photo of your pet, toy or product and let it embark on a fun skiing adventure. - effect_type: 1
             *     406372274350528 - Nail Lab - Upload your nail photos and let our exclusive manicurists create exquisite nails for you. - effect_type: 1
             *     406218913317312 - Rhythm Dash - Hit the beat, take off the crown. Welcome to the perfect score frenzy. - effect_type: 1
             *     406218479198656 - Screen Killer King - The court needs a hero. So, you break through the screen. - effect_type: 1
             *     406064763308480 - Dynamic Football Poster - From selfie to jersey photo (single and multiplayer) - effect_type: 1
             *     406413607395776 - Football Live King! - The moment you score a wonderful goal, super sports car gifts pour down. - effect_type: 1
             *     405662117814720 - Trophy Breakthrough - Upload your photo, transform into a champion football player, break through the screen and win the trophy! - effect_type: 1
             *     406014934000064 - Post-match Sharp Comment - If the microphone is handed to you after the game, what would you say? - effect_type: 1
             *     405658369331648 - Stadium Legend - Run, celebrate, create a legendary football moment. - effect_type: 1
             *     405321470423488 - Step by Step - Step by step, shining with confidence - effect_type: 1
             *     405175211454656 - Superstar Lobby - Welcome to your championship season. - effect_type: 1
             *     404955806201792 - Post-match Sharp Comment 2 - If it's your turn for a post-match interview, what would you say about this game? - effect_type: 1
             *     404820147974080 - Top of the World - Hold the trophy high and become the well-deserved hero of the football feast. - effect_type: 2
             *     398980393937856 - The Last Hug - The last hug before the tsunami comes. - effect_type: 2
             *     403916646846400 - My Future has Infinite Possibilities - Embrace your infinite potential and shine your future. - effect_type: 1
             *     403739217192896 - Apex Dance - Flat rhythm, decadent chaotic dance steps - effect_type: 1
             *     403560060358144 - Idol Ending Shot - One look up is a million direct shots. - effect_type: 1
             *     403556618212098 - MotoGP Live - Live an unchoreographed moment. - effect_type: 1
             *     398965022284579 - Knee Slide - Celebrate the victory with an iconic and energetic knee slide goal. - effect_type: 1
             *     402201060373270 - Tunnel to Captain - Transform from an ordinary girl to a legendary football captain in a cinematic stadium journey. - effect_type: 1
             *     403085292466285 - Golden Field Breaker - He is not on the list, but he still controls the scene. - effect_type: 1
             *     402061828030966 - Trophy Celebration - Have you always wanted a huge trophy? Here, you can at least get it digitally. - effect_type: 1
             *     402888569901524 - Jump into the Crowd 2 - Jump into the crowd - effect_type: 1
             *     402155676592228 - World Champion Lift - You are the captain, lifting the trophy of victory. Mountains of people, golden ribbons, pure victory. - effect_type: 1
             *     402047865383360 - Sideline Ball Boy - Experience the game from a unique perspective on the sidelines. Feel the excitement of the game as a young talent ready to participate. - effect_type: 1
             *     402046136040202 - Epic Save - Become a legendary goalkeeper. Catch the ball in a stunning flying save. - effect_type: 1
             * @enum {string}
             */
            template_id?: "412736208886848" | "411563216524736" | "411316927927040" | "411174903569216" | "410999246341952" | "408891141511104" | "410317363057408" | "410285445698304" | "410133101388544" | "409899296377728" | "408897485909952" | "408869061406656" | "408661207662528" | "409767750265728" | "409766559675264" | "409589071559552" | "407804339389760" | "407658863287616" | "407474361215744" | "407473438360320" | "407467702283008" | "385844572217469" | "406428904874432" | "406423682060736" | "406411724685760" | "406372274350528" | "406218913317312" | "406218479198656" | "406064763308480" | "406413607395776" | "405662117814720" | "406014934000064" | "405658369331648" | "405321470423488" | "405175211454656" | "404955806201792" | "404820147974080" | "398980393937856" | "403916646846400" | "403739217192896" | "403560060358144" | "403556618212098" | "398965022284579" | "402201060373270" | "403085292466285" | "402061828030966" | "402888569901524" | "402155676592228" | "402047865383360" | "402046136040202";
        };
        PixverseV6ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6ImageToVideoInput"];
            /**
             * @description Must be `pixverse-v6/image-to-video`.
             * @example pixverse-v6/image-to-video
             * @enum {string}
             */
            model: "pixverse-v6/image-to-video";
        };
        /** @description Input parameters for the generation task */
        PixverseV6ReferenceToVideoInput: {
            /**
             * @description Output video aspect ratio. Supported in text-to-video and Fusion multi-reference image to video modes.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Output video duration, in seconds.
             * @default 5
             * @example 5
             */
            duration: number;
            /**
             * @description Whether to generate audio synchronized with the video content.
             * @default false
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * @description Fusion multi-reference image list.
             *
             *     `ref_name` must be unique within the same list. You can reference the reference object in the prompt via `@ref_name`.
             * @example [
             *       {
             *         "image_url": "https://your-domain.com/images/dog.png",
             *         "type": "subject",
             *         "ref_name": "dog"
             *       },
             *       {
             *         "image_url": "https://your-domain.com/images/room.png",
             *         "type": "background",
             *         "ref_name": "room"
             *       }
             *     ]
             */
            image_references: {
                /**
                 * Format: uri
                 * @description Reference image URL.
                 * @example https://your-domain.com/images/reference.png
                 */
                image_url: string;
                /**
                 * @description Reference image name, maximum 30 characters. Can be referenced in the prompt using `@name`.
                 * @example dog
                 */
                ref_name?: string;
                /**
                 * @description Reference image type. `subject` means subject, `background` means background.
                 * @default subject
                 * @example subject
                 * @enum {string}
                 */
                type?: "subject" | "background";
            }[];
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.
             */
            prompt: string;
            /**
             * @description Output video resolution. Supports 360p, 540p, 720p, and 1080p.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, value range is 0-2147483647. Using the same parameters and seed helps improve the reproducibility of the results.
             * @example 123456789
             */
            seed?: number;
        };
        PixverseV6ReferenceToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6ReferenceToVideoInput"];
            /**
             * @description Must be `pixverse-v6/reference-to-video`.
             * @example pixverse-v6/reference-to-video
             * @enum {string}
             */
            model: "pixverse-v6/reference-to-video";
        };
        /** @description Input parameters for the generation task */
        PixverseV6TextToVideoInput: {
            /**
             * @description Output video aspect ratio. This parameter is supported in text-to-video and Fusion multi-reference image-to-video modes.
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio: "16:9" | "4:3" | "1:1" | "3:4" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
             * @default 5
             * @example 5
             */
            duration: number;
            /**
             * @description Whether to generate audio synchronized with the video content.
             * @default false
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * @description Whether to generate a multi-clip video.
             * @default false
             * @example false
             */
            generate_multi_clip_switch?: boolean;
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.
             */
            prompt: string;
            /**
             * @description Output video resolution. Supports 360p, 540p, 720p, and 1080p.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
             * @example 123456789
             */
            seed?: number;
        };
        PixverseV6TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6TextToVideoInput"];
            /**
             * @description Must be `pixverse-v6/text-to-video`.
             * @example pixverse-v6/text-to-video
             * @enum {string}
             */
            model: "pixverse-v6/text-to-video";
        };
        /** @description Input parameters for the generation task */
        PixverseV6TransitionInput: {
            /**
             * @description Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
             * @default 5
             * @example 5
             */
            duration: number;
            /**
             * Format: uri
             * @description First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
             * @example https://your-domain.com/images/first-frame.png
             */
            first_frame_image_url: string;
            /**
             * @description Whether to generate audio synchronized with the video content.
             * @default false
             * @example false
             */
            generate_audio_switch?: boolean;
            /**
             * Format: uri
             * @description Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
             * @example https://your-domain.com/images/last-frame.png
             */
            last_frame_image_url: string;
            /**
             * @description Generate prompt, cannot be empty, length is limited to 3-5000 characters.
             * @example A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.
             */
            prompt: string;
            /**
             * @description Output video resolution. Supports 360p, 540p, 720p, and 1080p.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            quality: "360p" | "540p" | "720p" | "1080p";
            /**
             * @description Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
             * @example 123456789
             */
            seed?: number;
        };
        PixverseV6TransitionRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["PixverseV6TransitionInput"];
            /**
             * @description Must be `pixverse-v6/transition`.
             * @example pixverse-v6/transition
             * @enum {string}
             */
            model: "pixverse-v6/transition";
        };
        /** @description Input parameters for the generation task */
        Qwen2ImageEditInput: {
            /**
             * @description The size of the generated image. Default value: 16:9
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            image_size?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "9:16" | "16:9" | "21:9";
            /**
             * @description The URL of the image to edit (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). The live API also accepted a list holding one URL.
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg
             */
            image_url: string | string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description The prompt to generate the image with (Max length: 800 characters)
             * @example
             */
            prompt: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
        };
        Qwen2ImageEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen2ImageEditInput"];
            /**
             * @description Must be `qwen2/image-edit`.
             * @example qwen2/image-edit
             * @enum {string}
             */
            model: "qwen2/image-edit";
        };
        /** @description Input parameters for the generation task */
        Qwen2TextToImageInput: {
            /**
             * @description The size of the generated image. Default value: 16:9
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            image_size?: "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description The prompt to generate the image with (Max length: 800 characters)
             * @example
             */
            prompt: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
        };
        Qwen2TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen2TextToImageInput"];
            /**
             * @description Must be `qwen2/text-to-image`.
             * @example qwen2/text-to-image
             * @enum {string}
             */
            model: "qwen2/text-to-image";
        };
        /** @description Input parameters for the image-to-image generation task. */
        Qwen3ImageToImageInput: {
            /**
             * @description The output image size.
             * @default 16:9
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * @description Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.
             * @example [
             *       "https://example.com/input.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description The negative prompt that describes content you do not want to appear in the image.
             * @example blurry, low quality, distorted
             */
            negative_prompt?: string;
            /**
             * @description Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
             * @default false
             * @example false
             */
            nsfw_checker?: boolean;
            /**
             * @description The generated image format.
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
             * @example Turn the input image into a cinematic watercolor illustration.
             */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * @description The output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /**
             * @description The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
             * @default 1
             * @example 1
             */
            seed?: number;
        };
        Qwen3ImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen3ImageToImageInput"];
            /**
             * @description Must be `qwen3/image-to-image`.
             * @example qwen3/image-to-image
             * @enum {string}
             */
            model: "qwen3/image-to-image";
        };
        /** @description Input parameters for the image-to-image generation task. */
        Qwen3ProImageToImageInput: {
            /**
             * @description The output image size.
             * @default 16:9
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * @description Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.
             * @example [
             *       "https://example.com/input.png"
             *     ]
             */
            image_urls: string[];
            /**
             * @description The negative prompt that describes content you do not want to appear in the image.
             * @example blurry, low quality, distorted
             */
            negative_prompt?: string;
            /**
             * @description Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
             * @default false
             * @example false
             */
            nsfw_checker?: boolean;
            /**
             * @description The generated image format.
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
             * @example Turn the input image into a cinematic watercolor illustration.
             */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * @description The output image resolution.
             * @default 1K
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /**
             * @description The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
             * @default 1
             * @example 1
             */
            seed?: number;
        };
        Qwen3ProImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen3ProImageToImageInput"];
            /**
             * @description Must be `qwen3/pro-image-to-image`.
             * @example qwen3/pro-image-to-image
             * @enum {string}
             */
            model: "qwen3/pro-image-to-image";
        };
        /** @description Input parameters for the text-to-image generation task. */
        Qwen3ProTextToImageInput: {
            /**
             * @description The output image size.
             * @default 16:9
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * @description The negative prompt that describes content you do not want to appear in the image.
             * @example blurry, low quality, distorted
             */
            negative_prompt?: string;
            /**
             * @description Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
             * @default false
             * @example false
             */
            nsfw_checker?: boolean;
            /**
             * @description The generated image format.
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
             * @example A futuristic city at sunset, cinematic lighting, ultra detailed.
             */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * @description The output image resolution.
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /**
             * @description The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
             * @default 1
             * @example 1
             */
            seed?: number;
        };
        Qwen3ProTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen3ProTextToImageInput"];
            /**
             * @description Must be `qwen3/pro-text-to-image`.
             * @example qwen3/pro-text-to-image
             * @enum {string}
             */
            model: "qwen3/pro-text-to-image";
        };
        /** @description Input parameters for the text-to-image generation task. */
        Qwen3TextToImageInput: {
            /**
             * @description The output image size.
             * @default 16:9
             * @example 1:1
             * @enum {string}
             */
            image_size?: "1:1" | "3:2" | "2:3" | "4:3" | "3:4" | "16:9" | "9:16" | "21:9";
            /**
             * @description The negative prompt that describes content you do not want to appear in the image.
             * @example blurry, low quality, distorted
             */
            negative_prompt?: string;
            /**
             * @description Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
             * @default false
             * @example false
             */
            nsfw_checker?: boolean;
            /**
             * @description The generated image format.
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
             * @example A futuristic city at sunset, cinematic lighting, ultra detailed.
             */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * @description The output image resolution.
             * @example 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /**
             * @description The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
             * @default 1
             * @example 1
             */
            seed?: number;
        };
        Qwen3TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen3TextToImageInput"];
            /**
             * @description Must be `qwen3/text-to-image`.
             * @example qwen3/text-to-image
             * @enum {string}
             */
            model: "qwen3/text-to-image";
        };
        Qwen21ImageToImageInput: {
            /**
             * @description Output aspect ratio. Defaults to `auto`, which takes the aspect ratio of the first reference image and snaps it to the nearest supported ratio. The actual pixel…
             * @default auto
             * @enum {string}
             */
            aspect_ratio?: "auto" | "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9" | "9:21";
            /**
             * @description Background type. transparent outputs a PNG or WebP with a real alpha channel and cannot be used with JPEG. When using transparent, describe only the subject — p…
             * @default opaque
             * @enum {string}
             */
            background?: "opaque" | "transparent";
            /**
             * @description Rewrites the prompt into a fuller scene description before generating, which noticeably improves quality. Enabled by default (also when the parameter is omitted…
             * @default true
             */
            enhance_prompt?: boolean;
            /** @description Reference images, given as an array of 1 to 10 http(s) URLs. Required. The order of the array is the order the prompt refers to ("the first image", "the second… */
            image_urls: string[];
            /**
             * Format: uri
             * @description Inpainting mask that switches the request into local-edit mode. A black and white image where **white marks the area to change and black is kept unchanged**, wi…
             */
            mask_url?: string;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned direct… */
            nsfw_checker?: boolean;
            /**
             * @description Output image format. `png` (default) and `webp` both carry an alpha channel and can be used with `background: transparent`. `jpeg` has no alpha channel and cann…
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "webp" | "jpeg";
            /** @description The prompt describing the result you want. Required. Any language is supported, up to 5000 characters; longer input returns 422. When `mask_url` is supplied, us… */
            prompt: string;
            /**
             * @description Output resolution tier. `1K` is the faster option; `2K` produces four times the pixels and takes considerably longer, up to about 3 minutes with reference image…
             * @default 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /** @description The random seed. Omit it to generate with a random seed; the seed actually used is returned with the result. Passing the same seed together with the same prompt… */
            seed?: number;
        };
        Qwen21ImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen21ImageToImageInput"];
            /**
             * @description Must be `qwen2-1/image-to-image`.
             * @example qwen2-1/image-to-image
             * @enum {string}
             */
            model: "qwen2-1/image-to-image";
        };
        Qwen21TextToImageInput: {
            /**
             * @description The output aspect ratio. Default `1:1`. The actual pixel size also depends on `resolution` — see the aspect ratio table above for the exact dimensions of each c…
             * @default 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "4:3" | "3:4" | "3:2" | "2:3" | "16:9" | "9:16" | "21:9" | "9:21";
            /**
             * @description Background type. transparent outputs a PNG or WebP with a real alpha channel and cannot be used with JPEG. When using transparent, describe only the subject — p…
             * @default opaque
             * @enum {string}
             */
            background?: "opaque" | "transparent";
            /**
             * @description Rewrites the prompt into a fuller scene description before generating, which noticeably improves quality. Enabled by default (also when the parameter is omitted…
             * @default true
             */
            enhance_prompt?: boolean;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned direct… */
            nsfw_checker?: boolean;
            /**
             * @description The output image format. `png` (default) and `webp` both carry an alpha channel and can be used with `background: transparent`. `jpeg` has no alpha channel and…
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "webp" | "jpeg";
            /** @description The prompt that describes the image content, style and composition you want to generate. Required. Any language is supported, up to 5000 characters; longer inpu… */
            prompt: string;
            /**
             * @description The output resolution tier. `1K` is the faster option at roughly 7-12 seconds; `2K` produces four times the pixels and takes roughly 30-55 seconds. Only `1K` an…
             * @default 1K
             * @enum {string}
             */
            resolution?: "1K" | "2K";
            /** @description The random seed. Omit it to generate with a random seed; the seed actually used is returned with the result. Passing the same seed together with the same prompt… */
            seed?: number;
        };
        Qwen21TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Qwen21TextToImageInput"];
            /**
             * @description Must be `qwen2-1/text-to-image`.
             * @example qwen2-1/text-to-image
             * @enum {string}
             */
            model: "qwen2-1/text-to-image";
        };
        /** @description Input parameters for the generation task */
        QwenImageEditInput: {
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular'. Higher acceleration increases speed. 'regular' balances speed and quality. Default value: "none"
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /**
             * @description If set to true, the safety checker will be enabled. Default value: true (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you. Default value: 4 (Min: 0, Max: 20, Step: 0.1)
             * @default 4
             * @example 4
             */
            guidance_scale?: number;
            /**
             * @description The size of the generated image. Default value: landscape_4_3
             * @default landscape_4_3
             * @example landscape_4_3
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The URL of the image to edit. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755603225969i6j87xnw.jpg
             */
            image_url: string;
            /**
             * @description The negative prompt for the generation Default value: " " (Max length: 500 characters)
             * @example blurry, ugly
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description num_images
             * @enum {string}
             */
            num_images?: "1" | "2" | "3" | "4";
            /**
             * @description The number of inference steps to perform. Default value: 30 (Min: 2, Max: 49, Step: 1)
             * @default 25
             * @example 25
             */
            num_inference_steps?: number;
            /**
             * @description The format of the generated image. Default value: "png"
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
            /**
             * @description The prompt to generate the image with (Max length: 2000 characters)
             * @example
             */
            prompt: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time. */
            seed?: number;
            /**
             * @description If set to true, the function will wait for the image to be generated and uploaded before returning the response. This will increase the latency of the function but it allows you to get the image directly in the response without going through the CDN. (Boolean value (true/false))
             * @example false
             */
            sync_mode?: boolean;
        };
        QwenImageEditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenImageEditInput"];
            /**
             * @description Must be `qwen/image-edit`.
             * @example qwen/image-edit
             * @enum {string}
             */
            model: "qwen/image-edit";
        };
        /** @description Input parameters for the generation task */
        QwenImageToImageInput: {
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without text
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1)
             * @default 2.5
             * @example 2.5
             */
            guidance_scale?: number;
            /**
             * @description The reference image to guide the generation (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example
             */
            image_url: string;
            /**
             * @description The negative prompt for the generation (Max length: 500 characters)
             * @example blurry, ugly
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The number of inference steps to perform (Min: 2, Max: 250, Step: 1)
             * @default 30
             * @example 30
             */
            num_inference_steps?: number;
            /**
             * @description The format of the generated image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The prompt to generate the image with (Max length: 5000 characters)
             * @example
             */
            prompt: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time */
            seed?: number;
            /**
             * @description Denoising strength. 1.0 = fully remake; 0.0 = preserve original (Min: 0, Max: 1, Step: 0.01)
             * @default 0.8
             * @example 0.8
             */
            strength?: number;
        };
        QwenImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenImageToImageInput"];
            /**
             * @description Must be `qwen/image-to-image`.
             * @example qwen/image-to-image
             * @enum {string}
             */
            model: "qwen/image-to-image";
        };
        /** @description Input parameters for the generation task */
        QwenTextToImageInput: {
            /**
             * @description Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended for images without text
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular" | "high";
            /**
             * @description The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
             * @example true
             */
            enable_safety_checker?: boolean;
            /**
             * @description The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt when looking for a related image to show you (Min: 0, Max: 20, Step: 0.1)
             * @default 2.5
             * @example 2.5
             */
            guidance_scale?: number;
            /**
             * @description The size of the generated image
             * @default square_hd
             * @example square_hd
             * @enum {string}
             */
            image_size?: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /**
             * @description The negative prompt for the generation (Max length: 500 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The number of inference steps to perform (Min: 2, Max: 250, Step: 1)
             * @default 30
             * @example 30
             */
            num_inference_steps?: number;
            /**
             * @description The format of the generated image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description The prompt to generate the image with (Max length: 5000 characters)
             * @example
             */
            prompt: string;
            /** @description The same seed and the same prompt given to the same version of the model will output the same image every time */
            seed?: number;
        };
        QwenTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["QwenTextToImageInput"];
            /**
             * @description Must be `qwen/text-to-image`.
             * @example qwen/text-to-image
             * @enum {string}
             */
            model: "qwen/text-to-image";
        };
        RecordInfoResponse: {
            code: components["schemas"]["EnvelopeCode"];
            data: components["schemas"]["TaskRecord"];
            message?: string;
            /** @example success */
            msg?: string;
        };
        /** @description Input parameters for the generation task */
        RecraftCrispUpscaleInput: {
            /**
             * @description Image to upscale (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1757169577325ijj8vwvt.jpg
             */
            image: string;
        };
        RecraftCrispUpscaleRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RecraftCrispUpscaleInput"];
            /**
             * @description Must be `recraft/crisp-upscale`.
             * @example recraft/crisp-upscale
             * @enum {string}
             */
            model: "recraft/crisp-upscale";
        };
        /** @description Input parameters for the generation task */
        RecraftRemoveBackgroundInput: {
            /**
             * @description Image to remove background from. Supported formats: PNG, JPG, WEBP. Max 5MB, max 16MP, max dimension 4096px, min dimension 256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 5.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1757057285447k9qcbki1.webp
             */
            image: string;
        };
        RecraftRemoveBackgroundRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RecraftRemoveBackgroundInput"];
            /**
             * @description Must be `recraft/remove-background`.
             * @example recraft/remove-background
             * @enum {string}
             */
            model: "recraft/remove-background";
        };
        RunwayExtendAiVideoInput: {
            /** @description Descriptive text that guides the continuation of the video. Explain what actions, movements, or developments should happen next. Be specific but maintain consis… */
            prompt: string;
            /** @description Video resolution, optional values are 720p or 1080p. */
            quality: string;
            /** @description Unique identifier of the original video generation task. Must be a valid task ID from a previously generated video. */
            task_id: string;
            /** @description Video watermark text content. An empty string indicates no watermark, while a non-empty string will display the specified text as a watermark in the bottom righ… */
            watermark?: string;
        };
        RunwayExtendAiVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RunwayExtendAiVideoInput"];
            /**
             * @description Must be `runway/extend-ai-video`.
             * @example runway/extend-ai-video
             * @enum {string}
             */
            model: "runway/extend-ai-video";
        };
        RunwayGen4AlephInput: {
            /**
             * @description Video aspect ratio.
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "4:3" | "3:4" | "1:1" | "21:9";
            /** @description Descriptive text that guides the AI video generation. Be specific about subject, action, style, and setting. Describes how to animate or modify the reference im… */
            prompt: string;
            /**
             * Format: uri
             * @description Reference image URL to influence the style or content of the output.
             */
            reference_image?: string;
            /** @description Random seed. Set for reproducible generation. */
            seed?: number;
            /**
             * @description Upload method selection. Default value is false (S3/R2), set to true for Alibaba Cloud OSS upload, set to false for overseas R2 server upload.
             * @default false
             */
            upload_cn?: boolean;
            /** @description Reference video URL to base the video-to-video generation on. The AI will transform and enhance this video according to the prompt. */
            video_url: string;
            /** @description Optional watermark text content. An empty string indicates no watermark, while a non-empty string will display the specified text as a watermark in the video. */
            watermark?: string;
        };
        RunwayGen4AlephRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RunwayGen4AlephInput"];
            /**
             * @description Must be `runway/gen4-aleph`.
             * @example runway/gen4-aleph
             * @enum {string}
             */
            model: "runway/gen4-aleph";
        };
        RunwayInput: {
            /**
             * @description Video aspect ratio parameter. **Required parameter for text-to-video generation requests. This parameter is invalid when image_url is passed, and the aspect rat…
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /** @description Video duration, optional values are 5 or 10. If 10-second video is selected, 1080p resolution cannot be used */
            duration: number;
            /** @description Optional reference image URL to base the video on. When provided, the AI will create a video animating or extending this image. */
            image_url?: string;
            /** @description Descriptive text that guides the AI video generation. Be specific about subject, action, style, and setting. When used with an image, describes how to animate o… */
            prompt: string;
            /** @description Video resolution, optional values are 720p or 1080p. If 1080p is selected, 10-second video cannot be generated */
            quality: string;
            /** @description Video watermark text content. An empty string indicates no watermark, while a non-empty string will display the specified text as a watermark in the bottom righ… */
            watermark?: string;
        };
        RunwayRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["RunwayInput"];
            /**
             * @description Must be `runway`.
             * @example runway
             * @enum {string}
             */
            model: "runway";
        };
        /** @description Input parameters for the generation task */
        Seedream5LiteImageToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Format of the output image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description A text description of the image you want to generate (Max length: 3-3000 characters)
             * @example Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.
             */
            prompt: string;
            /**
             * @description Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high" | "ultra";
        };
        Seedream5LiteImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5LiteImageToImageInput"];
            /**
             * @description Must be `seedream/5-lite-image-to-image`.
             * @example seedream/5-lite-image-to-image
             * @enum {string}
             */
            model: "seedream/5-lite-image-to-image";
        };
        /** @description Input parameters for the generation task */
        Seedream5LiteTextToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Format of the output image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description A text description of the image you want to generate (Max length: 3-3000 characters)
             * @example A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of "commercial attributes + aesthetic design." Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.
             */
            prompt: string;
            /**
             * @description Basic outputs 2K images, while High outputs 3K images, and Ultra outputs 4K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high" | "ultra";
        };
        Seedream5LiteTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5LiteTextToImageInput"];
            /**
             * @description Must be `seedream/5-lite-text-to-image`.
             * @example seedream/5-lite-text-to-image
             * @enum {string}
             */
            model: "seedream/5-lite-text-to-image";
        };
        /** @description Input parameters for the generation task */
        Seedream5ProImageToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Format of the output image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description A text description of the image you want to generate (Max length: 3-5000 characters)
             * @example Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.
             */
            prompt: string;
            /**
             * @description Basic outputs 1K images, while High outputs 2K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high";
        };
        Seedream5ProImageToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5ProImageToImageInput"];
            /**
             * @description Must be `seedream/5-pro-image-to-image`.
             * @example seedream/5-pro-image-to-image
             * @enum {string}
             */
            model: "seedream/5-pro-image-to-image";
        };
        /** @description Input parameters for the layer separation task */
        Seedream5ProLayerDecompositionInput: {
            /**
             * Format: uri
             * @description The source image URL for layer separation.
             *
             *     - Must upload exactly 1 image
             *     - Supports PNG, JPEG, WebP, BMP, TIFF, GIF
             *     - Does not support HEIC, HEIF
             *     - Image size must not exceed 30 MB
             *     - Total pixel range is 262,144-36,000,000
             *     - Aspect ratio range is 1:16-16:1
             * @example https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png
             */
            image_url: string;
            /**
             * @description Output format of the base image. This parameter only controls the base image format; all separated layers are fixed to output as PNG.
             * @default jpeg
             * @example jpeg
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description Optional prompt for layer separation.
             *
             *     - When a prompt is provided, the model separates the specified elements based on the prompt
             *     - When no prompt is provided, the model automatically identifies the main elements in the image
             *     - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element positions, recommending the use of normalized coordinates in the 0-1000 range
             * @example Separate the title text <bbox>179 58 809 197</bbox> and the parrot <bbox>330 274 641 991</bbox> into independent layers
             */
            prompt?: string;
            /**
             * @description Resolution level of the output image. The base image maintains the aspect ratio of the input image, and each separated layer maintains the aspect ratio of the corresponding element in the original image.
             *
             *     - `auto`: Automatically selected based on the input image size
             *     - `1K`: 1K resolution level
             *     - `1.5K`: 1.5K resolution level
             *     - `2K`: 2K resolution level
             * @default auto
             * @example 2K
             * @enum {string}
             */
            size?: "auto" | "1K" | "1.5K" | "2K";
        };
        Seedream5ProLayerDecompositionRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5ProLayerDecompositionInput"];
            /**
             * @description Must be `seedream/5-pro-layer-decomposition`.
             * @example seedream/5-pro-layer-decomposition
             * @enum {string}
             */
            model: "seedream/5-pro-layer-decomposition";
        };
        /** @description Input parameters for the generation task */
        Seedream5ProTextToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Format of the output image
             * @default png
             * @example png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /**
             * @description A text description of the image you want to generate (Max length: 3-5000 characters)
             * @example A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of "commercial attributes + aesthetic design." Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.
             */
            prompt: string;
            /**
             * @description Basic outputs 1K images, while High outputs 2K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high";
        };
        Seedream5ProTextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream5ProTextToImageInput"];
            /**
             * @description Must be `seedream/5-pro-text-to-image`.
             * @example seedream/5-pro-text-to-image
             * @enum {string}
             */
            model: "seedream/5-pro-text-to-image";
        };
        /** @description Input parameters for the generation task */
        Seedream45EditInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"
             *     ]
             */
            image_urls: string[];
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description A text description of the image you want to generate (Max length: 3000 characters)
             * @example Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.
             */
            prompt: string;
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high";
        };
        Seedream45EditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream45EditInput"];
            /**
             * @description Must be `seedream/4.5-edit`.
             * @example seedream/4.5-edit
             * @enum {string}
             */
            model: "seedream/4.5-edit";
        };
        /** @description Input parameters for the generation task */
        Seedream45TextToImageInput: {
            /**
             * @description Width-height ratio of the image, determining its visual form.
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "2:3" | "3:2" | "21:9";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description A text description of the image you want to generate (Max length: 3000 characters)
             * @example A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of "commercial attributes + aesthetic design." Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.
             */
            prompt: string;
            /**
             * @description Basic outputs 2K images, while High outputs 4K images.
             * @default basic
             * @example basic
             * @enum {string}
             */
            quality: "basic" | "high";
        };
        Seedream45TextToImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Seedream45TextToImageInput"];
            /**
             * @description Must be `seedream/4.5-text-to-image`.
             * @example seedream/4.5-text-to-image
             * @enum {string}
             */
            model: "seedream/4.5-text-to-image";
        };
        StreamUploadRequest: {
            /** Format: binary */
            file: string;
            fileName?: string;
            uploadPath: components["schemas"]["UploadPath"];
        };
        TaskCallback: {
            code: components["schemas"]["EnvelopeCode"];
            data: components["schemas"]["TaskCallbackData"];
            /** @example Playground task completed successfully. */
            msg?: string;
            /** @description Top-level task id (webhook-verification page). */
            taskId?: string;
        };
        /** @description The task record at completion, with credit figures. The task id is `taskId` on market pages and `task_id` on the webhook-verification page. */
        TaskCallbackData: {
            /** @description Event kind, e.g. task_completed (webhook-verification page). */
            callbackType?: string;
            completeTime?: number | null;
            /** @description Credits charged for the task (0 on failure). */
            consumeCredits?: number;
            costTime?: number | null;
            createTime?: number;
            failCode?: string | null;
            failMsg?: string | null;
            model?: string;
            /** @description The complete createTask request as a JSON string. */
            param?: string;
            /** @description Account credits left after the task. */
            remainedCredits?: number;
            /** @description JSON string with `resultUrls` on success; absent on failure. */
            resultJson?: string | null;
            state: components["schemas"]["TaskState"];
            /** @description Task ID as the webhook-verification page names it. */
            task_id?: string;
            /** @description Task ID (market model pages). */
            taskId?: string;
            updateTime?: number | null;
        };
        TaskRecord: {
            /** @description Completion time, Unix milliseconds. */
            completeTime?: number | null;
            /** @description Processing time. The docs say milliseconds; live data and callback examples fit seconds (x-kie-unit-observed). */
            costTime?: number | null;
            /** @description Creation time, Unix milliseconds. */
            createTime?: number;
            /** @description Failure code when state is fail; null or empty otherwise. */
            failCode?: string | null;
            /** @description Failure message when state is fail. */
            failMsg?: string | null;
            /**
             * @description Model id used
             * @example hailuo/02-image-to-video-standard
             */
            model: string;
            /** @description The complete createTask request as a JSON string. Observed live: `input` inside it may itself be a JSON string. */
            param?: string;
            /** @description Generation progress, only returned for sora2 / sora2 pro. */
            progress?: number;
            /** @description JSON string, set on success: `{resultUrls: []}` for image/video/audio, `{resultObject: {}}` for text. Empty string or null while pending. */
            resultJson?: string | null;
            state: components["schemas"]["TaskState"];
            /**
             * @description Task ID
             * @example 281e5b0e1f0e4b2f9e6c3d0a8b7f39b9
             */
            taskId: string;
            /** @description Last update, Unix milliseconds. Absent in some live responses. */
            updateTime?: number | null;
        };
        /**
         * @description waiting: queued, waiting to be processed; queuing: in the processing queue; generating: being processed; success: completed (read resultJson); fail: failed (read failCode, failMsg). Clients treat any other value as still pending.
         * @example success
         * @enum {string}
         */
        TaskState: "waiting" | "queuing" | "generating" | "success" | "fail";
        /** @description Input parameters for the generation task */
        TopazImageUpscaleInput: {
            /**
             * @description Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png
             */
            image_url: string;
            /**
             * @description Factor to upscale the video by (e.g. 2.0 doubles width and height)
             * @default 2
             * @example 2
             * @enum {string}
             */
            upscale_factor: "1" | "2" | "4";
        };
        TopazImageUpscaleRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["TopazImageUpscaleInput"];
            /**
             * @description Must be `topaz/image-upscale`.
             * @example topaz/image-upscale
             * @enum {string}
             */
            model: "topaz/image-upscale";
        };
        /** @description Input parameters for the generation task */
        TopazVideoUpscaleInput: {
            /**
             * @description Factor to upscale the video by (e.g. 2.0 doubles width and height)
             * @default 2
             * @example 2
             * @enum {string}
             */
            upscale_factor?: "1" | "2" | "4";
            /**
             * @description URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4
             */
            video_url: string;
        };
        TopazVideoUpscaleRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["TopazVideoUpscaleInput"];
            /**
             * @description Must be `topaz/video-upscale`.
             * @example topaz/video-upscale
             * @enum {string}
             */
            model: "topaz/video-upscale";
        };
        UploadedFile: {
            /**
             * @description Use this URL as a model input. Expires with the file (3 days).
             * @example https://tempfile.redpandaai.co/kieai/183531/images/user-uploads/pixel.png
             */
            downloadUrl: string;
            /** @example pixel.png */
            fileName?: string;
            /** @example kieai/183531/images/user-uploads/pixel.png */
            filePath?: string;
            /** @example 68 */
            fileSize?: number;
            /** @example image/png */
            mimeType?: string;
            success?: boolean;
            /** @example 2026-03-26T10:00:00.000Z */
            uploadedAt?: string;
        };
        UploadError: {
            code: number;
            msg?: string;
            /** @example false */
            success?: boolean;
        };
        /**
         * @description Folder to store the file in, without leading or trailing slashes.
         * @example images/user-uploads
         */
        UploadPath: string;
        UploadResponse: {
            code: number;
            data?: components["schemas"]["UploadedFile"];
            msg?: string;
            success?: boolean;
        };
        UrlUploadRequest: {
            fileName?: string;
            /**
             * Format: uri
             * @description http(s) URL to download the file from.
             */
            fileUrl: string;
            uploadPath: components["schemas"]["UploadPath"];
        };
        Veo31Input: {
            /**
             * @description Video aspect ratio. Specifies the dimension ratio of the generated video. Available options: - 16:9: Landscape video format. - 9:16: Portrait video format, suit…
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "Auto";
            /**
             * @description The duration of the generated video, in seconds. Optional values are 4, 6, 8. **Important Note**: - The REFERENCE_2_VIDEO mode currently only supports a duratio…
             * @default 8
             * @enum {integer}
             */
            duration?: 4 | 6 | 8;
            /**
             * @description Deprecated Enable fallback functionality. When set to true, if the official Veo3.1 video generation service is unavailable or encounters exceptions, the system…
             * @default false
             */
            enable_fallback?: boolean;
            /**
             * @description Enable prompt translation to English. When set to true, the system will automatically translate prompts to English before video generation for better generation…
             * @default false
             */
            enable_translation?: boolean;
            /**
             * @description Video generation mode (optional). Specifies different video generation approaches: - **TEXT_2_VIDEO**: Text-to-video - Generate videos using only text prompts -…
             * @enum {string}
             */
            generation_type?: "TEXT_2_VIDEO" | "FIRST_AND_LAST_FRAMES_2_VIDEO" | "REFERENCE_2_VIDEO";
            /** @description Image URL list (used in image-to-video mode). Supports 1 or 2 images: - **1 image**: The generated video will unfold around this image, with the image content p… */
            image_urls?: string[];
            /** @description Text prompt describing the desired video content. Required for all generation modes. - Should be detailed and specific in describing video content - Can include… */
            prompt: string;
            /**
             * @description Controls the pixel dimensions of the generated image. Higher resolution results in greater clarity and detail, while lower resolution allows for faster generati…
             * @default 720p
             * @enum {string}
             */
            resolution?: "720p" | "1080p" | "4k";
            /** @description Watermark text. - Optional parameter - If provided, a watermark will be added to the generated video */
            watermark?: string;
        };
        Veo31Request: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Veo31Input"];
            /**
             * @description Must be `veo-3-1`.
             * @example veo-3-1
             * @enum {string}
             */
            model: "veo-3-1";
        };
        VeoExtendInput: {
            /** @description A text prompt describing the content of the extended video. It should detail how you want the video to be extended, including actions, scene changes, styles, et… */
            prompt: string;
            /** @description A random seed parameter that controls the randomness of the generated content. Range: 10000-99999. The same seed will generate similar video content, while diff… */
            seeds?: number;
            /** @description The task ID of the original video generation. Must be a valid task ID returned by the video generation API. Note: Videos generated in 1080P cannot be extended. */
            task_id: string;
            /** @description Watermark text (optional). If provided, a watermark will be added to the generated video. */
            watermark?: string;
        };
        VeoExtendRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["VeoExtendInput"];
            /**
             * @description Must be `veo/extend`.
             * @example veo/extend
             * @enum {string}
             */
            model: "veo/extend";
        };
        VeoGet4kVideoInput: {
            /**
             * @description video index
             * @default 0
             */
            index?: number;
            /** @description Task ID */
            task_id: string;
        };
        VeoGet4kVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["VeoGet4kVideoInput"];
            /**
             * @description Must be `veo/get-4k-video`.
             * @example veo/get-4k-video
             * @enum {string}
             */
            model: "veo/get-4k-video";
        };
        VeoGet1080pVideoInput: {
            /** @description video index */
            index?: string;
            /** @description taskId */
            taskId: string;
        };
        VeoGet1080pVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["VeoGet1080pVideoInput"];
            /**
             * @description Must be `veo/get-1080p-video`.
             * @example veo/get-1080p-video
             * @enum {string}
             */
            model: "veo/get-1080p-video";
        };
        /** @description Input parameters for the video-to-video lip sync task. */
        VolcengineVideoToVideoLipSyncInput: {
            /**
             * @description Supported in Lite mode. Whether to loop the video when the audio is longer than the video. Default value: `true`.
             * @default true
             */
            align_audio?: boolean;
            /**
             * @description Supported in Lite mode. Whether to loop the video in reverse (backward). Requires `align_audio` to be set to `true`. Default value: `false`.
             * @default false
             */
            align_audio_reverse?: boolean;
            /**
             * Format: uri
             * @description Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB.
             */
            audio_url: string;
            /**
             * @description Service mode for lip-sync generation.
             *     - `lite`: For single-person frontal videos. Faster processing.
             *     - `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification.
             * @enum {string}
             */
            mode: "lite" | "basic";
            /**
             * @description Whether to enable scene segmentation and speaker identification. Supported only in Basic mode. Default value: `false`.
             * @default false
             */
            open_scenedet?: boolean;
            /**
             * @description Enable vocal separation to suppress background noise. Default value: `false`.
             * @default false
             */
            separate_vocal?: boolean;
            /**
             * @description Supported in Lite mode. Start time of the template video, in seconds. Default value: `0`.
             * @default 0
             */
            templ_start_seconds?: number;
            /**
             * Format: uri
             * @description Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps.
             */
            video_url: string;
        };
        VolcengineVideoToVideoLipSyncRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["VolcengineVideoToVideoLipSyncInput"];
            /**
             * @description Must be `volcengine/video-to-video-lip-sync`.
             * @example volcengine/video-to-video-lip-sync
             * @enum {string}
             */
            model: "volcengine/video-to-video-lip-sync";
        };
        /** @description Input parameters for the generation task */
        Wan22A14bImageToVideoTurboInput: {
            /**
             * @description Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular";
            /**
             * @description Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
             * @example false
             */
            enable_prompt_expansion?: boolean;
            /**
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt to guide video generation. (Max length: 5000 characters)
             * @example Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.
             */
            prompt: string;
            /**
             * @description Resolution of the generated video (480p or 720p). Default value: "720p"
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1)
             * @default 0
             * @example 0
             */
            seed?: number;
        };
        Wan22A14bImageToVideoTurboRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bImageToVideoTurboInput"];
            /**
             * @description Must be `wan/2-2-a14b-image-to-video-turbo`.
             * @example wan/2-2-a14b-image-to-video-turbo
             * @enum {string}
             */
            model: "wan/2-2-a14b-image-to-video-turbo";
        };
        /** @description Input parameters for the generation task */
        Wan22A14bSpeechToVideoTurboInput: {
            /**
             * @description The URL of the audio file (File URL after upload, not file content; Accepted types: audio/mp3, audio/wav, audio/ogg, audio/m4a, audio/flac, audio/aac, audio/x-ms-wma, audio/mpeg; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17567977044127d1emlmc.mp3
             */
            audio_url: string;
            /**
             * @description Frames per second of the generated video. Must be between 4 to 60. When using interpolation and adjust_fps_for_interpolation is set to true (default true,) the final FPS will be multiplied by the number of interpolated frames plus one. For example, if the generated frames per second is 16 and the number of interpolated frames is 1, the final frames per second will be 32. If adjust_fps_for_interpolation is set to false, this value will be used as-is (Min: 4, Max: 60, Step: 1)
             * @default 16
             * @example 16
             */
            frames_per_second?: number;
            /**
             * @description Classifier-free guidance scale. Higher values give better adherence to the prompt but may decrease quality (Min: 1, Max: 10, Step: 0.1)
             * @default 3.5
             * @example 3.5
             */
            guidance_scale?: number;
            /**
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1756797663082u4pjmcrq.png
             */
            image_url: string;
            /**
             * @description Negative prompt for video generation (Max length: 500 characters)
             * @example
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Number of frames to generate. Must be between 40 to 120, (must be multiple of 4) (Min: 40, Max: 120, Step: 4)
             * @default 80
             * @example 80
             */
            num_frames?: number;
            /**
             * @description Number of inference steps for sampling. Higher values give better quality but take longer (Min: 2, Max: 40, Step: 1)
             * @default 27
             * @example 27
             */
            num_inference_steps?: number;
            /**
             * @description The text prompt used for video generation (Max length: 5000 characters)
             * @example The lady is talking
             */
            prompt: string;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p)
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /** @description Random seed for reproducibility. If None, a random seed is chosen */
            seed?: number;
            /**
             * @description Shift value for the video. Must be between 1.0 and 10.0 (Min: 1, Max: 10, Step: 0.1)
             * @default 5
             * @example 5
             */
            shift?: number;
        };
        Wan22A14bSpeechToVideoTurboRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bSpeechToVideoTurboInput"];
            /**
             * @description Must be `wan/2-2-a14b-speech-to-video-turbo`.
             * @example wan/2-2-a14b-speech-to-video-turbo
             * @enum {string}
             */
            model: "wan/2-2-a14b-speech-to-video-turbo";
        };
        /** @description Input parameters for the generation task */
        Wan22A14bTextToVideoTurboInput: {
            /**
             * @description Acceleration level to use. The more acceleration, the faster the generation, but with lower quality. The recommended value is 'none'. Default value: "none"
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular";
            /**
             * @description Aspect ratio of the generated video (16:9 or 9:16). Default value: "16:9"
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16";
            /**
             * @description Whether to enable prompt expansion. This will use a large language model to expand the prompt with additional details while maintaining the original meaning. (Boolean value (true/false))
             * @example false
             */
            enable_prompt_expansion?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt to guide video generation. (Max length: 5000 characters)
             * @example Drone shot, fast traversal, starting inside a cracked, frosty circular pipe. The camera bursts upward through the pipe to reveal a vast polar landscape bathed in golden sunrise light. Workers in orange suits operate steaming machinery. The camera tilts up, revealing the scene from the perspective of a rising hot air balloon. It continues ascending into a glowing sky, the balloon trailing steam and displaying the letters "KIE AI" as it rises into breathtaking polar majesty.
             */
            prompt: string;
            /**
             * @description Resolution of the generated video (480p or 720p). Default value: "720p"
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            /**
             * @description Random seed for reproducibility. If None, a random seed is chosen. (Min: 0, Max: 2147483647, Step: 1)
             * @default 0
             * @example 0
             */
            seed?: number;
        };
        Wan22A14bTextToVideoTurboRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22A14bTextToVideoTurboInput"];
            /**
             * @description Must be `wan/2-2-a14b-text-to-video-turbo`.
             * @example wan/2-2-a14b-text-to-video-turbo
             * @enum {string}
             */
            model: "wan/2-2-a14b-text-to-video-turbo";
        };
        /** @description Input parameters for the generation task */
        Wan22AnimateMoveInput: {
            /**
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p).
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /**
             * @description URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4
             */
            video_url: string;
        };
        Wan22AnimateMoveRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22AnimateMoveInput"];
            /**
             * @description Must be `wan/2-2-animate-move`.
             * @example wan/2-2-animate-move
             * @enum {string}
             */
            model: "wan/2-2-animate-move";
        };
        /** @description Input parameters for the generation task */
        Wan22AnimateReplaceInput: {
            /**
             * @description URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17586199255323tks43kq.png
             */
            image_url: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Resolution of the generated video (480p, 580p, or 720p).
             * @default 480p
             * @example 480p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /**
             * @description URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17586199429271xscyd5d.mp4
             */
            video_url: string;
        };
        Wan22AnimateReplaceRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan22AnimateReplaceInput"];
            /**
             * @description Must be `wan/2-2-animate-replace`.
             * @example wan/2-2-animate-replace
             * @enum {string}
             */
            model: "wan/2-2-animate-replace";
        };
        /** @description Input parameters for the image-to-video task. */
        Wan25ImageToVideoInput: {
            /**
             * @description The duration of the generated video in seconds.
             *
             *     - `5`: 5 seconds
             *     - `10`: 10 seconds
             * @example 5
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description Whether to enable prompt rewriting using LLM.
             *
             *     - Boolean value: `true` / `false`
             * @example true
             */
            enable_prompt_expansion?: boolean;
            /**
             * Format: uri
             * @description URL of the image to use as the first frame. Must be publicly accessible.
             *
             *     - Please provide the URL of the uploaded file, not raw file content
             *     - Accepted types: `image/jpeg`, `image/png`, `image/webp`
             *     - Max size: 10.0MB
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1758796480945qb63zxq8.webp
             */
            image_url: string;
            /** @description Negative prompt used to describe content to avoid. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt describing the desired video motion. Maximum length: 800 characters.
             * @example The same woman from the reference image looks directly into the camera, takes a breath, then smiles brightly and speaks with enthusiasm: "Have you heard? Alibaba Wan 2.5 API is now available on Kie.ai!" Ambient audio: quiet indoor atmosphere, soft natural room tone. Camera: medium close-up, steady framing, natural daylight mood, accurate lip-sync with dialogue.
             */
            prompt: string;
            /**
             * @description Video resolution. Valid values: `720p`, `1080p`.
             * @example 1080p
             * @enum {string}
             */
            resolution: "720p" | "1080p";
            /** @description Random seed for reproducibility. If omitted, a random seed is chosen. */
            seed?: number;
        };
        Wan25ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan25ImageToVideoInput"];
            /**
             * @description Must be `wan/2-5-image-to-video`.
             * @example wan/2-5-image-to-video
             * @enum {string}
             */
            model: "wan/2-5-image-to-video";
        };
        /** @description Input parameters for the text-to-video task. */
        Wan25TextToVideoInput: {
            /**
             * @description The aspect ratio of the generated video.
             *
             *     - `16:9`: Landscape
             *     - `9:16`: Portrait
             *     - `1:1`: Square
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description The duration of the generated video in seconds.
             *
             *     - `5`: 5 seconds
             *     - `10`: 10 seconds
             * @example 5
             * @enum {string}
             */
            duration: "5" | "10";
            /**
             * @description Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time.
             *
             *     - Boolean value: `true` / `false`
             * @example true
             */
            enable_prompt_expansion?: boolean;
            /** @description Negative prompt used to describe content to avoid. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.
             * @example A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.
             */
            prompt: string;
            /**
             * @description Video resolution tier.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution: "720p" | "1080p";
            /** @description Random seed for reproducibility. If omitted, a random seed is chosen. */
            seed?: number;
        };
        Wan25TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan25TextToVideoInput"];
            /**
             * @description Must be `wan/2-5-text-to-video`.
             * @example wan/2-5-text-to-video
             * @enum {string}
             */
            model: "wan/2-5-text-to-video";
        };
        /** @description Input parameters for the generation task */
        Wan26FlashImageToVideoInput: {
            /**
             * @description Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
             * @example false
             */
            audio: boolean;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example []
             */
            image_urls: string[];
            /**
             * @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
             * @example false
             */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
             * @example Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.
             */
            prompt: string;
            /**
             * @description Video resolution tier
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Wan26FlashImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26FlashImageToVideoInput"];
            /**
             * @description Must be `wan/2-6-flash-image-to-video`.
             * @example wan/2-6-flash-image-to-video
             * @enum {string}
             */
            model: "wan/2-6-flash-image-to-video";
        };
        /** @description Input parameters for the generation task */
        Wan26FlashVideoToVideoInput: {
            /** @description Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false)) */
            audio?: boolean;
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
             * @example false
             */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
             * @example The video drinks milk tea while doing some improvised dance moves to the music.
             */
            prompt: string;
            /**
             * @description Video resolution tier
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             * @example []
             */
            video_urls: string[];
        };
        Wan26FlashVideoToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26FlashVideoToVideoInput"];
            /**
             * @description Must be `wan/2-6-flash-video-to-video`.
             * @example wan/2-6-flash-video-to-video
             * @enum {string}
             */
            model: "wan/2-6-flash-video-to-video";
        };
        /** @description Input parameters for the generation task */
        Wan26ImageToVideoInput: {
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB),All images must be at least 256x256px.
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1765957673717_awiBAidD.webp"
             *     ]
             */
            image_urls: string[];
            /**
             * @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
             * @default false
             */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
             * @example Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.
             */
            prompt: string;
            /**
             * @description Video resolution tier
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Wan26ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26ImageToVideoInput"];
            /**
             * @description Must be `wan/2-6-image-to-video`.
             * @example wan/2-6-image-to-video
             * @enum {string}
             */
            model: "wan/2-6-image-to-video";
        };
        /** @description Input parameters for the generation task */
        Wan26TextToVideoInput: {
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10" | "15";
            /**
             * @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
             * @default false
             */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
             * @example In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.
             */
            prompt: string;
            /**
             * @description Video resolution tier
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        Wan26TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26TextToVideoInput"];
            /**
             * @description Must be `wan/2-6-text-to-video`.
             * @example wan/2-6-text-to-video
             * @enum {string}
             */
            model: "wan/2-6-text-to-video";
        };
        /** @description Input parameters for the generation task */
        Wan26VideoToVideoInput: {
            /**
             * @description The duration of the generated video in seconds
             * @default 5
             * @example 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /**
             * @description The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
             * @default false
             */
            multi_shots?: boolean;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
             * @example The video drinks milk tea while doing some improvised dance moves to the music.
             */
            prompt: string;
            /**
             * @description Video resolution tier
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description The URL of the image used to generate video (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1765957777782_cNJpvhRx.mp4"
             *     ]
             */
            video_urls: string[];
        };
        Wan26VideoToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan26VideoToVideoInput"];
            /**
             * @description Must be `wan/2-6-video-to-video`.
             * @example wan/2-6-video-to-video
             * @enum {string}
             */
            model: "wan/2-6-video-to-video";
        };
        /**
         * @description Input parameters for the generation task
         * @example {
         *       "prompt": "Transform the food photo by replacing the marked ingredients with sliced red chili pieces in the corresponding positions, while keeping the same bowl, composition, steam, lighting, camera angle, background, texture, and overall realism.",
         *       "input_urls": [
         *         "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
         *       ],
         *       "n": 4,
         *       "enable_sequential": false,
         *       "resolution": "2K",
         *       "thinking_mode": false,
         *       "watermark": false,
         *       "seed": 0,
         *       "bbox_list": [
         *         []
         *       ]
         *     }
         */
        Wan27ImageInput: {
            /**
             * @description (Optional) Output aspect ratio when no image input is provided.
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /**
             * @description (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.
             * @example [
             *       []
             *     ]
             */
            bbox_list?: number[][][];
            /** @description (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended. */
            color_palette?: {
                /**
                 * @description HEX color value.
                 * @example #C2D1E6
                 */
                hex: string;
                /**
                 * @description Color proportion, format must be xx.xx%.
                 * @example 23.51%
                 */
                ratio: string;
            }[];
            /**
             * @description Whether to enable sequential/group image mode. Default is false.
             * @default false
             * @example false
             */
            enable_sequential?: boolean;
            /**
             * @description (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
             *     ]
             */
            input_urls?: string[];
            /**
             * @description Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).
             * @example 4
             */
            n?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.
             * @example Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism.
             */
            prompt: string;
            /**
             * @description Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.
             * @default 2K
             * @example 2K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Random seed, range 0-2147483647.
             * @default 0
             * @example 0
             */
            seed?: number;
            /**
             * @description Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
             * @default false
             * @example false
             */
            thinking_mode?: boolean;
            /**
             * @description Whether to add watermark.
             * @default false
             * @example false
             */
            watermark?: boolean;
        };
        /**
         * @description Input parameters for the generation task
         * @example {
         *       "prompt": "Transform the food photo by replacing the marked ingredients with sliced red chili pieces in the corresponding positions, while keeping the same bowl, composition, steam, lighting, camera angle, background, texture, and overall realism.",
         *       "input_urls": [
         *         "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
         *       ],
         *       "n": 4,
         *       "enable_sequential": false,
         *       "resolution": "2K",
         *       "thinking_mode": false,
         *       "watermark": false,
         *       "seed": 0,
         *       "bbox_list": [
         *         []
         *       ]
         *     }
         */
        Wan27ImageProInput: {
            /**
             * @description (Optional) Output aspect ratio when no image input is provided.
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio?: "1:1" | "16:9" | "4:3" | "21:9" | "3:4" | "9:16" | "8:1" | "1:8";
            /**
             * @description (Optional) Interactive editing bounding box areas. The outer list length should match `input_urls`; maximum 2 boxes per image; single box format is `[x1, y1, x2, y2]`.
             * @example [
             *       []
             *     ]
             */
            bbox_list?: number[][][];
            /** @description (Optional) Custom color theme. Only available when `enable_sequential=false`. Requires 3-10 colors, 8 recommended. */
            color_palette?: {
                /**
                 * @description HEX color value.
                 * @example #C2D1E6
                 */
                hex: string;
                /**
                 * @description Color proportion, format must be xx.xx%.
                 * @example 23.51%
                 */
                ratio: string;
            }[];
            /**
             * @description Whether to enable sequential/group image mode. Default is false.
             * @default false
             * @example false
             */
            enable_sequential?: boolean;
            /**
             * @description (Optional) Array of input image URLs. The current project uses `input_urls` as a wrapper field.
             * @example [
             *       "https://static.aiquickdraw.com/tools/example/1775122744247_eSHwJX1k.jpg"
             *     ]
             */
            input_urls?: string[];
            /**
             * @description Number of images to generate. Range is 1-4 when `enable_sequential=false` (default: 4); range is 1-12 when `enable_sequential=true` (default: 12).
             * @example 4
             */
            n?: number;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Prompt for image generation or editing. This field supports both Chinese and English, with a maximum length of 5000 characters as per Alibaba Cloud documentation.
             * @example Transform the food photo by replacing the marked ingredients with sliced red chili pieces while preserving the bowl, lighting, steam, camera angle, and overall realism.
             */
            prompt: string;
            /**
             * @description Output resolution. The current project uses `resolution` as a wrapper field corresponding to the underlying resolution parameter.(4K generation is available only for text-to-image in Standard Mode)
             * @default 2K
             * @example 2K
             * @enum {string}
             */
            resolution?: "1K" | "2K" | "4K";
            /**
             * @description Random seed, range 0-2147483647.
             * @default 0
             * @example 0
             */
            seed?: number;
            /**
             * @description Whether to enable thinking mode. Only available when `enable_sequential=false` and `input_urls` is empty; the frontend will automatically disable it in other cases.
             * @default false
             * @example false
             */
            thinking_mode?: boolean;
            /**
             * @description Whether to add watermark.
             * @default false
             * @example false
             */
            watermark?: boolean;
        };
        Wan27ImageProRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageProInput"];
            /**
             * @description Must be `wan/2-7-image-pro`.
             * @example wan/2-7-image-pro
             * @enum {string}
             */
            model: "wan/2-7-image-pro";
        };
        Wan27ImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageInput"];
            /**
             * @description Must be `wan/2-7-image`.
             * @example wan/2-7-image
             * @enum {string}
             */
            model: "wan/2-7-image";
        };
        /** @description Input parameters for the image-to-video task. */
        Wan27ImageToVideoInput: {
            /**
             * Format: uri
             * @description Driving audio URL.
             */
            driving_audio_url?: string;
            /**
             * @description Total output video duration in seconds.
             *
             *     - Minimum: `2`
             *     - Maximum: `15`
             *     - Default: `5`
             * @default 5
             */
            duration?: number;
            /**
             * Format: uri
             * @description First clip video URL, used for video continuation.
             */
            first_clip_url?: string;
            /**
             * Format: uri
             * @description First frame image URL.
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description Last frame image URL.
             */
            last_frame_url?: string;
            /** @description Negative prompt. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /** @description Positive prompt. Maximum length: 5000 characters. */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default value: `true`.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Video resolution.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed.
             *
             *     - Minimum: `0`
             *     - Maximum: `2147483647`
             */
            seed?: number;
            /**
             * @description Whether to add an AI-generated watermark. Default value: `false`.
             * @default false
             */
            watermark?: boolean;
        };
        Wan27ImageToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27ImageToVideoInput"];
            /**
             * @description Must be `wan/2-7-image-to-video`.
             * @example wan/2-7-image-to-video
             * @enum {string}
             */
            model: "wan/2-7-image-to-video";
        };
        /** @description Input parameters for the reference-to-video task. */
        Wan27R2vInput: {
            /**
             * @description Output video aspect ratio.
             *
             *     Effective logic:
             *     - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio`
             *     - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image
             * @default 16:9
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
             * @default 5
             * @example 5
             */
            duration?: number;
            /**
             * Format: uri
             * @description First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.
             * @example https://example.com/demo/first-frame.png
             */
            first_frame?: string;
            /**
             * @description Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
             * @example low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
             * @example Image 1 is eating, while video 1 and image 2 are singing beside it.
             */
            prompt: string;
            /**
             * @description Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * @description Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
             * @example [
             *       "https://example.com/demo/ref-image-1.png",
             *       "https://example.com/demo/ref-image-2.png"
             *     ]
             */
            reference_image?: string[];
            /**
             * @description Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
             * @example [
             *       "https://example.com/demo/ref-video-1.mp4"
             *     ]
             */
            reference_video?: string[];
            /**
             * Format: uri
             * @description Audio URL used to specify the voice timbre of the subject in the reference material.
             *
             *     Rules:
             *     - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default
             *     - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority
             *
             *     Audio limits:
             *     - Formats: `wav`, `mp3`
             *     - Duration: `1` to `10` seconds
             *     - File size: up to `15MB`
             * @example https://example.com/demo/reference-voice.mp3
             */
            reference_voice?: string;
            /**
             * @description Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
             * @example 0
             */
            seed?: number;
            /**
             * @description Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
             * @default false
             * @example false
             */
            watermark?: boolean;
        };
        Wan27R2vRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27R2vInput"];
            /**
             * @description Must be `wan/2-7-r2v`.
             * @example wan/2-7-r2v
             * @enum {string}
             */
            model: "wan/2-7-r2v";
        };
        /** @description Input parameters for the text-to-video task. */
        Wan27TextToVideoInput: {
            /**
             * Format: uri
             * @description Optional custom audio URL.
             */
            audio_url?: string;
            /**
             * @description Video duration in seconds.
             *
             *     - Minimum: `2`
             *     - Maximum: `15`
             *     - Default: `5`
             * @default 5
             */
            duration?: number;
            /** @description Negative prompt. Maximum length: 500 characters. */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /** @description Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters. */
            prompt: string;
            /**
             * @description Whether to enable intelligent prompt rewriting. Default value: `true`.
             * @default true
             */
            prompt_extend?: boolean;
            /**
             * @description Video aspect ratio.
             *
             *     - `16:9`: Landscape
             *     - `9:16`: Portrait
             *     - `1:1`: Square
             *     - `4:3`: Landscape 4:3
             *     - `3:4`: Portrait 3:4
             * @default 16:9
             * @enum {string}
             */
            ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Video resolution.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed.
             *
             *     - Minimum: `0`
             *     - Maximum: `2147483647`
             */
            seed?: number;
            /**
             * @description Whether to add an AI-generated watermark. Default value: `false`.
             * @default false
             */
            watermark?: boolean;
        };
        Wan27TextToVideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27TextToVideoInput"];
            /**
             * @description Must be `wan/2-7-text-to-video`.
             * @example wan/2-7-text-to-video
             * @enum {string}
             */
            model: "wan/2-7-text-to-video";
        };
        /** @description Input parameters for the video editing task. */
        Wan27VideoeditInput: {
            /**
             * @description Output video aspect ratio.
             *
             *     - If omitted: the output uses an aspect ratio close to the input video
             *     - If provided: the output uses the specified aspect ratio
             *     - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`
             * @example 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4";
            /**
             * @description Video audio setting.
             *
             *     - `auto`: default, the model decides whether to regenerate audio based on the `prompt`
             *     - `origin`: force keeping the original input video audio
             * @default auto
             * @example auto
             * @enum {string}
             */
            audio_setting?: "auto" | "origin";
            /**
             * @description Output video duration in seconds.
             *
             *     - Default `0` means using the full input video duration without truncation
             *     - If a value is provided, the output is clipped from second `0` to the specified length
             *     - Valid values are `0` or any integer in `[2,10]`
             * @default 0
             * @example 0
             */
            duration?: number;
            /**
             * @description Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
             * @example low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions
             */
            negative_prompt?: string;
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
             * @example Change the character's outfit and add the hat shown in the reference image.
             */
            prompt?: string;
            /**
             * @description Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
             * @default true
             * @example true
             */
            prompt_extend?: boolean;
            /**
             * Format: uri
             * @description Optional reference image URL for character, clothing, or style guidance.
             *
             *     - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP`
             *     - Resolution: width and height range `[240,8000]` pixels
             *     - Aspect ratio: `1:8` to `8:1`
             *     - Supports public `http/https` URLs or temporary `oss` URLs
             * @example https://example.com/demo/reference.png
             */
            reference_image?: string;
            /**
             * @description Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`.
             *
             *     - `720p`: 720p
             *     - `1080p`: 1080p
             * @default 1080p
             * @example 1080p
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
            /**
             * @description Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
             * @example 0
             */
            seed?: number;
            /**
             * Format: uri
             * @description URL of the source video to edit. Required. Only one video is supported.
             *
             *     - Formats: `mp4`, `mov`
             *     - Duration: `2` to `10` seconds
             *     - Resolution: width and height range `[240,4096]` pixels
             *     - Aspect ratio: `1:8` to `8:1`
             *     - File size: up to `100MB`
             *     - Supports public `http/https` URLs or temporary `oss` URLs
             * @example https://example.com/demo/video.mp4
             */
            video_url: string;
            /**
             * @description Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
             * @default false
             * @example false
             */
            watermark?: boolean;
        };
        Wan27VideoeditRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan27VideoeditInput"];
            /**
             * @description Must be `wan/2-7-videoedit`.
             * @example wan/2-7-videoedit
             * @enum {string}
             */
            model: "wan/2-7-videoedit";
        };
        Wan30VideoInput: {
            /**
             * @description Output aspect ratio. `adaptive` (default) automatically selects the ratio based on the input media and intent.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "adaptive" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Whether the output video includes an audio track. Default: true.
             * @default true
             */
            audio?: boolean;
            /**
             * @description Output video duration in seconds. Default: 5. Without video input, the range is [2, 30]. With reference videos: input video duration + output duration ≤ 30. Pas…
             * @default 5
             */
            duration?: number;
            /**
             * Format: uri
             * @description URL of the first-frame image. Up to 1 image, used strictly as the first frame of the video. Used for first-frame-to-video / first-and-last-frame-to-video genera…
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description URL of the first-frame image. Up to 1 image, used strictly as the first frame of the video. Used for first-frame-to-video / first-and-last-frame-to-video genera…
             */
            last_frame_url?: string;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned direct… */
            nsfw_checker?: boolean;
            /** @description Text prompt, supporting both Chinese and English. Up to 20,000 characters; excess characters will be truncated automatically. Required for text-to-video generat… */
            prompt?: string;
            /** @description Reference audio for the all-purpose reference mode, with up to 5 clips. Each clip must be 1–15 seconds, with a total duration ≤ 15 seconds. Correspond to Audio1… */
            reference_audio_urls?: Record<string, never>[];
            /** @description File-to-video generation. Up to 1 file. Cannot be provided together with `reference_link_urls`, or with the first-frame/last-frame parameters. Formats: docx/doc… */
            reference_file_urls?: Record<string, never>[];
            /** @description Reference images for the all-purpose reference mode, with up to 10 images. Correspond to Image1, Image2, … in the prompt according to array order. Specification… */
            reference_image_urls?: Record<string, never>[];
            /** @description Link-to-video generation. Up to 1 publicly accessible webpage that does not require login. Cannot be provided together with `reference_file_urls`, or with the f… */
            reference_link_urls?: Record<string, never>[];
            /** @description Reference videos for the all-purpose reference mode, with up to 5 clips. Each clip must be 1–15 seconds, with a total duration ≤ 15 seconds. Correspond to Video… */
            reference_video_urls?: Record<string, never>[];
            /**
             * @description Output resolution. Default: **1080P**.
             * @default 1080P
             * @enum {string}
             */
            resolution?: "480P" | "720P" | "1080P";
            /** @description Random seed used to reproduce results. If omitted, a random seed will be used. */
            seed?: number;
        };
        Wan30VideoPrimeInput: {
            /**
             * @description Output aspect ratio. `adaptive` (default) automatically selects the aspect ratio based on the input materials and intent.
             * @default adaptive
             * @enum {string}
             */
            aspect_ratio?: "adaptive" | "16:9" | "4:3" | "1:1" | "3:4" | "9:16";
            /**
             * @description Whether the output video includes an audio track. Default: true.
             * @default true
             */
            audio?: boolean;
            /**
             * @description Output video duration in seconds. Default: 5. When there is no video input, the value must be within [2, 30]. When reference videos are provided: input video du…
             * @default 5
             */
            duration?: number;
            /**
             * Format: uri
             * @description URL of the first-frame image. Up to 1 image, used strictly as the first frame of the video. Used for first-frame-to-video or first-and-last-frame-to-video gener…
             */
            first_frame_url?: string;
            /**
             * Format: uri
             * @description URL of the first-frame image. Up to 1 image, used strictly as the first frame of the video. Used for first-frame-to-video or first-and-last-frame-to-video gener…
             */
            last_frame_url?: string;
            /** @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned direct… */
            nsfw_checker?: boolean;
            /** @description Text prompt. Chinese and English are supported. Up to 20,000 characters; excess characters are truncated automatically. Required for text-to-video; for other mo… */
            prompt?: string;
            /** @description Reference audio files for all-purpose reference mode. Up to 5 audio files. Each file must be 1–15s, with a combined duration of ≤ 15s. Correspond to Audio1, Aud… */
            reference_audio_urls?: Record<string, never>[];
            /** @description File-to-video generation. Up to 1 file. Cannot be provided together with `reference_link_urls`, or with the first-frame/last-frame image. Formats: docx/doc/xlsx… */
            reference_file_urls?: Record<string, never>[];
            /** @description Reference images for all-purpose reference mode. Up to 10 images. Correspond to Image1, Image2, and so on in the prompt according to array order. Same specifica… */
            reference_image_urls?: Record<string, never>[];
            /** @description Link-to-video generation. Up to 1 publicly accessible webpage that does not require login. Cannot be provided together with `reference_file_urls`, or with the f… */
            reference_link_urls?: Record<string, never>[];
            /** @description Reference videos for all-purpose reference mode. Up to 5 videos. Each video must be 1–15s, with a combined duration of ≤ 15s. Correspond to Video1, Video2, and… */
            reference_video_urls?: Record<string, never>[];
            /**
             * @description Output resolution level. Default: **1080P**.
             * @default 1080P
             * @enum {string}
             */
            resolution?: "480P" | "720P" | "1080P";
            /** @description Random seed used to reproduce results. If omitted, a random seed is used. */
            seed?: number;
        };
        Wan30VideoPrimeRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan30VideoPrimeInput"];
            /**
             * @description Must be `wan/3-0-video-prime`.
             * @example wan/3-0-video-prime
             * @enum {string}
             */
            model: "wan/3-0-video-prime";
        };
        Wan30VideoRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["Wan30VideoInput"];
            /**
             * @description Must be `wan/3-0-video`.
             * @example wan/3-0-video
             * @enum {string}
             */
            model: "wan/3-0-video";
        };
        /** @description Input parameters for the generation task */
        ZImageInput: {
            /**
             * @description Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
             * @default 1:1
             * @example 1:1
             * @enum {string}
             */
            aspect_ratio: "1:1" | "4:3" | "3:4" | "16:9" | "9:16";
            /**
             * @description Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself.
             *     Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
             */
            nsfw_checker?: boolean;
            /**
             * @description A text description of the image you want to generate (Max length: 1000 characters)
             * @example Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.
             */
            prompt: string;
        };
        ZImageRequest: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: components["schemas"]["ZImageInput"];
            /**
             * @description Must be `z-image`.
             * @example z-image
             * @enum {string}
             */
            model: "z-image";
        };
    };
    responses: {
        /** @description Bad request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 400,
                 *       "msg": "taskId parameter is required"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The requested feature is disabled */
        FeatureDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 505,
                 *       "msg": "Feature disabled"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Content generation failed */
        GenerationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 501,
                 *       "msg": "Generation failed"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The account does not have enough credits */
        InsufficientCredits: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 402,
                 *       "msg": "Insufficient credits"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Service unavailable: the system is undergoing maintenance */
        Maintenance: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 455,
                 *       "msg": "System maintenance"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The requested resource does not exist */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 404,
                 *       "msg": "Task not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limit exceeded. Rejected requests are not queued. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 429,
                 *       "msg": "Rate limit exceeded"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description An unexpected error occurred */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 500,
                 *       "msg": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Sub-key usage exceeds its limit */
        SubKeyLimit: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 433,
                 *       "msg": "Sub-key usage exceeds limit"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Upstream returned no result in time */
        Timeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 408,
                 *       "msg": "Upstream returned no result in time"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Authentication credentials are missing or invalid */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 401,
                 *       "msg": "You do not have access permissions"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Invalid parameters */
        UploadBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "code": 400,
                 *       "msg": "Missing required parameter: uploadPath"
                 *     }
                 */
                "application/json": components["schemas"]["UploadError"];
            };
        };
        /** @description File uploaded */
        Uploaded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": true,
                 *       "code": 200,
                 *       "msg": "File uploaded successfully",
                 *       "data": {
                 *         "fileName": "pixel.png",
                 *         "filePath": "kieai/183531/images/user-uploads/pixel.png",
                 *         "downloadUrl": "https://tempfile.redpandaai.co/kieai/183531/images/user-uploads/pixel.png",
                 *         "fileSize": 68,
                 *         "mimeType": "image/png",
                 *         "uploadedAt": "2026-03-26T10:00:00.000Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UploadResponse"];
            };
        };
        /** @description Server error */
        UploadServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "code": 500,
                 *       "msg": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["UploadError"];
            };
        };
        /** @description Invalid API key */
        UploadUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "code": 401,
                 *       "msg": "Authentication failed: Invalid API Key"
                 *     }
                 */
                "application/json": components["schemas"]["UploadError"];
            };
        };
        /** @description The request parameters failed validation */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 422,
                 *       "msg": "input.duration must be one of \"6\", \"10\""
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description base64(HMAC-SHA256(taskId + "." + X-Webhook-Timestamp, webhookHmacKey)).
         * @example 3q2+7wYyW1l0m7qk1vJx2y3qYk7fQJm4r8C2Vd9Xh0s=
         */
        WebhookSignature: string;
        /**
         * @description Unix seconds when the callback was sent. Present when a webhook HMAC key is enabled.
         * @example 1755599644
         */
        WebhookTimestamp: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying. Not documented upstream; clients honour it when present. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    uploadFileBase64: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "base64Data": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
                 *       "uploadPath": "images/user-uploads",
                 *       "fileName": "pixel.png"
                 *     }
                 */
                "application/json": components["schemas"]["Base64UploadRequest"];
            };
        };
        responses: {
            200: components["responses"]["Uploaded"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    uploadFileStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StreamUploadRequest"];
            };
        };
        responses: {
            200: components["responses"]["Uploaded"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    uploadFileUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileUrl": "https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp",
                 *       "uploadPath": "images/user-uploads"
                 *     }
                 */
                "application/json": components["schemas"]["UrlUploadRequest"];
            };
        };
        responses: {
            200: components["responses"]["Uploaded"];
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["UploadUnauthorized"];
            500: components["responses"]["UploadServerError"];
        };
    };
    getAccountCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remaining credits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 200,
                     *       "msg": "success",
                     *       "data": 60.62
                     *     }
                     */
                    "application/json": components["schemas"]["CreditsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    getDownloadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://tempfile.aiquickdraw.com/workers/nano/image_1757584438386.png"
                 *     }
                 */
                "application/json": components["schemas"]["DownloadUrlRequest"];
            };
        };
        responses: {
            /** @description Temporary URL, valid for 20 minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 200,
                     *       "msg": "success",
                     *       "data": "https://tempfile.1f6cxnsp.com/download/image_1757584438386.png?expires=1200"
                     *     }
                     */
                    "application/json": components["schemas"]["DownloadUrlResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["4oImageApiRequest"] | components["schemas"]["AiMusicApiAddInstrumentalRequest"] | components["schemas"]["AiMusicApiAddVocalsRequest"] | components["schemas"]["AiMusicApiBoostMusicStyleRequest"] | components["schemas"]["AiMusicApiCheckVoiceRequest"] | components["schemas"]["AiMusicApiConvertToWavFormatRequest"] | components["schemas"]["AiMusicApiCoverGenerateRequest"] | components["schemas"]["AiMusicApiCreateMusicVideoRequest"] | components["schemas"]["AiMusicApiCreateVoiceRequest"] | components["schemas"]["AiMusicApiExtendRequest"] | components["schemas"]["AiMusicApiGenerateRequest"] | components["schemas"]["AiMusicApiGenerateLyricsRequest"] | components["schemas"]["AiMusicApiGenerateMidiFromAudioRequest"] | components["schemas"]["AiMusicApiGeneratePersonaRequest"] | components["schemas"]["AiMusicApiMashupRequest"] | components["schemas"]["AiMusicApiRegeneratePhraseRequest"] | components["schemas"]["AiMusicApiReplaceSectionRequest"] | components["schemas"]["AiMusicApiSeparateVocalsRequest"] | components["schemas"]["AiMusicApiSoundsRequest"] | components["schemas"]["AiMusicApiSunoRecoveryAudioRequest"] | components["schemas"]["AiMusicApiTimeStampedLyricsRequest"] | components["schemas"]["AiMusicApiUploadAndCoverAudioRequest"] | components["schemas"]["AiMusicApiUploadAndExtendAudioRequest"] | components["schemas"]["AiMusicApiValidationPhraseRequest"] | components["schemas"]["BytedanceSeedance15ProRequest"] | components["schemas"]["BytedanceSeedance2Request"] | components["schemas"]["BytedanceSeedance25Request"] | components["schemas"]["BytedanceSeedance2FastRequest"] | components["schemas"]["BytedanceSeedance2MiniRequest"] | components["schemas"]["BytedanceSeedreamRequest"] | components["schemas"]["BytedanceSeedreamV4EditRequest"] | components["schemas"]["BytedanceSeedreamV4TextToImageRequest"] | components["schemas"]["BytedanceV1LiteImageToVideoRequest"] | components["schemas"]["BytedanceV1LiteTextToVideoRequest"] | components["schemas"]["BytedanceV1ProFastImageToVideoRequest"] | components["schemas"]["BytedanceV1ProImageToVideoRequest"] | components["schemas"]["BytedanceV1ProTextToVideoRequest"] | components["schemas"]["ElevenlabsAudioIsolationRequest"] | components["schemas"]["ElevenlabsTextToDialogueV3Request"] | components["schemas"]["ElevenlabsTextToSpeechMultilingualV2Request"] | components["schemas"]["ElevenlabsTextToSpeechTurbo25Request"] | components["schemas"]["Flux2FlexImageToImageRequest"] | components["schemas"]["Flux2FlexTextToImageRequest"] | components["schemas"]["Flux2ProImageToImageRequest"] | components["schemas"]["Flux2ProTextToImageRequest"] | components["schemas"]["Flux1KontextRequest"] | components["schemas"]["GeminiOmniVideoRequest"] | components["schemas"]["GoogleGemini25ProTtsRequest"] | components["schemas"]["GoogleGemini31FlashTtsRequest"] | components["schemas"]["GoogleGemini38FlashLiteTtsRequest"] | components["schemas"]["GoogleGemini38FlashTtsRequest"] | components["schemas"]["GoogleGeminiOmniFlash11Request"] | components["schemas"]["GoogleImagen4Request"] | components["schemas"]["GoogleImagen4FastRequest"] | components["schemas"]["GoogleImagen4UltraRequest"] | components["schemas"]["GoogleNanoBananaRequest"] | components["schemas"]["GoogleNanoBananaEditRequest"] | components["schemas"]["GptImage25FlareImageToImageRequest"] | components["schemas"]["GptImage25FlareTextToImageRequest"] | components["schemas"]["GptImage25SunburstImageToImageRequest"] | components["schemas"]["GptImage25SunburstTextToImageRequest"] | components["schemas"]["GptImage2ImageToImageRequest"] | components["schemas"]["GptImage2TextToImageRequest"] | components["schemas"]["GptImage15ImageToImageRequest"] | components["schemas"]["GptImage15TextToImageRequest"] | components["schemas"]["GrokImagineImage20ImageEditRequest"] | components["schemas"]["GrokImagineImage20SegmentEditRequest"] | components["schemas"]["GrokImagineImage20SegmentMapRequest"] | components["schemas"]["GrokImagineImage20TextToImageRequest"] | components["schemas"]["GrokImagineVideo15PreviewRequest"] | components["schemas"]["GrokImagineExtendRequest"] | components["schemas"]["GrokImagineImageToImageRequest"] | components["schemas"]["GrokImagineImageToVideoRequest"] | components["schemas"]["GrokImagineTextToImageRequest"] | components["schemas"]["GrokImagineTextToVideoRequest"] | components["schemas"]["GrokImagineUpscaleRequest"] | components["schemas"]["Hailuo02ImageToVideoProRequest"] | components["schemas"]["Hailuo02ImageToVideoStandardRequest"] | components["schemas"]["Hailuo02TextToVideoProRequest"] | components["schemas"]["Hailuo02TextToVideoStandardRequest"] | components["schemas"]["Hailuo23ImageToVideoProRequest"] | components["schemas"]["Hailuo23ImageToVideoStandardRequest"] | components["schemas"]["Happyhorse11ImageToVideoRequest"] | components["schemas"]["Happyhorse11ReferenceToVideoRequest"] | components["schemas"]["Happyhorse11TextToVideoRequest"] | components["schemas"]["HappyhorseImageToVideoRequest"] | components["schemas"]["HappyhorseReferenceToVideoRequest"] | components["schemas"]["HappyhorseTextToVideoRequest"] | components["schemas"]["HappyhorseVideoEditRequest"] | components["schemas"]["IdeogramCharacterRequest"] | components["schemas"]["IdeogramCharacterEditRequest"] | components["schemas"]["IdeogramCharacterRemixRequest"] | components["schemas"]["IdeogramV3EditRequest"] | components["schemas"]["IdeogramV3RemixRequest"] | components["schemas"]["IdeogramV3TextToImageRequest"] | components["schemas"]["InfinitalkFromAudioRequest"] | components["schemas"]["Kling26ImageToVideoRequest"] | components["schemas"]["Kling26MotionControlRequest"] | components["schemas"]["Kling26TextToVideoRequest"] | components["schemas"]["Kling30OmniImageToVideoRequest"] | components["schemas"]["Kling30OmniReferenceToVideoRequest"] | components["schemas"]["Kling30OmniTextToVideoRequest"] | components["schemas"]["Kling30OmniTransformationRequest"] | components["schemas"]["Kling30MotionControlRequest"] | components["schemas"]["Kling30VideoRequest"] | components["schemas"]["KlingAiAvatarProRequest"] | components["schemas"]["KlingAiAvatarStandardRequest"] | components["schemas"]["KlingV21MasterImageToVideoRequest"] | components["schemas"]["KlingV21MasterTextToVideoRequest"] | components["schemas"]["KlingV21ProRequest"] | components["schemas"]["KlingV21StandardRequest"] | components["schemas"]["KlingV25TurboImageToVideoProRequest"] | components["schemas"]["KlingV25TurboTextToVideoProRequest"] | components["schemas"]["KlingV3TurboImageToVideoRequest"] | components["schemas"]["KlingV3TurboTextToVideoRequest"] | components["schemas"]["MinimaxH3ImageToVideoRequest"] | components["schemas"]["MinimaxH3ReferenceToVideoRequest"] | components["schemas"]["MinimaxH3TextToVideoRequest"] | components["schemas"]["NanoBanana2Request"] | components["schemas"]["NanoBanana2LiteRequest"] | components["schemas"]["NanoBananaProRequest"] | components["schemas"]["Omnihuman15Request"] | components["schemas"]["Omnihuman15HumanIdentificationRequest"] | components["schemas"]["Omnihuman15SubjectDetectionRequest"] | components["schemas"]["PixverseV6ExtendRequest"] | components["schemas"]["PixverseV6ImageToVideoRequest"] | components["schemas"]["PixverseV6ReferenceToVideoRequest"] | components["schemas"]["PixverseV6TextToVideoRequest"] | components["schemas"]["PixverseV6TransitionRequest"] | components["schemas"]["QwenImageEditRequest"] | components["schemas"]["QwenImageToImageRequest"] | components["schemas"]["QwenTextToImageRequest"] | components["schemas"]["Qwen21ImageToImageRequest"] | components["schemas"]["Qwen21TextToImageRequest"] | components["schemas"]["Qwen2ImageEditRequest"] | components["schemas"]["Qwen2TextToImageRequest"] | components["schemas"]["Qwen3ImageToImageRequest"] | components["schemas"]["Qwen3ProImageToImageRequest"] | components["schemas"]["Qwen3ProTextToImageRequest"] | components["schemas"]["Qwen3TextToImageRequest"] | components["schemas"]["RecraftCrispUpscaleRequest"] | components["schemas"]["RecraftRemoveBackgroundRequest"] | components["schemas"]["RunwayRequest"] | components["schemas"]["RunwayExtendAiVideoRequest"] | components["schemas"]["RunwayGen4AlephRequest"] | components["schemas"]["Seedream45EditRequest"] | components["schemas"]["Seedream45TextToImageRequest"] | components["schemas"]["Seedream5LiteImageToImageRequest"] | components["schemas"]["Seedream5LiteTextToImageRequest"] | components["schemas"]["Seedream5ProImageToImageRequest"] | components["schemas"]["Seedream5ProLayerDecompositionRequest"] | components["schemas"]["Seedream5ProTextToImageRequest"] | components["schemas"]["TopazImageUpscaleRequest"] | components["schemas"]["TopazVideoUpscaleRequest"] | components["schemas"]["Veo31Request"] | components["schemas"]["VeoExtendRequest"] | components["schemas"]["VeoGet1080pVideoRequest"] | components["schemas"]["VeoGet4kVideoRequest"] | components["schemas"]["VolcengineVideoToVideoLipSyncRequest"] | components["schemas"]["Wan22A14bImageToVideoTurboRequest"] | components["schemas"]["Wan22A14bSpeechToVideoTurboRequest"] | components["schemas"]["Wan22A14bTextToVideoTurboRequest"] | components["schemas"]["Wan22AnimateMoveRequest"] | components["schemas"]["Wan22AnimateReplaceRequest"] | components["schemas"]["Wan25ImageToVideoRequest"] | components["schemas"]["Wan25TextToVideoRequest"] | components["schemas"]["Wan26FlashImageToVideoRequest"] | components["schemas"]["Wan26FlashVideoToVideoRequest"] | components["schemas"]["Wan26ImageToVideoRequest"] | components["schemas"]["Wan26TextToVideoRequest"] | components["schemas"]["Wan26VideoToVideoRequest"] | components["schemas"]["Wan27ImageRequest"] | components["schemas"]["Wan27ImageProRequest"] | components["schemas"]["Wan27ImageToVideoRequest"] | components["schemas"]["Wan27R2vRequest"] | components["schemas"]["Wan27TextToVideoRequest"] | components["schemas"]["Wan27VideoeditRequest"] | components["schemas"]["Wan30VideoRequest"] | components["schemas"]["Wan30VideoPrimeRequest"] | components["schemas"]["ZImageRequest"];
            };
        };
        responses: {
            /** @description Task created (or an error envelope sent with HTTP 200) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 200,
                     *       "msg": "success",
                     *       "data": {
                     *         "taskId": "task_4oimageapi_1765182986510"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreateTaskResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            433: components["responses"]["SubKeyLimit"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            501: components["responses"]["GenerationFailed"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    getTaskRecord: {
        parameters: {
            query: {
                /**
                 * @description The `taskId` returned by createTask.
                 * @example 281e5b0e1f0e4b2f9e6c3d0a8b7f39b9
                 */
                taskId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task record, or an error envelope sent with HTTP 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordInfoResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The task is not visible yet (seen for a few seconds right after createTask) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 422,
                     *       "msg": "recordInfo is null",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
        };
    };
}
