/**
 * Answerable terms of a sentence, by kind, so a question's distractors are of the same kind as
 * its answer (numbers with numbers, names with names, key terms with key terms):
 * - number: digits with their decimal part and unit sign ("3.5", "12%", "2019");
 * - name: capitalised words or acronyms inside an English sentence ("BERT", "Stanford Parser"),
 *   jieba's proper-noun tags in Chinese (person, place, organisation, other proper noun);
 * - term: the sentence's keyphrases (lib/engine/local/keyphrases), weighted over the document.
 * Every surface is a verbatim substring of the sentence.
 */
import { keyphrases } from "@/lib/engine/local/keyphrases";
import { tagZh } from "@/lib/text/segment";
import { isStopword } from "@/lib/text/stopwords";
import { hasHan } from "@/lib/text/cjk";

export type TermKind = "number" | "name" | "term";

export interface Term {
  kind: TermKind;
  surface: string;
}

const NUMBER = /(?<![\p{L}\p{N}.])\d+(?:[.,]\d+)*(?:\s?[%％])?(?![\p{L}\p{N}])/gu;
// A run of capitalised words / acronyms (with inner hyphens or digits: "GPT-2", "ResNet50").
const NAME = /(?<![\p{L}\p{N}])[A-Z][\p{L}\p{N}]*(?:[-'][\p{L}\p{N}]+)*(?:\s+[A-Z][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)*/gu;
const ZH_PROPER = new Set(["nr", "ns", "nt", "nz", "nrt", "nrfg"]);

function englishNames(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(NAME)) {
    let s = m[0];
    // The sentence's first word is capitalised by grammar, not because it is a name.
    if (m.index === sentence.search(/\p{L}/u)) {
      const rest = s.split(/\s+/).slice(1).join(" ");
      const first = s.split(/\s+/)[0];
      if (!/[A-Z].*[A-Z]|\d/.test(first)) s = rest;
      if (!s) continue;
    }
    if (s.length < 2 || isStopword(s.toLowerCase())) continue;
    // "Figure 1", "Table 3", "Method 2": a label of a numbered thing, not a name worth asking.
    if (/^\s*\d/.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    out.push(s);
  }
  return out;
}

function chineseTerms(sentence: string): Term[] {
  const tagged = tagZh(sentence);
  if (!tagged) return [];
  const out: Term[] = [];
  for (const t of tagged) {
    if (ZH_PROPER.has(t.tag) && t.word.length >= 2 && hasHan(t.word)) out.push({ kind: "name", surface: t.word });
  }
  return out;
}

/** A Chinese key phrase that ends in a noun (jieba tag n…, or vn): "数据安全问题", not "不可避免". */
function zhNounPhrase(phrase: string): boolean {
  const tagged = tagZh(phrase);
  const last = tagged?.at(-1);
  return !!last && last.word.length >= 2 && (last.tag.startsWith("n") || last.tag === "vn") && !/^(今天|明天|昨天|前面|后面|这个|那个)$/.test(phrase);
}

export function sentenceTerms(sentence: string, idf: Map<string, number>): Term[] {
  const out: Term[] = [];
  const seen = new Set<string>();
  const add = (kind: TermKind, surface: string) => {
    const s = surface.trim();
    const key = s.toLowerCase();
    if (!s || seen.has(key) || !sentence.includes(s)) return;
    seen.add(key);
    out.push({ kind, surface: s });
  };
  for (const m of sentence.matchAll(NUMBER)) add("number", m[0]);
  if (hasHan(sentence)) for (const t of chineseTerms(sentence)) add(t.kind, t.surface);
  else for (const n of englishNames(sentence)) add("name", n);
  // An English one-word "key phrase" is as often a verb or adverb ("pick", "since") as a term;
  // the domain's single-word names are caught as names (acronyms, capitalised words).
  for (const k of keyphrases(sentence, idf, 3)) if (!/^\d/.test(k) && (hasHan(k) ? zhNounPhrase(k) : k.includes(" "))) add("term", k);
  return out;
}

/** Rough shape of a number so distractors look alike: a year, a percentage, a decimal, an integer. */
export function numberShape(s: string): string {
  if (/[%％]$/.test(s)) return "pct";
  if (/^(1[89]|20)\d\d$/.test(s)) return "year";
  if (/[.]/.test(s)) return "dec";
  return "int";
}
