import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";

// The CLI meets files it should not send and servers it should not trust.
const bin = resolve(import.meta.dirname, "../dist/bin.js");
const root = mkdtempSync(join(tmpdir(), "kie-cli-edges-"));
const work = join(root, "work");
mkdirSync(work);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => {
  // Real runs journal to the user's state folder: here, this test's own.
  const base: NodeJS.ProcessEnv = { ...process.env, XDG_STATE_HOME: join(root, "state"), ...extra };
  if (!extra.KIE_API_KEY) delete base.KIE_API_KEY;
  if (!extra.KIE_BASE_URL) delete base.KIE_BASE_URL;
  return base;
};
const kie = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8", env: env(), timeout: 60_000 });
const KLING = "kling/v2-5-turbo-image-to-video-pro";

describe("local files leave the machine only when the user says so", () => {
  beforeAll(() => {
    writeFileSync(join(root, "id_rsa"), "-----BEGIN PRIVATE KEY-----");
    writeFileSync(join(work, "preset.json"), JSON.stringify({ prompt: "p", image_url: join(root, "id_rsa") }));
  });

  test.each([
    ["--input-file", ["--input-file", "preset.json"]],
    ["--input-json", ["--input-json", JSON.stringify({ prompt: "p", image_url: "../id_rsa" })]],
  ])("a private path inside %s is refused without a terminal, before anything is uploaded or created", (_name, args) => {
    const run = kie(["run", KLING, "--mock", ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /id_rsa \(--image_url in the preset\) would be uploaded to a public file host: pass it as a --image_url flag, or allow it with --yes/,
    );
    expect(run.stderr).not.toMatch(/^(uploaded|task .* created|mock API)/m);
  });

  test("--yes allows it", () => {
    const run = kie(["run", KLING, "--mock", "--input-file", "preset.json", "--yes", "--no-wait"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/uploaded .*id_rsa →/);
  });

  test("a symlink out of the working folder, even as a flag, needs --yes", () => {
    rmSync(join(work, "frame.png"), { force: true });
    const link = join(work, "frame.png");
    symlinkSync(join(root, "id_rsa"), link);
    const run = kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "frame.png", "--no-wait"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/frame\.png is a symlink to .*id_rsa, outside this folder/);
  });

  test("an unknown model id is refused first, with the nearest ids, before its flags are judged", () => {
    const run = kie(["run", "kling/v2-5-turbo-image-to-video-pr", "--mock", "--prompt", "x"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^kie: no model "kling\/v2-5-turbo-image-to-video-pr" in the catalogue; did you mean kling\/v2-5-turbo-image-to-video-pro.*kie models/,
    );
  });
});

describe("what a hostile or stalling API sends", () => {
  let server: Server;
  let url = "";
  /** recordInfo: a finished task whose id is `taskId` and whose result is served by `result`. */
  let taskId = "";
  let result: (response: ServerResponse) => void = () => undefined;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url?.startsWith("/api/v1/jobs/createTask")) {
        request.resume();
        response.setHeader("content-type", "application/json");
        return response.end(JSON.stringify({ code: 200, msg: "success", data: { taskId } }));
      }
      if (request.url?.startsWith("/api/v1/jobs/recordInfo")) {
        response.setHeader("content-type", "application/json");
        return response.end(
          JSON.stringify({
            code: 200,
            msg: "success",
            data: {
              taskId,
              model: KLING,
              state: "success",
              param: "{}",
              resultJson: JSON.stringify({ resultUrls: [`${url}/result.mp4`] }),
              createTime: Date.now(),
              completeTime: Date.now(),
              costTime: 1,
            },
          }),
        );
      }
      result(response);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  afterEach(() => {
    server.closeAllConnections();
  });
  const apiEnv = () => env({ KIE_API_KEY: "k", KIE_BASE_URL: url });

  test("a task id with ../ names a file inside the working folder", async () => {
    taskId = `../../escaped-${process.pid}`;
    result = (response) => response.writeHead(200, { "content-type": "video/mp4" }).end("mp4");
    const run = await new Promise<number | null>((done) =>
      spawn(process.execPath, [bin, "tasks", "wait", taskId], { cwd: work, env: apiEnv(), stdio: "ignore" }).on("close", done),
    );
    expect(run).toBe(0);
    expect(existsSync(resolve(work, `${taskId}.mp4`))).toBe(false);
    expect(existsSync(join(work, `__.._escaped-${process.pid}.mp4`))).toBe(true);
  });

  test("Ctrl-C of kie run during the download stops it, keeps no partial file, and says how to resume", async () => {
    taskId = "t-interrupt";
    result = (response) => {
      response.writeHead(200, { "content-type": "video/mp4" });
      response.write(Buffer.alloc(64 * 1024));
      // Then nothing more: the download is in progress until the user gives up.
    };
    const child = spawn(
      process.execPath,
      [bin, "run", KLING, "--prompt", "p", "--image_url", "https://files.example/a.png", "--out", "slow.mp4"],
      { cwd: work, env: apiEnv() },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // Interrupt once the partial file exists: the download has begun (an event, not a sleep).
    await new Promise<void>((done) => {
      const watcher = watch(work, () => {
        if (readdirSync(work).some((name) => name.startsWith("slow.mp4.") && name.endsWith(".partial"))) {
          watcher.close();
          done();
        }
      });
    });
    child.kill("SIGINT");
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /interrupted; nothing partial was kept \(task t-interrupt: resume with: kie tasks wait t-interrupt --out slow\.mp4\)/,
    );
    expect(readdirSync(work).filter((name) => name.startsWith("slow.mp4"))).toEqual([]);
  });
});

describe("--out", () => {
  test("an existing file is refused before the task is created (no terminal to ask on); --force overwrites it", () => {
    writeFileSync(join(work, "keep.mp4"), "precious");
    const args = ["run", KLING, "--mock", "--prompt", "p", "--image_url", "https://files.example/a.png", "--out", "keep.mp4"];
    const refused = kie(args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/keep\.mp4 exists: pass --force to overwrite it.*nothing was created/);
    expect(refused.stderr).not.toMatch(/^task .* created/m);
    expect(readFileSync(join(work, "keep.mp4"), "utf8")).toBe("precious");
    const forced = kie([...args, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(work, "keep.mp4")).subarray(4, 8).toString("latin1")).toBe("ftyp");
  });

  test("a folder takes the result inside it, named by the task id", () => {
    mkdirSync(join(work, "results"), { recursive: true });
    const run = kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "https://files.example/a.png", "--out", "results"]);
    expect(run.status).toBe(0);
    expect(readdirSync(join(work, "results"))).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.mp4$/)]);
  });
});

describe("the input is judged before any file is uploaded", () => {
  beforeAll(() => writeFileSync(join(work, "still.png"), "not really a png"));

  test("a value out of the model's enum is refused with nothing uploaded and no task", () => {
    const run = kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "still.png", "--duration", "7", "--no-wait"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/input\.duration must be one of "5", "10"/);
    expect(run.stderr).not.toMatch(/^(uploaded|task .* created)/m);
  });

  test("the same input with a valid value uploads the file, then creates the task", () => {
    const run = kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "still.png", "--duration", "10", "--no-wait"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^uploaded still\.png → /m);
    expect(run.stderr).toMatch(/^task \S+ created/m);
  });
});

describe("a list of objects", () => {
  test("--help says each flag takes one JSON object, or the whole input with --input-json", () => {
    const help = kie(["run", "kling-3.0/video", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toMatch(
      /--multi_prompt <value> list of JSON objects \(repeat the flag, one object each; or give the whole input with --input-json\)/,
    );
  });

  test("a flag value that is no JSON object is refused naming --input-json, before anything is created", () => {
    const run = kie(["run", "kling-3.0/video", "--mock", "--prompt", "p", "--multi_prompt", "a cat", "--no-wait"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('kie: --multi_prompt takes a JSON object (got "a cat"); or give the whole input with --input-json');
  });
});
