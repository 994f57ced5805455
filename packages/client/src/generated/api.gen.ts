// This file is generated. Do not edit it by hand.
// Source: specs/dist/kie-market.openapi.json
// Regenerate with: pnpm generate

export type { paths, webhooks, components, $defs, operations } from "@kie-market/schemas/types";
