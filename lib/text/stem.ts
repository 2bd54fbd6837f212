/**
 * A light English suffix stripper (a trimmed Porter step 1 plus common derivational endings).
 * Good enough to make "decided / decision / decide" or "buttons / button" meet in similarity and
 * retrieval; it never has to produce readable words because stems are never shown.
 */
const VOWEL = /[aeiouy]/;

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  w = w.replace(/'s$/, "");
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);

  for (const suf of [
    "ational",
    "ization",
    "fulness",
    "iveness",
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "edly",
    "ed",
    "ly",
    "ions",
    "ion",
    "ers",
    "er",
    "ive",
    "able",
    "ible",
    "al",
  ]) {
    if (w.endsWith(suf)) {
      const base = w.slice(0, -suf.length);
      if (base.length >= 3 && hasVowel(base)) {
        w = base;
        break;
      }
    }
  }
  // "stopp" → "stop", "decid" stays: undouble a trailing consonant left by -ing / -ed.
  if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}
