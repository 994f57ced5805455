// GET /api/tasks/:taskId: where the task stands, from the journal (no recordInfo read, no rate-limit cost).
import { getKie } from "../../../../lib/kie.js";

export async function GET(_request: Request, context: { params: Promise<{ taskId: string }> }): Promise<Response> {
  const { taskId } = await context.params;
  const entry = await (await getKie()).tasks.lookup(taskId);
  if (!entry) return Response.json({ error: "no such task" }, { status: 404 });
  return Response.json({ taskId, status: entry.status, resultUrls: entry.resultUrls ?? [], credits: entry.credits });
}
