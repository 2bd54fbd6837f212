/**
 * Spacing between Chinese and Latin letters or digits ("用React写" → "用 React 写"). Many style
 * guides ask for it and many teams do not, so it is a `style` suggestion and off by default.
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import { HAN_CLASS } from "@/lib/text/cjk";
import type { ProofContext } from "./context";

const HAN_THEN_LATIN = new RegExp(`[${HAN_CLASS}](?=[A-Za-z0-9])`, "gu");
const LATIN_THEN_HAN = new RegExp(`[A-Za-z0-9%](?=[${HAN_CLASS}])`, "gu");

export function checkSpacing(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  const v = ctx.view;
  for (const re of [HAN_THEN_LATIN, LATIN_THEN_HAN]) {
    for (const m of v.matchAll(re)) {
      // An insertion (empty original) so "用A写" gets two suggestions that do not overlap.
      const at = m.index + 1;
      out.push(ctx.suggest(at, at, " ", "style", "Add a space between Chinese and Latin letters or digits"));
    }
  }
  return out;
}
