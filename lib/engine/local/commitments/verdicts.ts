/**
 * A design meeting checks its product against the brief's cost aim and says where it stands ("we're under budget",
 * "it's come in under budget", "it's within budget, it does everything we wanted"): the verdict on a requirement, which the
 * group takes as settled like the aim itself. It is often said more than once as the costing goes on, so every statement
 * of it is one decision, worded by the last (the state the meeting ended on). English only, like the costing phase itself.
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import type { Turn } from "@/lib/engine/local/commitments/turns";
import { EN_BUDGET_MET, EN_RESOLVE_NOT } from "@/lib/engine/local/cues";

/** The sentences stating that the product meets its budget, in meeting order (not asked, hedged, conditional or past). */
export function budgetVerdicts(turns: Turn[]): Sentence[] {
  return turns.flatMap((t) =>
    t.sentences.filter((s) => !s.zh && !s.question && !s.conditional && !s.counterfactual && !s.reject && EN_BUDGET_MET.test(s.text) && !EN_RESOLVE_NOT.test(s.text)),
  );
}
