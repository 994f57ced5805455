import { InputValidationError, KieError } from "@kie-market/client";

/** A mistake on the command line: one line naming the fix, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An error as one line that names the fix, and the exit code: 2 for what the user can correct, 1 otherwise. */
export function explain(error: unknown): { line: string; code: number } {
  if (error instanceof UsageError) return { line: error.message, code: 2 };
  if (error instanceof InputValidationError)
    return {
      line: `invalid input for ${error.model} (nothing was sent): ${error.issues.map((issue) => issue.message).join("; ")}`,
      code: 2,
    };
  if (error instanceof KieError) {
    const line = error.message.replace(/\s*\n\s*/g, " ");
    // A budget the user set (--max-credits) is theirs to raise: like a bad option, exit 2.
    if (error.code === "budget_exceeded") return { line, code: 2 };
    if (error.code !== "configuration") return { line, code: 1 };
    if (/No API key/.test(line))
      return { line: "no API key: set KIE_API_KEY in the environment (or try a model without one: kie run <model> --mock)", code: 2 };
    return { line, code: 2 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: message.split("\n")[0], code: 1 };
}
