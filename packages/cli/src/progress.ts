import type { TaskRecord, WaitProgress } from "@kie-market/client";
import { Presets, SingleBar } from "cli-progress";

/**
 * What a run shows while it waits: on a terminal, a bar with the task's state, the elapsed time and an ETA
 * from what the client has learned of the model; elsewhere (a pipe, a log), one line per state.
 */
export interface Progress {
  update(record: TaskRecord, progress: WaitProgress): void;
  stop(): void;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

export function progressDisplay(stream: NodeJS.WriteStream, interactive = Boolean(stream.isTTY)): Progress {
  if (!interactive) {
    let last = "";
    return {
      update(record, progress) {
        if (record.state === last) return;
        last = record.state;
        stream.write(
          `${record.state} (${seconds(progress.elapsedMs)}${progress.etaMs === undefined ? "" : `, about ${seconds(progress.etaMs)} left`})\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new SingleBar(
    { stream, format: "{state} |{bar}| {percentage}% | {elapsed} elapsed | ETA {remaining}", hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let started = false;
  let state = "waiting";
  let expected: number | undefined;
  let since = Date.now();
  let elapsedAt = 0;
  // Between reads the bar moves on the clock, toward the expected end (never past 99% before the end).
  const tick = setInterval(() => render(), 250);
  tick.unref();
  function render() {
    if (!started) return;
    const elapsed = elapsedAt + (Date.now() - since);
    const share = expected ? Math.min(99, Math.floor((elapsed / expected) * 100)) : 0;
    const remaining = expected ? seconds(Math.max(0, expected - elapsed)) : "unknown";
    bar.update(share, { state: state.padEnd(10), elapsed: seconds(elapsed), remaining });
  }
  return {
    update(record, progress) {
      if (!started) {
        bar.start(100, 0, { state, elapsed: "0 s", remaining: "unknown" });
        started = true;
      }
      state = record.state;
      expected = progress.expectedMs;
      elapsedAt = progress.elapsedMs;
      since = Date.now();
      if (record.state === "success") bar.update(100, { state: "success   ", elapsed: seconds(progress.elapsedMs), remaining: "0 s" });
      else render();
    },
    stop() {
      clearInterval(tick);
      if (started) bar.stop();
    },
  };
}
