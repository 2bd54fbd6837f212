/** Text hygiene shared by all parsers: ASR artefacts out, whitespace normalised, fillers kept. */

// Meeting-corpus markup ({vocalsound}, {disfmarker}), ASR event tags (<laugh>, <unk>) and bracketed
// sound events. Fillers such as "um", "嗯", "那个" are speech and stay.
const CURLY_TAG = /\{[a-z_]+\}/gi;
const ANGLE_TAG = /<\/?(?:laugh(?:ter|s)?|noise|unk|sil|silence|breath|breathing|cough|sigh|music|applause|inaudible|crosstalk|spn|nsn|v-noise|hes|sta|int|no-speech|vocalsound)\s*\/?>/gi;
const BRACKET_EVENT = /[[(（【](?:laugh(?:ter|s|ing)?|noise|music|applause|crosstalk|silence|background noise|笑声|笑|音乐|掌声|杂音|噪音|静音)[\])）】]/gi;
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

const MARK = "\u0001";
const CJK_CHAR = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Removes artefacts; the gap left behind is a space between words but nothing between hanzi. */
export function stripArtifacts(text: string): string {
  const marked = text.replace(CURLY_TAG, MARK).replace(ANGLE_TAG, MARK).replace(BRACKET_EVENT, MARK);
  if (!marked.includes(MARK)) return text;
  return marked.replace(/[ \t]*\u0001[\u0001 \t]*/g, (m: string, offset: number, all: string) => {
    const before = all[offset - 1] ?? "";
    const after = all[offset + m.length] ?? "";
    return !before || !after || CJK_CHAR.test(before) || CJK_CHAR.test(after) ? "" : " ";
  });
}

/** Collapses horizontal whitespace, removes zero-width marks, trims. Keeps newlines only if asked. */
export function normalizeSpace(text: string, keepNewlines = false): string {
  const t = text.replace(ZERO_WIDTH, "").replace(/[\u00a0\u3000\t\f\v ]+/g, " ");
  if (!keepNewlines) return t.replace(/\s*\n\s*/g, " ").replace(/ {2,}/g, " ").trim();
  return t.replace(/ *\n */g, "\n").trim();
}

export function cleanSpeech(text: string): string {
  return normalizeSpace(stripArtifacts(text));
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

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
