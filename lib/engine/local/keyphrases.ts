/**
 * Keyphrases for titles: candidate phrases are maximal runs of content words (split at stop
 * words and punctuation, RAKE-style), scored by how much more often their words occur in this
 * part than across the whole document (tf × idf over parts). Surface forms are kept for display.
 */
import nlp from "compromise";
import { segmentWords, tagZh } from "@/lib/text/segment";
import { stem } from "@/lib/text/stem";
import { isStopword } from "@/lib/text/stopwords";
import { hasHan } from "@/lib/text/cjk";

interface Phrase {
  key: string;
  surface: string;
  words: string[];
}

const ZH_NUMBER = /^[零〇一二三四五六七八九十百千万亿两几]+$/u;

// Words of time ("end of next week", "today", "Monday") date what is said; they never name its subject.
const EN_TIME = new Set(
  "today tomorrow yesterday tonight week weeks month months year end eod morning afternoon evening monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december".split(
    " ",
  ),
);
// A meeting's own running ("Agreed, …", "Last item, …", "quick note") is how it moves on, not what a part is about.
const EN_DISCOURSE = new Set("agreed okay yeah yes fine great thanks sure last item items note".split(" "));
// Number words, like bare numbers: "offer one and a half million" is about the offer, not "half".
const EN_NUMBER = new Set("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion half".split(" "));

function phrasesOf(text: string, avoid?: ReadonlySet<string>): Phrase[] {
  const out: Phrase[] = [];
  const zh = hasHan(text);
  // Clause pieces: punctuation always ends a phrase.
  for (const clause of text.split(/[，。！？；：、,.!?;:()（）"“”]+/)) {
    let run: string[] = [];
    const flush = () => {
      const words = run.slice(-3);
      if (words.length) {
        const surface = zh ? words.join("") : words.join(" ");
        out.push({ key: words.map((w) => (hasHan(w) ? w : stem(w.toLowerCase()))).join(" "), surface, words });
      }
      run = [];
    };
    for (const w of segmentWords(clause)) {
      const lw = w.toLowerCase();
      // A bare number ("十二" of 双十二, "三百") names nothing a title could stand on.
      const weak =
        isStopword(lw) ||
        EN_TIME.has(lw) ||
        EN_DISCOURSE.has(lw) ||
        EN_NUMBER.has(lw) ||
        !!avoid?.has(lw) ||
        (!hasHan(w) && (w.length < 3 || /^\d+$/.test(w))) ||
        (hasHan(w) && (w.length < 2 || ZH_NUMBER.test(w)));
      if (weak) flush();
      else run.push(w);
    }
    flush();
  }
  return out;
}

/** Word-level document frequency over parts (topics or sections), for part-specific weighting. */
export function partIdf(parts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of parts) {
    const seen = new Set<string>();
    for (const ph of phrasesOf(p)) for (const w of ph.key.split(" ")) seen.add(w);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [w, f] of df) idf.set(w, Math.log(1 + parts.length / f));
  return idf;
}

/**
 * A title names things: an English phrase qualifies when it ends on a noun and holds no verb,
 * number word, adverb or preposition ("checkout test", not "nothing weird comes", "guest checkout
 * stays", "thirty", "till March"). The phrase is tagged by compromise inside a few words of its
 * first occurrence, so "stays" reads as a verb there; only the top candidates are tagged.
 */
const nounCache = new Map<string, boolean>();
export function isNounPhraseEn(surface: string, context = surface): boolean {
  const at = context.indexOf(surface);
  const before =
    at > 0
      ? context
          .slice(Math.max(0, at - 40), at)
          .split(/\s+/)
          .slice(1)
          .join(" ")
      : "";
  const after =
    at >= 0
      ? context
          .slice(at + surface.length, at + surface.length + 40)
          .split(/\s+/)
          .slice(0, -1)
          .join(" ")
      : "";
  const key = `${before}\u0000${surface}\u0000${after}`;
  let v = nounCache.get(key);
  if (v === undefined) {
    if (nounCache.size > 5_000) nounCache.clear();
    const doc = nlp(`${before} ${surface} ${after}`.trim());
    const words = surface.split(/\s+/).length;
    const all = (doc.terms().json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).map((t) => t.terms[0]);
    const skip = before ? before.split(/\s+/).filter(Boolean).length : 0;
    const tags = all.slice(skip, skip + words).map((t) => new Set(t?.tags ?? []));
    const last = tags.at(-1);
    const verbal = (t: Set<string>) => t.has("Verb") && !t.has("Gerund") && !t.has("Noun");
    v =
      tags.length === words &&
      !!last &&
      (last.has("Noun") || last.has("Gerund")) &&
      tags.every((t) => !t.has("Value") && !t.has("Adverb") && !t.has("Pronoun") && !t.has("Preposition") && !t.has("Conjunction") && !verbal(t));
    nounCache.set(key, v);
  }
  return v;
}

/**
 * The Chinese counterpart: a phrase with no one-character verb, pronoun, time word, number, adverb
 * or particle, not ending on an adjective ("活动预算", not "我出一版", "周三", "咨询一共"). Without a tagger (jieba failed
 * to load) every phrase qualifies, as before.
 */
export function isNounPhraseZh(surface: string): boolean {
  const tags = tagZh(surface);
  if (!tags?.length) return true;
  // Out of context jieba tags many nouns as verbs (预算, 规划): only a one-character verb (出, 发) marks a clause.
  const clausal = (t: { word: string; tag: string }) => /^(?:r|t|m|d|p|c|f|u\w*|y|q)$/.test(t.tag) || (/^v/.test(t.tag) && t.tag !== "vn" && t.word.length === 1);
  return !clausal(tags.at(-1)!) && tags.at(-1)!.tag !== "a" && !tags.some(clausal);
}

/** `avoid`: lower-case words no phrase may contain (the participants' names: a title names the subject, not who spoke). */
export function keyphrases(text: string, idf: Map<string, number>, k = 3, avoid?: ReadonlySet<string>): string[] {
  const phrases = phrasesOf(text, avoid);
  const wordTf = new Map<string, number>();
  for (const ph of phrases) for (const w of ph.key.split(" ")) wordTf.set(w, (wordTf.get(w) ?? 0) + 1);
  const byKey = new Map<string, { surface: string; score: number; count: number }>();
  for (const ph of phrases) {
    const ws = ph.key.split(" ");
    // Mean word weight × a mild bonus for multi-word phrases (more specific titles).
    const base = ws.reduce((a, w) => a + Math.log(1 + (wordTf.get(w) ?? 0)) * (idf.get(w) ?? 1), 0) / ws.length;
    const score = base * (1 + 0.3 * (ws.length - 1));
    const cur = byKey.get(ph.key);
    if (cur) cur.count++;
    else byKey.set(ph.key, { surface: ph.surface, score, count: 1 });
  }
  const ranked = [...byKey.entries()]
    .map(([key, v]) => ({ key, surface: v.surface, score: v.score * Math.log(1 + v.count) }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const picked: typeof ranked = [];
  const nouns = ranked.slice(0, 12).filter((r) => (hasHan(r.surface) ? isNounPhraseZh(r.surface) : isNounPhraseEn(r.surface, text)));
  // Noun phrases only; other phrases only when a part has none.
  for (const r of nouns.length ? nouns : ranked) {
    const ws = new Set(r.key.split(" "));
    // Skip a phrase that repeats a word of one already chosen ("remote" after "remote control").
    if (picked.some((p) => p.key.split(" ").some((w) => ws.has(w)))) continue;
    picked.push(r);
    if (picked.length >= k) break;
  }
  return picked.map((p) => p.surface);
}

/** A short title from keyphrases: "Remote control, battery" / "公链、新基建". */
export function titleFrom(phrases: string[], zh: boolean): string {
  if (!phrases.length) return zh ? "讨论" : "Discussion";
  const t = zh ? phrases.join("、") : phrases.join(", ");
  return zh ? t : t.charAt(0).toUpperCase() + t.slice(1);
}
