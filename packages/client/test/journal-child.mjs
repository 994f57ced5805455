// A process that journals to a file and is killed by the test (journal-processes.test.ts).
// argv: <mode> <journal path> [<base url>]

import { fileJournal } from "../dist/file-journal.js";
import { createKieClient } from "../dist/index.js";

const [mode, path, baseUrl] = process.argv.slice(2);
const say = (line) => process.stdout.write(`${line}\n`);
const request = {
  model: "wan/2-2-a14b-image-to-video-turbo",
  input: { prompt: "A lighthouse at dusk", image_url: "https://files.test/lighthouse.png" },
}; // test-server.ts wanRequest

if (mode === "hold") {
  // Opens the journal and keeps it open until killed.
  fileJournal(path);
  say("open");
  setInterval(() => {}, 1000);
} else if (mode === "append-forever") {
  const journal = fileJournal(path);
  say("open");
  for (let index = 0; ; index++) {
    await journal.append({ type: "state", id: `entry-${index % 50}`, at: Date.now(), state: "generating ".repeat(1 + (index % 7)) });
  }
} else {
  const kie = createKieClient({
    apiKey: "test-key-7f3a9c1e5b2d",
    baseUrl,
    journal: fileJournal(path),
    polling: { firstPollMs: 20, densePollMs: 20, expectedDurations: { [request.model]: 40 } },
    retry: { maxRetries: 0 },
  });
  await kie.run(request, { idempotencyKey: "job-1", onTaskCreated: (task) => say(`created ${task.taskId}`) });
  say("finished");
}
