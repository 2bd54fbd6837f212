/** Text hygiene shared by all parsers: ASR artefacts out, whitespace normalised, fillers kept. */

// Meeting-corpus markup ({vocalsound}, {disfmarker}), ASR event tags (<laugh>, <unk>) and bracketed
// sound events. Fillers such as "um", "嗯", "那个" are speech and stay.
import { collapseBreaks, trimSpacesAroundBreaks } from "@/lib/text/scan";

const CURLY_TAG = /\{[a-z_]+\}/gi;
const ANGLE_TAG = /<\/?([a-z-]{2,12})\s{0,3}\/?>/gi;
const ASR_TAGS = new Set(
  "laugh laughter laughs noise unk sil silence breath breathing cough sigh music applause inaudible crosstalk spn nsn v-noise hes sta int no-speech vocalsound".split(" "),
);
const BRACKET_EVENT = /[[(（【](?:laugh(?:ter|s|ing)?|noise|music|applause|crosstalk|silence|background noise|笑声|笑|音乐|掌声|杂音|噪音|静音)[\])）】]/gi;
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

const MARK = "\u0001";
const CJK_CHAR = /[\u3000-\u303f\p{sc=Han}\uff00-\uffef]/u;

/** Removes artefacts; the gap left behind is a space between words but nothing between hanzi. */
export function stripArtifacts(text: string): string {
  const marked = text
    .replace(CURLY_TAG, MARK)
    .replace(ANGLE_TAG, (m: string, name: string) => (ASR_TAGS.has(name.toLowerCase()) ? MARK : m))
    .replace(BRACKET_EVENT, MARK);
  if (!marked.includes(MARK)) return text;
  // Each run of spaces, tabs and marks that holds a mark is one gap (one pass; the regex form was quadratic).
  let out = "";
  let i = 0;
  while (i < marked.length) {
    const at = marked.indexOf(MARK, i);
    if (at < 0) break;
    let a = at;
    while (a > i && (marked[a - 1] === " " || marked[a - 1] === "\t")) a--;
    let b = at + 1;
    while (b < marked.length && (marked[b] === MARK || marked[b] === " " || marked[b] === "\t")) b++;
    const before = a > 0 ? marked[a - 1] : "";
    const after = marked[b] ?? "";
    out += marked.slice(i, a) + (!before || !after || CJK_CHAR.test(before) || CJK_CHAR.test(after) ? "" : " ");
    i = b;
  }
  return out + marked.slice(i);
}

/** Collapses horizontal whitespace, removes zero-width marks, trims. Keeps newlines only if asked. */
export function normalizeSpace(text: string, keepNewlines = false): string {
  const t = text.replace(ZERO_WIDTH, "").replace(/[\u00a0\u3000\t\f\v ]+/g, " ");
  if (!keepNewlines) return collapseBreaks(t).replace(/ {2,}/g, " ").trim();
  return trimSpacesAroundBreaks(t).trim();
}

export function cleanSpeech(text: string): string {
  return normalizeSpace(stripArtifacts(text));
}

const CJK_END = /[\u3000-\u303f\p{sc=Han}\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u303f\p{sc=Han}\uff00-\uffef]/u;

/** Joins two pieces of one utterance: no space between Chinese characters, one space otherwise. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return CJK_END.test(a) && CJK_START.test(b) ? a + b : `${a} ${b}`;
}

/** Removes C0 control characters that survive decoding (stray NULs etc.) and unifies line endings. */
export function normalizeNewlines(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "");
}
