import { commentText } from "./safety/code-text.js";

/** The banner on every generated file: what it came from and how to remake it. */
export function generatedHeader(sources: string[], comment: "//" | "#" = "//"): string {
  const lines = [
    "This file is generated. Do not edit it by hand.",
    `Source: ${commentText(sources.join(", "))}`,
    "Regenerate with: pnpm generate",
  ];
  return `${lines.map((line) => `${comment} ${line}`).join("\n")}\n`;
}

export const markdownHeader = (sources: string[]) =>
  `<!-- This file is generated from ${sources.join(", ")}. Do not edit it by hand; run: pnpm generate -->\n`;
