/**
 * Chinese words with part-of-speech tags, in order, covering the input exactly (the words
 * concatenate back to it). jieba (@node-rs/jieba) when it loads; otherwise ICU's word segmenter
 * with an unknown tag ("x"), so callers that need tags degrade instead of failing.
 */
import { createRequire } from "node:module";

export interface TaggedWord {
  word: string;
  tag: string;
}

interface JiebaTagger {
  tag(text: string, hmm?: boolean): TaggedWord[];
}

let tagger: JiebaTagger | null | undefined;
let intl: Intl.Segmenter | undefined;

function loadTagger(): JiebaTagger | null {
  if (tagger !== undefined) return tagger;
  try {
    const req = createRequire(import.meta.url);
    const { Jieba } = req("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): JiebaTagger } };
    const { dict } = req("@node-rs/jieba/dict") as { dict: Uint8Array };
    tagger = Jieba.withDict(dict);
  } catch {
    tagger = null;
  }
  return tagger;
}

export function tagZh(text: string): TaggedWord[] {
  const t = loadTagger();
  if (t) {
    const words = t.tag(text, true);
    if (words.map((w) => w.word).join("") === text) return words;
  }
  intl ??= new Intl.Segmenter("zh", { granularity: "word" });
  return Array.from(intl.segment(text), (s) => ({ word: s.segment, tag: "x" }));
}
