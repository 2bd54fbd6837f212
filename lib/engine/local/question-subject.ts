/**
 * The subject of a question: its nouns (proper nouns, acronyms, common nouns and numbers), tagged
 * by compromise (English) or jieba (Chinese), without question-form, generic meeting and aspect
 * words. Verbs and adjectives are left out: people paraphrase them ("elaborate", "reduce"); the
 * things talked about keep their names. The not-found test (answer-support.ts) reads only these.
 */
import nlp from "compromise";
import { contentTerms } from "@/lib/text/terms";
import { tagZh } from "@/lib/text/segment";
import { ASPECT, GENERIC, NOMINALIZATION } from "@/lib/engine/local/question-words";
import { hasHan } from "@/lib/text/cjk";

const STOP_ZH = (w: string) => contentTerms(w).length === 0;

/** `keep`: the caller's frame filter; `names` receives the subject words that are names. */
export function subjectNouns(body: string, keep: (t: string) => boolean, names: string[] = []): string[] {
  const out: string[] = [];
  const add = (w: string, name = false) => {
    for (const t of contentTerms(w)) {
      if (!keep(t) || GENERIC.has(t) || ASPECT.has(t)) continue;
      out.push(t);
      if (name) names.push(t);
    }
  };
  if (hasHan(body)) {
    const nouns: Array<{ word: string; name: boolean }> = [];
    let prevName = false;
    for (const { word, tag } of tagZh(body) ?? []) {
      const noun = /^(?:n|nr|ns|nt|nz|ng|nrt|nrfg|eng|vn)$/.test(tag) || (tag === "m" && /\d/.test(word));
      const name = /^(?:nr|ns|nt|nz|nrt|eng)$/.test(tag);
      // A name joined with a generic noun is one name: 腾讯 + 会议 → 腾讯会议 (会议 alone says nothing).
      if (noun && prevName && GENERIC.has(word)) nouns[nouns.length - 1].word += word;
      else if (noun) nouns.push({ word, name });
      prevName = name;
    }
    for (const n of nouns) {
      if (GENERIC.has(n.word) || ASPECT.has(n.word) || STOP_ZH(n.word)) continue;
      if (hasHan(n.word)) {
        out.push(n.word);
        if (n.name) names.push(n.word);
      } else add(n.word, n.name);
    }
  } else {
    const doc = nlp(body);
    for (const t of doc.json({ terms: { normal: true } }) as Array<{ terms: Array<{ normal: string; tags: string[] }> }>) {
      for (const term of t.terms) {
        const noun = term.tags.some((g) => g === "Noun" || g === "Acronym" || g === "Value") && !term.tags.includes("Pronoun");
        const name = term.tags.includes("ProperNoun") || term.tags.includes("Acronym");
        if (noun && (name || !NOMINALIZATION.test(term.normal))) add(term.normal, name);
      }
    }
  }
  return [...new Set(out)];
}
