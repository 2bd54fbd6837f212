/**
 * Token estimates that hold for Chinese and English without a model tokenizer.
 * BPE tokenizers (cl100k, Qwen, DeepSeek) spend at least one token per CJK character, so CJK is
 * counted per character, never "4 characters per token". Latin words cost about one token per
 * 4 letters, rounded up; each punctuation mark is one token.
 */
// Han, kana and Hangul: one token per character.
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const TOKEN_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

export function countTokens(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    if (t.length === 1) n += 1;
    else n += Math.ceil(t.length / 4);
  }
  return n;
}
