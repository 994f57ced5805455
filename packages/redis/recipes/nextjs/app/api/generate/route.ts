// POST /api/generate {model, input, requestId?}: creates the task with this app's callback URL and answers
// its id at once. `requestId` (e.g. the client's own id for the request) makes a retried POST return the
// same task instead of paying for a second one.
import type { UntypedTaskRequest } from "@kie-market/client";
import { getKie, required } from "../../../lib/kie.js";

export async function POST(request: Request): Promise<Response> {
  const body = (await request.json().catch(() => undefined)) as (UntypedTaskRequest & { requestId?: string }) | undefined;
  if (!body || typeof body.model !== "string" || typeof body.input !== "object")
    return Response.json({ error: "expected { model, input }" }, { status: 400 });
  const kie = await getKie();
  const task = await kie.tasks.createUntyped(
    { model: body.model, input: body.input, callBackUrl: `${required("PUBLIC_URL")}/api/kie-callback` },
    body.requestId ? { idempotencyKey: `generate:${body.requestId}` } : {},
  );
  return Response.json({ taskId: task.taskId }, { status: 202 });
}
