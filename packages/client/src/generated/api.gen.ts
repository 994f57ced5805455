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
        Base64UploadRequest: {
            /** @description Pure base64 or a data URL (`data:image/png;base64,...`). */
            base64Data: string;
            /** @description File name; a random name is used when omitted. The same name overwrites. */
            fileName?: string;
            uploadPath: components["schemas"]["UploadPath"];
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
        /** @description Input parameters for the generation task */
        Hailuo02ImageToVideoStandardInput: {
            /**
             * @description The duration of the video in seconds.
             * @default 10
             * @example 10
             * @enum {string}
             */
            duration?: "6" | "10";
            /**
             * @description Optional URL of the image to use as the last frame of the video (Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png
             */
            end_image_url?: string;
            /**
             * @description The URL of the image to use as the first frame of the video (File URL after upload; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png
             */
            image_url: string;
            /**
             * @description The text prompt describing the video to generate (Max length: 1500 characters)
             * @example Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.
             */
            prompt: string;
            /**
             * @description Whether to use the model's prompt optimizer
             * @default true
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
        /** @description Input parameters for the generation task */
        KlingV25TurboImageToVideoProInput: {
            /**
             * @description The CFG (Classifier Free Guidance) scale: how closely the model sticks to the prompt. Step 0.1.
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
             * @description URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png
             */
            image_url: string;
            /**
             * @description Elements to avoid in the video (Max length: 2496 characters)
             * @example blur, distort, and low quality
             */
            negative_prompt?: string;
            /**
             * @description Text description for the video generation (Max length: 2500 characters)
             * @example Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.
             *     First transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.
             *     Second transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.
             *     Third transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.
             *     Fourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.
             *     Fifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.
             */
            prompt: string;
            /**
             * @description URL of the image to use as the end frame (File URL after upload; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png
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
        RecordInfoResponse: {
            code: components["schemas"]["EnvelopeCode"];
            data: components["schemas"]["TaskRecord"];
            message?: string;
            /** @example success */
            msg?: string;
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
        /** @description Input parameters for the generation task */
        Wan22A14bImageToVideoTurboInput: {
            /**
             * @description Acceleration level: more acceleration is faster but lower quality. Recommended 'none'.
             * @default none
             * @example none
             * @enum {string}
             */
            acceleration?: "none" | "regular";
            /**
             * @description Aspect ratio of the generated video. If 'auto', it is determined from the input image.
             * @default auto
             * @example auto
             * @enum {string}
             */
            aspect_ratio?: "auto" | "16:9" | "9:16" | "1:1";
            /**
             * @description Whether to expand the prompt with an LLM.
             * @example false
             */
            enable_prompt_expansion?: boolean;
            /**
             * @description Input image (File URL after upload; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB). If the image does not match the chosen aspect ratio, it is resized and center cropped.
             * @example https://file.aiquickdraw.com/custom-page/akr/section-images/1755166042585gtf2mlrk.png
             */
            image_url: string;
            /**
             * @description Text prompt describing the video (Max length: 5000 characters)
             * @example Overcast lighting, medium lens, soft lighting, low contrast lighting, edge lighting, low angle shot, desaturated colors, medium close-up shot, clean single shot, cool colors, center composition.The camera captures a low-angle close-up of a Western man outdoors, sharply dressed in a black coat over a gray sweater, white shirt, and black tie. His gaze is fixed on the lens as he advances. In the background, a brown building looms, its windows glowing with warm, yellow light above a dark doorway. As the camera pushes in, a blurred black object on the right side of the frame drifts back and forth, partially obscuring the view against a dark, nighttime background.
             */
            prompt: string;
            /**
             * @description Resolution of the generated video.
             * @default 720p
             * @example 720p
             * @enum {string}
             */
            resolution?: "480p" | "580p" | "720p";
            /**
             * @description Random seed for reproducibility. If none, a random seed is chosen.
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
                "application/json": components["schemas"]["Hailuo02ImageToVideoStandardRequest"] | components["schemas"]["Hailuo23ImageToVideoStandardRequest"] | components["schemas"]["KlingV25TurboImageToVideoProRequest"] | components["schemas"]["Wan22A14bImageToVideoTurboRequest"];
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
                     *         "taskId": "task_hailuo_1765182986510"
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
