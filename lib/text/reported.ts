/**
 * Reported speech for English meeting extracts — the engine's wording, shown only as attributed
 * indirect speech ("Mei said they would …", lib/engine/local/render.ts), never in quotation marks or
 * as a transcript line; the cited segments stay the verbatim evidence. Minutes say what people said in the third person
 * and past tense ("they thought the remote was too big"), while transcripts are first person and
 * present ("I think the remote is too big"). Shifting pronouns and the common auxiliaries makes
 * an extract read as minutes. Only unambiguous forms are shifted: "you" (generic or addressed)
 * and main verbs in general are left alone, so the result stays faithful to what was said.
 */
const SHIFTS: Array<[RegExp, string]> = [
  [/\bI'm\b/g, "they were"],
  [/\bI am\b/g, "they were"],
  [/\bI've\b/g, "they had"],
  [/\b(?:I|we)'ll\b/gi, "they would"],
  [/\b(?:I|we)'d\b/gi, "they would"],
  [/\bwe're\b/gi, "they were"],
  [/\bwe've\b/gi, "they had"],
  [/\bI\b/g, "they"],
  [/\bwe\b/gi, "they"],
  [/\bme\b/gi, "them"],
  [/\bus\b/g, "them"],
  [/\b(?:my|our)\b/gi, "their"],
  [/\b(?:mine|ours)\b/gi, "theirs"],
  [/\b(?:myself|ourselves)\b/gi, "themselves"],
  [/\bisn't\b/g, "wasn't"],
  [/\baren't\b/g, "weren't"],
  [/\bwon't\b/g, "wouldn't"],
  [/\bcan't\b/g, "couldn't"],
  [/\b(?:don't|doesn't)\b/g, "didn't"],
  [/\b(?:is|am)\b/g, "was"],
  [/\bare\b/g, "were"],
  [/\bwill\b/g, "would"],
  [/\bcan\b/g, "could"],
  [/\b(?:has|have)\b/g, "had"],
  [/\bthinks?\b/g, "thought"],
  [/\b(want|need)s?\b/g, "$1ed"],
  [/\b(they) was\b/gi, "$1 were"],
];

// Opinion verbs are shifted only right after "they" ("they agree" → "they agreed"): elsewhere they may be nouns.
const PAST: Record<string, string> = {
  agree: "agreed",
  believe: "believed",
  guess: "guessed",
  suppose: "supposed",
  suggest: "suggested",
  like: "liked",
  prefer: "preferred",
  feel: "felt",
  know: "knew",
  mean: "meant",
  say: "said",
  remember: "remembered",
  expect: "expected",
  hope: "hoped",
  doubt: "doubted",
  worry: "worried",
  wonder: "wondered",
  understand: "understood",
  assume: "assumed",
  reckon: "reckoned",
  lean: "leaned",
  plan: "planned",
  wish: "wished",
  recommend: "recommended",
  propose: "proposed",
};
const OPINION = new RegExp(`\\b([Tt]hey) (${Object.keys(PAST).join("|")})\\b`, "g");

/** Past forms the shifts above write, back to the base form (after "to", "did" or a modal the verb stays plain). */
const BASE: Record<string, string> = {
  had: "have",
  thought: "think",
  wanted: "want",
  needed: "need",
  ...Object.fromEntries(Object.entries(PAST).map(([base, past]) => [past, base])),
};
// "didn't had" / "to had" / "gonna had": the shift reached a verb a modal, "to" (also fused, as in
// "gonna") or "do" already governs.
const GOVERNED = new RegExp(
  `\\b(to|gonna|gotta|wanna|did|didn't|did not|do|don't|does|doesn't|would|wouldn't|could|couldn't|should|shouldn't|might|must|may|will|won't|can|can't|cannot|\\w+'d|\\w+'ll)( (?:not |never |just |really |also |even |ever |still )?)(${Object.keys(BASE).join("|")})\\b`,
  "gi",
);

export function reportedSpeech(sentence: string): string {
  let s = sentence;
  for (const [re, to] of SHIFTS) {
    const one = new RegExp(re.source, re.flags.replace("g", ""));
    s = s.replace(re, (m) => matchCase(m, m.replace(one, to)));
  }
  s = s.replace(OPINION, (_m, they: string, v: string) => `${they} ${PAST[v]}`);
  // Only forms the shifts wrote are put back: a verb already past in the source ("to had" never
  // occurs in speech) — so one pass over the shifted text, which only the shifts can have made.
  s = s.replace(GOVERNED, (m, aux: string, mid: string, v: string) => (wasShifted(sentence, v) ? `${aux}${mid}${BASE[v.toLowerCase()]}` : m));
  return s.replace(/^(\W*)([a-z])/, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Whether `past` can have come from a shift: the source holds its base form (or has/thinks/wants…). */
function wasShifted(source: string, past: string): boolean {
  const base = BASE[past.toLowerCase()];
  if (!base) return false;
  const forms = base === "have" ? "have|has|'ve" : `${base}s?`;
  return new RegExp(`(?:\\b|')(?:${forms})\\b`, "i").test(source);
}

/** Keep a capital at the start of the replaced word ("We think" → "They thought"); "I" is not one. */
function matchCase(orig: string, to: string): string {
  return /^[A-Z]/.test(orig) && !/^I\b/.test(orig) ? to.charAt(0).toUpperCase() + to.slice(1) : to.charAt(0).toLowerCase() + to.slice(1);
}
