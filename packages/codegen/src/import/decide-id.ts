import { modelIdProblem } from "../safety/model-id.js";
import type { Correction } from "./normalize.js";
import { ImportRefusal } from "./normalize.js";
import type { Overlay } from "./overlay.js";
import type { UpstreamDocument } from "./source.js";

const lastSegment = (id: string) => id.split("/").at(-1) ?? id;
const vendorOf = (id: string) => (id.includes("/") ? id.split("/")[0] : undefined);

/**
 * The model id. A page at the docs link an overlay names is that overlay's model (`claimed`: the page
 * URL wins over file names and over the page's own `model` enum). Otherwise the `model` enum, unless it
 * names another model than the page's example and name (an upstream doc bug), in which case the one
 * matching the page wins; anything else an overlay decides. The enum and example ids are checked against
 * the id grammar by the caller; a page name that is not an id is never a candidate.
 */
export function decideId(
  upstream: UpstreamDocument,
  enumId: string | undefined,
  exampleId: string | undefined,
  overlayFor: (id: string) => Overlay,
  corrections: Correction[],
  claimed?: string,
): string {
  if (claimed) {
    // Where the page itself (enum, example, name, overlay "id") says the same, its reasons are kept.
    const own: Correction[] = [];
    let fromPage: string | undefined;
    try {
      fromPage = decideFromPage(upstream, enumId, exampleId, overlayFor, own);
    } catch {
      fromPage = undefined;
    }
    if (fromPage === claimed) {
      corrections.push(...own);
      return claimed;
    }
    const decision = overlayFor(claimed).id;
    if (enumId !== undefined && enumId !== claimed)
      corrections.push({
        what: `model id ${JSON.stringify(enumId)} → ${claimed}`,
        why:
          decision?.value === claimed
            ? decision.why
            : "the page's model enum names another model; the page is the one this model's overlay links to",
        source: decision?.value === claimed ? (decision.source ?? "overlay") : "overlay docs link",
      });
    return claimed;
  }
  return decideFromPage(upstream, enumId, exampleId, overlayFor, corrections);
}

/** The id the page itself names: its enum, example and name, or its overlay's "id" decision. */
function decideFromPage(
  upstream: UpstreamDocument,
  enumId: string | undefined,
  exampleId: string | undefined,
  overlayFor: (id: string) => Overlay,
  corrections: Correction[],
): string {
  const candidates = [enumId, exampleId, enumId && vendorOf(enumId) ? `${vendorOf(enumId)}/${upstream.pageName}` : upstream.pageName];
  for (const candidate of new Set(candidates.filter((id): id is string => Boolean(id) && !modelIdProblem(id)))) {
    const decision = overlayFor(candidate).id;
    if (decision && candidates.includes(decision.value)) {
      if (decision.value !== enumId)
        corrections.push({
          what: `model id ${JSON.stringify(enumId)} → ${decision.value}`,
          why: decision.why,
          source: decision.source ?? "overlay",
        });
      return decision.value;
    }
  }
  if (enumId && (!exampleId || exampleId === enumId)) return enumId;
  if (enumId && exampleId) {
    const enumMatches = lastSegment(enumId) === upstream.pageName;
    const exampleMatches = lastSegment(exampleId) === upstream.pageName;
    if (exampleMatches && !enumMatches) {
      corrections.push({
        what: `model id ${JSON.stringify(enumId)} → ${exampleId}`,
        why: `the page's model enum names another model; its example and its page name say ${exampleId}`,
        source: "importer",
      });
      return exampleId;
    }
    if (enumMatches && !exampleMatches) return enumId;
  }
  throw new ImportRefusal(
    upstream.origin,
    enumId ?? exampleId ?? upstream.pageName,
    "model",
    `the model enum (${JSON.stringify(enumId)}), the example (${JSON.stringify(exampleId)}) and the page name (${upstream.pageName}) disagree; decide in the overlay's "id"`,
  );
}
