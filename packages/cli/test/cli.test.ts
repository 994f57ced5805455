import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { modelFields } from "@kie-market/client";
import { type MockServer, startMock } from "@kie-market/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The built binary, run as a user runs it: separate processes, real output, exit codes.
const require = createRequire(import.meta.url);
const bin = resolve(import.meta.dirname, "../dist/bin.js");
const MP4 = readFileSync(require.resolve("@kie-market/mock/package.json").replace("package.json", "assets/result.mp4"));
const work = mkdtempSync(join(tmpdir(), "kie-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const withoutKey = () => {
  // Real runs journal to the user's state folder: here, this test's own.
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_STATE_HOME: join(work, "state") };
  delete env.KIE_API_KEY;
  delete env.KIE_BASE_URL;
  return env;
};
const kie = (args: string[], env: NodeJS.ProcessEnv = withoutKey()) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8", env, timeout: 60_000 });

/** The same, without blocking this process (whose mock must answer the child). */
const kieAsync = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (status) => done({ status, stdout, stderr }));
  });

/** A mistake: exit 2, one line on stderr that matches (besides the --mock notice), no stack trace. */
function expectOneLine(run: ReturnType<typeof kie>, pattern: RegExp) {
  expect(run.status).toBe(2);
  expect(
    run.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith("mock API on") && !line.startsWith("estimate: ")),
  ).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const KLING = "kling/v2-5-turbo-image-to-video-pro";

describe("kie models", () => {
  test("--category video lists every video model of the catalogue, and nothing else", () => {
    const run = kie(["models", "--category", "video"]);
    expect(run.status).toBe(0);
    const listed = run.stdout
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/)[0]);
    const videos = Object.entries(modelFields)
      .filter(([, model]) => model.category === "video")
      .map(([id]) => id);
    expect(listed.sort()).toEqual(videos.sort());
  });

  test("show <id>: every field with its type, enum, default and limits", () => {
    const run = kie(["models", "show", KLING]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--duration\s+string; one of 5, 10; default "5"/);
    expect(run.stdout).toMatch(/--prompt\s+string; up to 2500 characters; required/);
    // Its two rows in the pricing snapshot (specs/pricing/kie-pricing.json), and the bound for 10 s.
    expect(run.stdout).toMatch(/prices \(upstream's pricing page as of 2026-10-09; kie run prints the estimate for its input\):/);
    expect(run.stdout).toMatch(/ {2}42 credits \(\$0\.21\) per video {2}kling 2\.5 turbo , image-to-video, Turbo Pro-5\.0s\n/);
    expect(run.stdout).toMatch(/ {2}at most 84 credits a task\n/);
    expect(kie(["models", "show", "runway/gen4-aleph"]).stdout).toMatch(
      /prices: upstream's pricing page \(as of 2026-10-09\) lists none for this model/,
    );
  });

  test("an unknown category or model is one line naming the fix", () => {
    expectOneLine(kie(["models", "--category", "films"]), /--category is one of video, image, audio, other/);
    expectOneLine(kie(["models", "show", "kling/v2-5-turbo-image-to-video-prp"]), /did you mean kling\/v2-5-turbo-image-to-video-pro/);
    // Only the catalogue's own ids are models, not what an object's prototype holds.
    expectOneLine(kie(["models", "show", "constructor"]), /no model "constructor" in the catalogue/);
    expectOneLine(kie(["run", "toString", "--help"]), /no model "toString" in the catalogue/);
  });
});

describe("kie run", () => {
  test("--help lists the model's fields as flags, with their enums", () => {
    const run = kie(["run", KLING, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--duration <value>\s+string; one of 5, 10/);
    expect(run.stdout).toMatch(/--image_url <value>/);
  });

  test("--mock: a local image is uploaded, the task id comes first, the MP4 is written to --out", () => {
    writeFileSync(join(work, "frame.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const run = kie(["run", KLING, "--mock", "--prompt", "A paper boat", "--image_url", "frame.png", "--out", "out.mp4"]);
    expect(run.stderr).toMatch(/uploaded frame\.png → http:\/\/127\.0\.0\.1:\d+\/files\/uploads\//);
    const lines = run.stderr.split("\n").filter((line) => !/^(mock API|uploaded)/.test(line));
    // What it should cost comes before anything is created: "kling 2.5 turbo , image-to-video, Turbo Pro-5.0s", 42 credits.
    expect(lines[0]).toBe(
      "estimate: 42 credits ($0.21) (kling 2.5 turbo , image-to-video, Turbo Pro-5.0s: 42 credits per video; prices of 2026-10-09, an estimate)",
    );
    // The in-process mock ends with the run: there is nothing to resume, so no resume command is offered.
    expect(lines[1]).toMatch(/^task [0-9a-f]{32} created on the mock$/);
    expect(run.stderr).toMatch(/^credits: 42 consumed \(as upstream reports it\)$/m);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(join(work, "out.mp4"));
    expect(readFileSync(join(work, "out.mp4")).equals(MP4)).toBe(true);
  });

  test("a bad --confirm-above is refused before anything starts (not even the mock)", () => {
    const run = kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "https://files.example/a.png", "--confirm-above", "lots"]);
    expectOneLine(run, /--confirm-above must be a number of credits >= 0 \(got "lots"\)/);
    expect(run.stderr).not.toContain("mock API on");
  });

  test("an invalid enum value: one line naming the field and its values, and nothing is sent", () => {
    expectOneLine(
      kie(["run", KLING, "--mock", "--prompt", "p", "--image_url", "https://files.example/a.png", "--duration", "7"]),
      /invalid input for kling\/v2-5-turbo-image-to-video-pro \(nothing was sent\): input\.duration must be one of "5", "10"/,
    );
  });

  test.each([
    [["run", KLING, "--resolution", "4k"], /kling\/v2-5-turbo-image-to-video-pro has no field --resolution.*kie models show/],
    [["run", KLING, "--promt", "x"], /Did you mean --prompt\?/],
    [["run", "bytedance/seedance-1.5-pro", "--mock", "--prompt", "p", "--duration", "soon"], /--duration takes a number \(got "soon"\)/],
    [
      ["run", KLING, "--prompt", "p", "--image_url", "./missing.png"],
      /--image_url: "\.\/missing\.png" is neither an http\(s\) URL nor a file here/,
    ],
    [["run", KLING, "--prompt", "p", "--image_url", "https://files.example/a.png"], /no API key: set KIE_API_KEY.*--mock/],
    [["run", KLING, "--mock", "--input-json", "{oops"], /--input-json is not valid JSON/],
  ])("%j: one line naming the fix", (args, pattern) => {
    expectOneLine(kie(args), pattern);
  });

  /** `kie run <KLING> --mock …` under a terminal (util-linux `script` as the pty), with `input` typed into it. */
  const underTerminal = (extra: string[], input?: string) => {
    const command = [process.execPath, bin, "run", KLING, "--mock", "--prompt", "p", "--image_url", "https://files.example/a.png", ...extra]
      .map((part) => `'${part}'`)
      .join(" ");
    return spawnSync("script", ["-qec", command, "/dev/null"], { cwd: work, encoding: "utf8", env: withoutKey(), input, timeout: 60_000 });
  };

  test("under a terminal, a progress bar shows the state, the elapsed time and the ETA (util-linux script as the pty)", () => {
    const run = underTerminal(["--out", "tty.mp4"]);
    expect(run.status).toBe(0);
    const screen = run.stdout.replace(/\r/g, "\n");
    expect(screen).toMatch(/generating\s*\|█+░*\| \d+% \| \d+ s elapsed \| ETA \d+ s/);
    expect(screen).toMatch(/success\s*\|█{40}\| 100%/);
  });

  test("on a terminal, a run above --confirm-above asks first; no is no task, --yes does not ask", () => {
    const asked = underTerminal(["--confirm-above", "10", "--no-wait"], "n\n");
    expect(asked.stdout).toMatch(/This run should cost 42 credits\. Run it\? \[y\/N\]/);
    expect(asked.stdout).toMatch(/not run \(nothing was uploaded or created\); --yes skips the question/);
    expect(asked.stdout).not.toMatch(/created on the mock/);
    const yes = underTerminal(["--confirm-above", "10", "--no-wait", "--yes"]);
    expect(yes.stdout).not.toMatch(/Run it\?/);
    expect(yes.stdout).toMatch(/created on the mock/);
  });
});

describe("kie tasks and credits, with KIE_API_KEY and KIE_BASE_URL", () => {
  let mock: MockServer;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    mock = await startMock({ taskDurationMs: 300 });
    env = { ...withoutKey(), KIE_API_KEY: "cli-key", KIE_BASE_URL: mock.url };
  });
  afterAll(() => mock.close());

  test("--no-wait prints the id; tasks get prints the record; tasks wait saves the result; credits", async () => {
    const created = await kieAsync(["run", KLING, "--no-wait", "--prompt", "p", "--image_url", "https://files.example/a.png"], env);
    expect(created.status).toBe(0);
    const taskId = created.stdout.trim();
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);
    const record = await kieAsync(["tasks", "get", taskId], env);
    expect(JSON.parse(record.stdout)).toMatchObject({ taskId, model: KLING });
    const waited = await kieAsync(["tasks", "wait", taskId, "--out", "waited.mp4"], env);
    expect(waited.status).toBe(0);
    expect(readFileSync(join(work, "waited.mp4")).equals(MP4)).toBe(true);
    // The mock charged the snapshot's price for a 5 s clip (42 credits) of its 1000.
    expect((await kieAsync(["credits"], env)).stdout.trim()).toBe("958");
  });

  test("--max-credits refuses, before anything is created, a run whose estimate passes it; one within it runs", async () => {
    const creates = () => mock.requests().filter((request) => request.path === "/api/v1/jobs/createTask").length;
    const before = creates();
    const args = ["run", KLING, "--prompt", "p", "--image_url", "https://files.example/a.png", "--duration", "10"];
    const refused = await kieAsync([...args, "--max-credits", "50"], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^estimate: 84 credits/m);
    expect(refused.stderr).toMatch(
      /budget: a kling\/v2-5-turbo-image-to-video-pro task \(estimated 84 credits\) would take the client past its budget of 50 credits: 0 spent, 0 in flight; nothing was sent/,
    );
    expect(creates()).toBe(before);
    expect((await kieAsync([...args, "--max-credits", "x"], env)).stderr).toMatch(
      /--max-credits must be a number of credits >= 0 \(got "x"\)/,
    );
    const within = await kieAsync([...args, "--max-credits", "100", "--no-wait"], env);
    expect(within.status).toBe(0);
    expect(creates()).toBe(before + 1);
  });

  test("every real run is journaled: tasks pending lists an unfinished one, tasks recover saves its result", async () => {
    const journal = ["--journal", join(work, "runs.jsonl")];
    const created = await kieAsync(
      ["run", KLING, "--no-wait", ...journal, "--prompt", "p", "--image_url", "https://files.example/a.png"],
      env,
    );
    expect(created.status).toBe(0);
    const taskId = created.stdout.trim();
    const pending = await kieAsync(["tasks", "pending", ...journal], env);
    expect(pending.stdout).toMatch(new RegExp(`^running\t${taskId}\t${KLING}\t`, "m"));
    mkdirSync(join(work, "recovered"));
    const recovered = await kieAsync(["tasks", "recover", ...journal, "--out", "recovered"], env);
    expect(recovered.status).toBe(0);
    expect(readFileSync(join(work, "recovered", `${taskId}.mp4`)).equals(MP4)).toBe(true);
    expect((await kieAsync(["tasks", "pending", ...journal], env)).stderr).toContain("no unsettled tasks in the journal");
    // Without --journal, the default file in the state folder has the runs of this suite.
    expect(readFileSync(join(work, "state", "kie-market", "journal.jsonl"), "utf8")).toContain('"type":"intent"');
  });

  test("creates whose answer never came: tasks recover names them with the commands to settle them; resolve follows the task, abandon drops it", async () => {
    // A journal with two creates whose process died before their answer came (intent, nothing after), and
    // one task the mock made, found "in the account's logs".
    const file = join(work, "lost.jsonl");
    const intent = (id: string) => ({ type: "intent", id, at: Date.now(), model: KLING, inputHash: "0".repeat(64) });
    writeFileSync(file, `${[intent("entry-made"), intent("entry-none")].map((event) => JSON.stringify(event)).join("\n")}\n`);
    const made = await kieAsync(
      ["run", KLING, "--no-wait", "--journal", join(work, "other.jsonl"), "--prompt", "p", "--image_url", "https://files.example/a.png"],
      env,
    );
    const taskId = made.stdout.trim();
    const journal = ["--journal", file];
    const recovered = await kieAsync(["tasks", "recover", ...journal], env);
    expect(recovered.status).toBe(1);
    expect(recovered.stderr).toMatch(
      /outcome unknown: journal entry entry-made \(kling\/v2-5-turbo-image-to-video-pro, journaled [^)]+\) got no answer to its createTask, so the task may exist and be billed: look for it in the account's logs, then kie tasks resolve entry-made <taskId>, or kie tasks abandon entry-made if there is none/,
    );
    expect((await kieAsync(["tasks", "resolve", "entry-made", taskId, ...journal], env)).status).toBe(0);
    expect((await kieAsync(["tasks", "abandon", "entry-none", ...journal], env)).status).toBe(0);
    mkdirSync(join(work, "found"));
    const after = await kieAsync(["tasks", "recover", ...journal, "--out", "found"], env);
    expect(after.status).toBe(0);
    expect(readFileSync(join(work, "found", `${taskId}.mp4`)).equals(MP4)).toBe(true);
    expect((await kieAsync(["tasks", "pending", ...journal], env)).stderr).toContain("no unsettled tasks in the journal");
    // An id that is not an unknown outcome (any more) is one line naming where to look.
    const again = await kieAsync(["tasks", "abandon", "entry-none", ...journal], env);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe('kie: "entry-none" is not a journal entry with an unknown outcome; kie tasks pending lists them');
  });

  test("a list field takes its flag once per item; --input-file gives the rest, and flags override it", async () => {
    writeFileSync(join(work, "input.json"), JSON.stringify({ prompt: "from the file", aspect_ratio: "16:9", duration: 5 }));
    const args = ["run", "bytedance/seedance-1.5-pro", "--no-wait", "--input-file", "input.json", "--prompt", "from a flag"];
    const created = await kieAsync(
      [...args, "--input_urls", "https://files.example/a.png", "--input_urls", "https://files.example/b.png"],
      env,
    );
    expect(created.status).toBe(0);
    const record = JSON.parse((await kieAsync(["tasks", "get", created.stdout.trim()], env)).stdout);
    expect(record.param.input).toMatchObject({
      prompt: "from a flag",
      aspect_ratio: "16:9",
      duration: 5,
      input_urls: ["https://files.example/a.png", "https://files.example/b.png"],
    });
  });
});
