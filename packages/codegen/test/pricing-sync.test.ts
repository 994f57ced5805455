import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { parseLabel } from "../src/pricing/label.js";
import { buildSnapshot, type FeedRecord } from "../src/pricing/snapshot.js";
import { OVERLAY_FILE, SNAPSHOT_FILE, snapshotText, syncPricing } from "../src/pricing/sync.js";
import { repo, scratchRepo } from "./docs-site.js";

/** Our own small feed: two real catalogue ids, one anchor-less row an overlay maps, one that maps to nothing, one chat row. */
const RECORDS: FeedRecord[] = [
  {
    modelDescription: "kling 2.6, text-to-video, without audio-5.0s",
    interfaceType: "video",
    creditPrice: "55",
    creditUnit: "per vedio",
    usdPrice: "0.275",
    anchor: "https://kie.ai/kling-2-6?model=kling-2.6%2Ftext-to-video",
  },
  {
    modelDescription: "kling 2.6, text-to-video, with audio-10.0s",
    interfaceType: "video",
    creditPrice: "220",
    creditUnit: "per video",
    usdPrice: "1.1",
    anchor: "https://kie.ai/kling-2-6?model=kling-2.6%2Ftext-to-video",
  },
  {
    modelDescription: "bytedance/seedance-2, 720p no video input",
    interfaceType: "video",
    creditPrice: "41",
    creditUnit: "per second",
    usdPrice: "0.205",
    anchor: "https://kie.ai/seedance-2",
  },
  {
    modelDescription: "Acme Imaginary, text-to-image",
    interfaceType: "image",
    creditPrice: "3",
    creditUnit: "per image",
    usdPrice: "0.015",
    anchor: "https://kie.ai/acme",
  },
  {
    modelDescription: "gpt-9, chat, Input",
    interfaceType: "chat",
    creditPrice: "100",
    creditUnit: "per milion tokens",
    usdPrice: "0.5",
    anchor: "https://kie.ai/gpt-9",
  },
];

const OVERLAY = {
  skipInterfaceTypes: { chat: "a chat (LLM) model: the Market catalogue sells none" },
  labels: [{ prefix: "bytedance/seedance-2", models: ["bytedance/seedance-2"], why: "the label names the id; the anchor has no ?model=" }],
};

/** A loopback pricing feed: POST pages of `records`, or whatever `answer` says for a page. */
class Feed {
  records: unknown[] = RECORDS;
  pageSize = 2;
  requests: { pageNum: number; pageSize: number }[] = [];
  answer?: (pageNum: number, response: import("node:http").ServerResponse) => boolean;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        if (request.method !== "POST" || request.url !== "/client/v1/model-pricing/page") {
          response.writeHead(404).end();
          return;
        }
        const ask = JSON.parse(body) as { pageNum: number; pageSize: number };
        this.requests.push(ask);
        if (this.answer?.(ask.pageNum, response)) return;
        const size = Math.min(ask.pageSize, this.pageSize);
        const records = this.records.slice((ask.pageNum - 1) * size, ask.pageNum * size);
        const pages = Math.ceil(this.records.length / size);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ code: 200, msg: "success", data: { records, total: this.records.length, pages } }));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close() {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

let work: string;
let feed: Feed;

beforeEach(() => {
  work = scratchRepo();
  for (const id of ["kling-2.6/text-to-video", "bytedance/seedance-2"]) {
    mkdirSync(join(work, "specs/market", id.split("/")[0] as string), { recursive: true });
    cpSync(join(repo, "specs/market", `${id}.json`), join(work, "specs/market", `${id}.json`));
  }
  mkdirSync(join(work, "specs/pricing"), { recursive: true });
  writeFileSync(join(work, OVERLAY_FILE), JSON.stringify(OVERLAY));
  feed = new Feed();
});
afterEach(async () => {
  await feed.close();
  rmSync(work, { recursive: true, force: true });
});

const snapshot = () => JSON.parse(readFileSync(join(work, SNAPSHOT_FILE), "utf8"));
const changesets = () => readdirSync(join(work, ".changeset")).filter((name) => name.endsWith(".md"));
const sync = async (options: Partial<Parameters<typeof syncPricing>[0]> = {}) =>
  syncPricing({
    source: await feed.start(),
    repoRoot: work,
    write: true,
    retries: 1,
    timeoutMs: 2_000,
    today: new Date("2026-12-07"),
    ...options,
  });

describe("pricing:sync", () => {
  test("reads every page, maps rows by anchor and by overlay, skips chat, reports what maps to no id", async () => {
    const report = await sync();
    expect(report.failures).toEqual([]);
    // 5 records, 2 per page: pages 1..3, and nothing past the page count the feed states.
    expect(feed.requests.map((ask) => ask.pageNum)).toEqual([1, 2, 3]);
    expect(feed.requests.every((ask) => ask.pageSize === 100)).toBe(true);
    const written = snapshot();
    expect(written.capturedAt).toBe("2026-12-07");
    expect(
      written.rows.map((row: { label: string; models: string[]; mapping: string; unit: string }) => [
        row.label,
        row.models,
        row.mapping,
        row.unit,
      ]),
    ).toEqual([
      ["bytedance/seedance-2, 720p no video input", ["bytedance/seedance-2"], "overlay", "per second"],
      ["kling 2.6, text-to-video, with audio-10.0s", ["kling-2.6/text-to-video"], "anchor", "per video"],
      ["kling 2.6, text-to-video, without audio-5.0s", ["kling-2.6/text-to-video"], "anchor", "per video"],
    ]);
    expect(written.rows[1].variant).toEqual({ seconds: 10, audio: true });
    expect(written.skipped).toEqual({ chat: 1 });
    expect(report.unmapped).toEqual([
      expect.objectContaining({
        label: "Acme Imaginary, text-to-image",
        why: "no overlay rule for this label, and its anchor has no ?model=",
      }),
    ]);
    expect(changesets()).toHaveLength(1);
    // The same feed again: nothing to write, not even a new date.
    const again = await syncPricing({ source: await feed.start(), repoRoot: work, write: true, today: new Date("2026-12-14") });
    expect([again.changes, again.written]).toEqual([[], []]);
    expect(snapshot().capturedAt).toBe("2026-12-07");
    expect(changesets()).toHaveLength(1);
  });

  test("a changed price and a newly priced model give a patch changeset for the packages that ship prices", async () => {
    await sync();
    for (const name of changesets()) rmSync(join(work, ".changeset", name));
    await feed.close();
    feed = new Feed();
    feed.records = [
      { ...RECORDS[0], creditPrice: "60", usdPrice: "0.3" },
      ...RECORDS.slice(1, 3),
      { ...RECORDS[3], anchor: "https://kie.ai/x?model=kling-2.6%2Fimage-to-video" },
    ];
    mkdirSync(join(work, "specs/market/kling-2.6"), { recursive: true });
    cpSync(join(repo, "specs/market/kling-2.6/image-to-video.json"), join(work, "specs/market/kling-2.6/image-to-video.json"));
    const report = await sync({ today: new Date("2026-12-14") });
    expect(report.failures).toEqual([]);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "changed",
          label: "kling 2.6, text-to-video, without audio-5.0s",
          description: "55 → 60 credits per video",
        }),
        expect.objectContaining({ kind: "newly priced", model: "kling-2.6/image-to-video" }),
      ]),
    );
    expect(snapshot().capturedAt).toBe("2026-12-14");
    const [name] = changesets();
    const text = readFileSync(join(work, ".changeset", name as string), "utf8");
    expect(text).toMatch(/"@kie-market\/specs": patch/);
    expect(text).toMatch(/"@kie-market\/schemas": patch/);
    expect(text).toContain("55 → 60 credits per video");
  });

  test("a feed that answers code != 200 inside HTTP 200 fails the sync and writes nothing", async () => {
    feed.answer = (pageNum, response) => {
      if (pageNum !== 2) return false;
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ code: 500, msg: "server busy", data: null }));
      return true;
    };
    const report = await sync();
    expect(report.failures).toEqual([expect.stringContaining("page 2: the feed answered code 500: server busy")]);
    expect(existsSync(join(work, SNAPSHOT_FILE))).toBe(false);
    expect(changesets()).toEqual([]);
  });

  test.each([
    [
      "a page that keeps failing with 503 (retried, then given up)",
      (response: import("node:http").ServerResponse) => response.writeHead(503).end(),
      "HTTP 503",
    ],
    [
      "a redirect (the feed is read only at its own URL)",
      (response: import("node:http").ServerResponse) => response.writeHead(307, { location: "http://169.254.169.254/latest" }).end(),
      "redirect to http://169.254.169.254/latest",
    ],
    ["a body that is not JSON", (response: import("node:http").ServerResponse) => response.writeHead(200).end("<html>"), "not JSON"],
    [
      "a page larger than the cap",
      (response: import("node:http").ServerResponse) => response.writeHead(200).end(`{"code":200,"x":"${"a".repeat(4096)}"}`),
      "larger than 2048 bytes",
    ],
    [
      "a record without a price",
      (response: import("node:http").ServerResponse) =>
        response.writeHead(200).end(JSON.stringify({ code: 200, data: { records: [{ ...RECORDS[0], creditPrice: "free" }], pages: 1 } })),
      'record 1: creditPrice "free" is not a price',
    ],
    [
      "a page that never answers (the timeout covers it)",
      (response: import("node:http").ServerResponse) => {
        response.writeHead(200);
        response.write('{"code":200,');
      },
      "page 1",
    ],
  ])("%s: a named failure, nothing written", async (_name, answer, message) => {
    feed.answer = (_pageNum, response) => {
      answer(response);
      return true;
    };
    const report = await sync({ maxPageBytes: 2048, timeoutMs: 300 });
    expect(report.failures).toEqual([expect.stringContaining(message)]);
    expect(existsSync(join(work, SNAPSHOT_FILE))).toBe(false);
    expect(changesets()).toEqual([]);
  });

  test("a 503 retried: the sync succeeds when the page answers on a later attempt", async () => {
    let failed = 0;
    feed.answer = (pageNum, response) => {
      if (pageNum !== 2 || failed++) return false;
      response.writeHead(503).end();
      return true;
    };
    const report = await sync();
    expect(report.failures).toEqual([]);
    expect(feed.requests.map((ask) => ask.pageNum)).toEqual([1, 2, 2, 3]);
  });

  test("a feed that never ends is refused after maxPages", async () => {
    feed.answer = (_pageNum, response) => {
      response.writeHead(200).end(JSON.stringify({ code: 200, data: { records: RECORDS.slice(0, 2), pages: 1_000_000 } }));
      return true;
    };
    const report = await sync({ pageSize: 2, maxPages: 5 });
    expect(report.failures).toEqual([expect.stringContaining("more than 5 pages")]);
    expect(feed.requests).toHaveLength(5);
    expect(existsSync(join(work, SNAPSHOT_FILE))).toBe(false);
  });

  test("a feed's own strings stay data: an anchor id outside the grammar, a huge label, a hostile overlay id are named", () => {
    const catalogue = new Set(["kling-2.6/text-to-video"]);
    const built = buildSnapshot(
      [
        { ...(RECORDS[0] as FeedRecord), modelDescription: "x, 1080p", anchor: "https://kie.ai/?model=..%2F..%2Fetc%2Fpasswd" },
        { ...(RECORDS[0] as FeedRecord), modelDescription: "y, 720p", anchor: "https://kie.ai/?model=acme%2Fnot-sold" },
        { ...(RECORDS[0] as FeedRecord), modelDescription: "z, 720p", creditUnit: "per dream" },
      ],
      { labels: [] },
      catalogue,
      { capturedAt: "2026-12-07", source: "test" },
    );
    expect(built.rows).toEqual([]);
    expect(built.unmapped.map((row) => row.why)).toEqual([
      expect.stringContaining("not an id"),
      "its anchor names acme/not-sold, which is not in the catalogue",
      'unit "per dream" is not one the estimate knows',
    ]);
  });
});

describe("what the page gets wrong is flagged, not resolved", () => {
  test("a row whose credits and USD disagree (credits are $0.005 each) carries a flag; the others none", () => {
    const built = buildSnapshot(
      [
        { ...(RECORDS[0] as FeedRecord), creditPrice: "5.0", usdPrice: "0.03" },
        { ...(RECORDS[1] as FeedRecord), creditPrice: "220", usdPrice: "1.1" },
      ],
      { labels: [] },
      new Set(["kling-2.6/text-to-video"]),
      { capturedAt: "2026-12-07", source: "test" },
    );
    expect(built.rows.map((row) => row.flags)).toEqual([
      undefined,
      ["credits and USD disagree: 5 credits × $0.005 = $0.025, but the page says $0.03"],
    ]);
  });
});

describe("labels", () => {
  test.each([
    ["kling 2.6, text-to-video, with audio-10.0s", "per video", { seconds: 10, audio: true }],
    ["Google veo 3.1, text-to-video, Fast-4K", "per video", { resolution: ["4k"], tier: "fast" }],
    ["Google nano banana pro, 1/2K", "per image", { resolution: ["1k", "2k"] }],
    ["bytedance/seedance-2, 720p with video input", "per second", { resolution: ["720p"], videoInput: true }],
    ["kling 3.0 omni, image-to-video, 1080p no native audio", "per second", { resolution: ["1080p"], audio: false }],
    ["pixverse-v6, transition, 360p（no audio）", "per second", { resolution: ["360p"], audio: false }],
    ["seedream 5 Pro, input image, First image free", "per image", { surcharge: "image", firstFree: true }],
    ["Qwen image 3.0, input, 2K", "per image", { resolution: ["2k"], surcharge: "image" }],
    ["grok-imagine, upscale, 720P → 1080P", "per upscale", { resolution: ["1080p"] }],
    ["ideogram v3, text-to-image, BALANCED", "per image", { tier: "balanced" }],
    ["Gemini 3.8 Flash TTS, Text to Speech, Audio Output", "per million tokens", { tokens: "audio output" }],
    // The model's own name is no variant: "2.6" is no resolution, "Pro" in "wan 2.7 image pro" no tier.
    ["wan 2.7 image pro", "per image", {}],
  ])("%s", (label, unit, variant) => {
    expect(parseLabel(label, unit)).toEqual(variant);
  });
});

// CI's copy of upstream's feed as captured (../shared/pricing, when it is beside the repo), served on
// loopback page by page, must give the committed snapshot exactly.
const captured = join(repo, "../shared/pricing/raw");
describe.skipIf(!existsSync(captured))("the committed snapshot", () => {
  test("is what a sync of the captured feed writes", async () => {
    const [file] = readdirSync(captured).filter((name) => name.endsWith(".json"));
    const dump = JSON.parse(readFileSync(join(captured, file as string), "utf8")) as { rates: unknown[]; checkedAt: string };
    feed.records = dump.rates;
    feed.pageSize = 100;
    rmSync(join(work, "specs/market"), { recursive: true });
    cpSync(join(repo, "specs/market"), join(work, "specs/market"), { recursive: true });
    cpSync(join(repo, OVERLAY_FILE), join(work, OVERLAY_FILE));
    cpSync(join(repo, SNAPSHOT_FILE), join(work, SNAPSHOT_FILE));
    const report = await sync({ today: new Date(dump.checkedAt) });
    expect(report.failures).toEqual([]);
    expect(report.pages).toBe(Math.ceil(dump.rates.length / 100));
    expect(report.changes).toEqual([]);
    const committed = readFileSync(join(repo, SNAPSHOT_FILE), "utf8");
    expect(readFileSync(join(work, SNAPSHOT_FILE), "utf8")).toBe(committed);
    expect(snapshotText(report.snapshot as never).replace(/"source": .*\n/, "")).toBe(committed.replace(/"source": .*\n/, ""));
  });
});
