import { describe, expect, test } from "vitest";
import { createTimeouts } from "./timeouts.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const timersKeepingAlive = () => process.getActiveResourcesInfo().filter((type) => type === "Timeout").length;

describe("createTimeouts: one timer for all attempts of a client", () => {
  test("a deadline expires once, no earlier than `ms`", async () => {
    const timeouts = createTimeouts(40);
    const started = performance.now();
    const fired: number[] = [];
    timeouts.start(() => fired.push(performance.now() - started));
    await pause(120);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toBeGreaterThanOrEqual(39);
    expect(timeouts.size).toBe(0);
  });

  test("a stopped deadline never expires, and ended attempts do not pile up", async () => {
    const timeouts = createTimeouts(30);
    let fired = 0;
    for (let index = 0; index < 5000; index++) timeouts.start(() => fired++)();
    expect(timeouts.size).toBe(0);
    await pause(80);
    expect(fired).toBe(0);
  });

  test("deadlines behind a stopped one still expire on time (the timer re-arms)", async () => {
    const timeouts = createTimeouts(50);
    const started = performance.now();
    const fired: string[] = [];
    const stopFirst = timeouts.start(() => fired.push("first"));
    await pause(25);
    timeouts.start(() => fired.push(`second after ${Math.round(performance.now() - started)} ms`));
    stopFirst();
    await pause(40);
    // 65 ms in: the first would have fired at 50 ms, the second is due at about 75 ms.
    expect(fired).toEqual([]);
    await pause(60);
    expect(fired).toHaveLength(1);
    expect(Number(/after (\d+)/.exec(fired[0])?.[1])).toBeGreaterThanOrEqual(74);
  });

  test("out-of-order ends: only the attempt still running expires", async () => {
    const timeouts = createTimeouts(30);
    const fired: string[] = [];
    const stops = ["a", "b", "c", "d"].map((name) => timeouts.start(() => fired.push(name)));
    stops[1]();
    stops[3]();
    stops[0]();
    expect(timeouts.size).toBe(2); // "b" is done but sits behind "c", which is still running
    await pause(80);
    expect(fired).toEqual(["c"]);
    expect(timeouts.size).toBe(0);
  });

  test("an expiry may start the next attempt: it gets its own full deadline", async () => {
    const timeouts = createTimeouts(30);
    const fired: string[] = [];
    timeouts.start(() => {
      fired.push("first");
      timeouts.start(() => fired.push("retry"));
    });
    await pause(45);
    expect(fired).toEqual(["first"]);
    await pause(60);
    expect(fired).toEqual(["first", "retry"]);
  });

  test("a timeout beyond what a timer can hold (Infinity): no early expiry, no 1 ms timer loop", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    let fired = 0;
    const stop = createTimeouts(Number.POSITIVE_INFINITY).start(() => fired++);
    await pause(30);
    process.off("warning", onWarning);
    expect(fired).toBe(0);
    // Node turns a delay above 2^31 - 1 ms into 1 ms, with a TimeoutOverflowWarning.
    expect(warnings).not.toContain("TimeoutOverflowWarning");
    stop();
  });

  test("the timer never keeps the process alive by itself", () => {
    const before = timersKeepingAlive();
    const stop = createTimeouts(60_000).start(() => {});
    expect(timersKeepingAlive()).toBe(before);
    stop();
  });
});
