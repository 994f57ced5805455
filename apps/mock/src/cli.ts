#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { bundledSpecPath, startPrism } from "./prism.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    spec: { type: "string" },
    smoke: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`kie-market-mock [--port 4010] [--host 127.0.0.1] [--spec FILE] [--smoke]

Serves a mock of the kie.ai Market jobs API, validating every request against the specs.
  --smoke   start on a free port, create one task per model, read it back, and exit`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  process.exit(2);
}

const specPath = values.spec ?? bundledSpecPath();
const server = await startPrism(specPath, { port: values.smoke ? 0 : port, host: values.host });

if (values.smoke) {
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const examples = spec.paths["/api/v1/jobs/createTask"].post.requestBody.content["application/json"].examples;
  const headers = { authorization: "Bearer mock-key", "content-type": "application/json" };
  let failures = 0;
  for (const [name, example] of Object.entries<{ value: { model: string } }>(examples)) {
    const created = await fetch(`${server.url}/api/v1/jobs/createTask`, { method: "POST", headers, body: JSON.stringify(example.value) });
    const body = (await created.json()) as { code: number; data?: { taskId: string } };
    const record = await fetch(`${server.url}/api/v1/jobs/recordInfo?taskId=${body.data?.taskId}`, {
      headers: { ...headers, prefer: "example=success" },
    });
    const state = ((await record.json()) as { data?: { state?: string } }).data?.state;
    const ok = created.status === 200 && body.code === 200 && record.status === 200;
    if (!ok) failures++;
    console.log(
      `${ok ? "ok  " : "FAIL"} ${name.padEnd(45)} createTask ${created.status} → taskId ${body.data?.taskId}; recordInfo ${record.status} state=${state}`,
    );
  }
  await server.close();
  console.log(failures ? `${failures} model(s) failed` : `mock served every model (${Object.keys(examples).length}) at ${server.url}`);
  process.exit(failures ? 1 : 0);
}

console.log(`kie-market mock listening on ${server.url} (spec: ${specPath})`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
