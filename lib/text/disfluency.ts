/**
 * Disfluency cleanup for sentences shown as minutes, on top of `cleanSpoken` (which the whole
 * engine shares): tag questions and discourse fillers anywhere in a clause (对吧, 你知道吗, "like"
 * as a filler), restarts where a speaker broke off inside a word ("w when", "th the"), and the
 * transcription conventions of research transcripts (spaced hyphens "belief - net", spaced
 * quotes). Only applied to the text a reader sees; the verbatim quote stays the evidence.
 */
import { tagZhCovering } from "@/lib/text/segment";

// Tag questions and fillers that never carry content, wherever they sit in a Chinese clause.
const ZH_TAGS = /(?:对吧|是吧|对不对|好吧|你知道吗|你知道吧|怎么说呢|怎么讲呢|我跟你说|说实话|说白了)(?=[，。？！,.?!]|$)/g;
// Discourse fillers at the start of a clause (after punctuation or at the start).
const ZH_CLAUSE_START = /(?<=^|[，。？！；,;])(?:\s*(?:然后呢?|然后|那个(?=[，,])|就是说|就是(?=[，,])|所以说|对对对?|嗯+|呃+|额|那么|反正|你看|你知道|怎么说)\s*[，,]?)+/g;

// Self-repairs: a word said, then said again with the adverb the speaker meant ("有也有很多" →
// "也有很多"; not "看也看不懂", which is emphatic), or a restart after a comma ("我们，我们会去做").
const ZH_ADVERB_REPAIR = /(\p{sc=Han})([也都就还])\1(?![不没])/gu;
const ZH_COMMA_RESTART = /(\p{sc=Han}{2,4})[，,]\1/gu;

// A topic noun taken up again by a pronoun ("区块链它跟新基建…", "我们的孩子他的成长"): spoken
// topic-comment; written Chinese states the noun once. Only right after a noun (jieba's tags), so
// "告诉他", "其他" and a pronoun opening a clause stay.
const ZH_RESUMPTIVE = new Set("它 他 她 它们 他们 她们".split(" "));
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|nrt|nrfg|vn|eng|j)$/;
// A word jieba's HMM found but its dictionary lacks ("公链") is tagged x: mostly a name or a term.
const isNoun = (w: { word: string; tag: string }) => NOUN_TAG.test(w.tag) || (w.tag === "x" && /^\p{sc=Han}{2,}$/u.test(w.word));

function dropResumptive(text: string): string {
  if (!/[他她它]/.test(text)) return text;
  const words = tagZhCovering(text);
  return words
    .filter((w, i) => !(ZH_RESUMPTIVE.has(w.word) && i > 0 && isNoun(words[i - 1]) && /^\p{sc=Han}/u.test(words[i + 1]?.word ?? "")))
    .map((w) => w.word)
    .join("");
}

// Short real English words that may stand before a longer word starting with the same letters.
const REAL_SHORT = new Set(
  "a an i the to of in on at it is be we he me my no so do go up us or as by if ok hi oh am are was not and but for can did had has her his its let may our out see she two use who why yes you one how now new all any few get got".split(
    " ",
  ),
);

/** "w when", "th the", "t three": a broken-off start of the next word. */
function dropRestarts(text: string): string {
  return text.replace(/(?<![\w'’])([A-Za-z]{1,3})\s+(?=([A-Za-z]+))/g, (m, a: string, next: string) => {
    const la = a.toLowerCase();
    const ln = next.toLowerCase();
    if (REAL_SHORT.has(la)) return m;
    if (ln.startsWith(la) && ln.length > la.length) return "";
    // A stray lower-case letter that is not a word ("the q first question"); capitals are labels ("option B").
    if (/^[b-hj-z]$/.test(a)) return "";
    return m;
  });
}

/** English fillers beyond "um"/"you know": "like" used as a filler, "I mean", "you see". */
function dropEnFillers(text: string): string {
  return (
    text
      .replace(/,\s*like\s*,/gi, ",")
      .replace(/^like,\s*/i, "")
      // Sentence-initial "like" before a clause ("Like how much does it cost") is a filler; before a noun it may be a verb.
      .replace(/^like\s+(?=(?:how|what|why|when|where|who|if|we|i|you|it|they|this|that|there|maybe)\b)/i, "")
      .replace(/\b(be|is|was|were|are|'s|'re|been|being)\s+like\s+(?=\w+ing\b|a\b|an\b|the\b)/gi, "$1 ")
      .replace(/(?<=\w)'s\s+like\s+(?=\w+ing\b)/gi, "'s ")
      .replace(/(?:^|,\s*)(?:i mean|you see|you know)\s*,\s*/gi, (m) => (m.startsWith(",") ? ", " : ""))
      .replace(/\b(?:basically|literally)\s*,?\s+/gi, "")
  );
}

/** Research-transcript conventions: "belief - net" → "belief-net"; `" sentence "` → `"sentence"`. */
function joinTranscriptPunct(text: string): string {
  let t = text.replace(/(?<=[\p{L}\p{N}])\s+-\s+(?=[\p{L}\p{N}])/gu, "-");
  const quotes = t.match(/"/g)?.length ?? 0;
  if (quotes % 2 === 0) t = t.replace(/"\s*([^"]*?)\s*"/g, '"$1"');
  else t = t.replace(/\s*"\s*/g, " ");
  return t.replace(/\s{2,}/g, " ").trim();
}

function tidyPunct(text: string, zh: boolean): string {
  let t = text.replace(/([，,])\s*(?=[，,。？！.?!])/g, "").replace(/^[\s，,、；;:：]+/, "");
  // Chinese: no spaces around full-width punctuation; a clause that trails off ("，……") ends there.
  if (zh)
    t = t
      .replace(/\s+(?=[，。？！、；：])/g, "")
      .replace(/(?<=[，。？！、；：])\s+/g, "")
      .replace(/[，,、]\s*(?:…+|\.{3,})$/, "");
  return t
    .replace(/\s+([,.?!;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * A selected sentence as it should read in minutes. `meeting` turns on the spoken-language
 * rules; written documents only get punctuation tidying. Idempotent.
 */
const tidyCache = new Map<string, string>();

export function tidySentence(text: string, opts: { zh: boolean; meeting: boolean }): string {
  const key = `${opts.zh ? 1 : 0}${opts.meeting ? 1 : 0}${text}`;
  let v = tidyCache.get(key);
  if (v === undefined) {
    if (tidyCache.size > 50_000) tidyCache.clear();
    tidyCache.set(key, (v = tidy(text, opts)));
  }
  return v;
}

function tidy(text: string, opts: { zh: boolean; meeting: boolean }): string {
  let t = text;
  if (opts.meeting) {
    if (opts.zh)
      t = t
        .replace(ZH_TAGS, "")
        .replace(ZH_CLAUSE_START, "")
        .replace(/(?<!也)就是说/g, "");
    if (opts.zh) t = dropResumptive(t.replace(ZH_ADVERB_REPAIR, "$2$1").replace(ZH_COMMA_RESTART, "$1"));
    t = joinTranscriptPunct(dropEnFillers(dropRestarts(t)));
  }
  t = tidyPunct(t, opts.zh);
  return t.replace(/^[a-z]/, (c) => c.toUpperCase());
}
