// POST /api/kie-callback: upstream's signed callback. The handler verifies it, claims the task fleet-wide
// (one delivery calls onEvent), confirms it with one recordInfo read, and that read settles the task in the
// journal, where the status route finds it.
import { getKie, required } from "../../../lib/kie.js";

export async function POST(request: Request): Promise<Response> {
  const kie = await getKie();
  const handler = kie.callbacks.handler({
    hmacKey: required("KIE_HMAC_KEY"),
    onEvent: ({ taskId, record }) => {
      // The place for the app's own work (a notification, a row update): once per finished task.
      console.log(`task ${taskId}: ${record.state}`);
    },
  });
  return handler(request);
}
