/**
 * Spoken-language cleanup before selection: transcripts carry fillers ("um", "you know", "嗯",
 * "那个"), stutters ("the the", "我我"), ASR markup ("{disfmarker}", "V_C_R_") and detached
 * punctuation. Summaries and answers quote cleaned text, so what a reader sees reads as written.
 */
import { STOPWORDS_EN } from "@/lib/text/stopwords";
import { hanCount } from "@/lib/text/cjk";

// Three patterns (they start with different characters, so applying them in turn is one pass each).
const CURLY_MARKUP = new Set(["disfmarker", "vocalsound", "gap", "nonvocalsound", "pause", "comment"]);
const SQUARE_MARKUP = new Set(["laughter", "noise", "inaudible", "crosstalk", "music", "applause"]);
const startsWithOne = (set: Set<string>, word: string) => [...set].some((k) => word.toLowerCase().startsWith(k));
const MARKUP: Array<[RegExp, (m: string, word: string) => string]> = [
  [/\{([^{}]*)\}/g, (m, w) => (startsWithOne(CURLY_MARKUP, w) ? " " : m)],
  [/\[([^[\]]*)\]/g, (m, w) => (startsWithOne(SQUARE_MARKUP, w) ? " " : m)],
  [/<[^<>]{1,20}>/g, () => " "],
];

// Fillers that are never content in meeting speech. "like" and "so" are content too often to drop.
// redos-safe: a start inside a word fails the look-behind at once, and whitespace is one space by the time this runs
const EN_FILLERS = /(?<![\w'])(?:u+m+|u+h+|u+h+-huh|mm+-?hmm+|mm+|hmm+|mhm|er+m*|ah+|oh+|eh|huh|you know|i mean|sort of|kind of)(?![\w'])\s*(?:,\s*)?/gi;
const EN_LEADING = /^(?:(?:okay|ok|so|well|and|but|yeah|yes|right|alright|anyway|now)\s*[,.]?\s+)+/i;
const EN_REPEAT = /\b(\w+(?:'\w+)?)(?:\s+\1\b)+/gi;
// A restart: a cut-off start of the next word ("we s skip", "fle flexible", "wor work").
// redos-safe: bounded fragment, one space, one word.
const EN_RESTART = /(?<![\w'’-])([a-z]{1,3}) (?=([a-z]+))/gi;

function dropRestarts(t: string): string {
  return t.replace(EN_RESTART, (m, frag: string, next: string) => {
    const f = frag.toLowerCase();
    // Single letters other than "a"/"I" are never words; longer fragments must not be words.
    const fragment = f.length === 1 ? !/^[ai]$/.test(f) : !STOPWORDS_EN.has(f) && !SHORT_WORDS.has(f);
    return next.length >= Math.max(3, f.length + 1) && next.toLowerCase().startsWith(f) && fragment ? "" : m;
  });
}
// Short words that are words, not fragments, though not stop-words ("go going", "bit bitter").
const SHORT_WORDS = new Set(
  "go get got see say put set let run use try buy pay ask add cut fix mix top end art car bus bit job low big new old red way day man men boy law war oil gas tax".split(" "),
);

// A run of fillers before punctuation goes (judged per whole run: the look-ahead form rescanned long runs),
// then fillers that open the text or a clause.
const ZH_FILLER_RUN = /[嗯呃额哦噢呀唉]+/g;
const ZH_FILLER_AFTER = /[，。、,\s]/;
const ZH_FILLERS = /^[嗯呃额哦噢啊]+[，,]?|(?<=[，。？！、,\s]|^)(?:嗯|呃|啊|哦|额)+[，,]?/g;
// Discourse markers at the start of a clause; mid-clause "那个" ("that") and "就是" ("is exactly") are content.
const ZH_LEADING = /(?<=^|[，。？！；、,])(?:\s*(?:然后呢?|那么|那个|那(?![边些天时里样种儿个])|就是说?|其实|对(?=[，,。])|好(?=[，,。])|呃|嗯|啊|所以说|反正)\s*[，,]?)+/g;
const ZH_REPEAT = /(\p{sc=Han}{1,3})\1+(?=\p{sc=Han})/gu;

const ACRONYM = /\b((?:[A-Z]_)+)(?![A-Za-z])/g;

/** Keep doubled characters that are real words ("谢谢", "看看", "常常", "人人"). */
const ZH_DOUBLES_OK = new Set("谢看试想听说聊问走等刚常人天年渐慢快好多少点些个轻悄偷默明清干净高兴宝爸妈哥姐弟妹奶爷星上下".split(""));

function dedupeZh(text: string): string {
  return text.replace(ZH_REPEAT, (all, unit: string) => (unit.length === 1 && ZH_DOUBLES_OK.has(unit) && all.length === 2 ? all : unit));
}

/**
 * The words as said, only the transcript's markup gone ("{disfmarker}", "V_C_R_", "word ."): what a
 * quotation may show. Fillers and restarts stay — removing them would put words in quotation marks
 * that nobody said in that form.
 */
export function verbatimSpoken(text: string): string {
  let t = MARKUP.reduce((s, [re, fn]) => s.replace(re, fn), text);
  t = t.replace(ACRONYM, (m) => m.replace(/_/g, ""));
  // Detached punctuation from tokenised transcripts: "word ." → "word."
  // Whitespace runs become one space first, so the patterns after it never rescan a long run.
  t = t.replace(/\s+/g, " ");
  t = t.replace(/ ([.,?!;:%)])/g, "$1").replace(/([(]) /g, "$1");
  return t.replace(/ (['’](?:s|t|re|ve|ll|d|m)\b)/gi, "$1").trim();
}

/** Clean one turn or sentence of spoken English or Chinese. Idempotent. */
export function cleanSpoken(text: string): string {
  let t = verbatimSpoken(text);
  t = t.replace(EN_FILLERS, "");
  t = t.replace(EN_REPEAT, "$1");
  t = dropRestarts(t);
  t = t.replace(ZH_FILLER_RUN, (run: string, at: number, all: string) => (at + run.length === all.length || ZH_FILLER_AFTER.test(all[at + run.length]) ? "" : run));
  t = t.replace(ZH_FILLERS, "");
  t = t.replace(ZH_LEADING, "");
  t = dedupeZh(t);
  t = t
    .replace(/([。！？；])[，,、\s]+/g, "$1")
    .replace(/ ?, ?([,.?!])/g, "$1")
    .replace(/([,，])\s*[,，]+/g, "$1");
  t = t
    .replace(/^[\s,，.。、;；]+/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  t = t.replace(EN_LEADING, "");
  // Sentence-initial capital after dropping a leading filler.
  return t.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** True when a cleaned sentence still says something (not a backchannel like "Okay." or "对。"). */
export function isContentful(cleaned: string, minWords = 4, minHan = 6): boolean {
  const han = hanCount(cleaned);
  if (han > 0) return han >= minHan;
  const words = cleaned.match(/[A-Za-z0-9']+/g)?.length ?? 0;
  return words >= minWords;
}

// Spoken Chinese padding that written minutes never keep: demonstrative fillers ("这个", "那个"),
// hedges ("我觉得", "其实"), connective filler ("然后", "就是说") and sentence-final particles.
// Each is dropped only where it is a word of its own, never a piece of a longer word: the guards
// keep 一下子, 名副其实, 理所当然, 这个月/那个时候, 说的话, copular 就是 after a cleft 的 or a subject
// noun ("问题就是…", "要做的就是…"), 这个 as a subject pronoun ("这个不行"), and 吧 in 酒吧/网吧. On
// VCSum half A the guards cost 0.1 R-L (18.75 → 18.63): the price of not cutting words apart. Words
// that carry meaning are never padding: 可能 (a possibility is not a certainty), 一点 (一比一点二, 多一点),
// and 一下 at a clause's end (it would leave the verb bare: "跟技术对").
const ZH_PADDING = new RegExp(
  [
    "我觉得|我认为|我个人觉得|我们觉得|然后呢?|就是说|这样的话|所谓的|包括说|相当于说|也就是说",
    // A demonstrative with a classifier before a noun ("数字基建的这么一个信任基础"): spoken framing, no referent.
    "(?:这么|那么|这样的?|那样的?)一(?:个|种)(?=\\p{sc=Han})",
    "(?<=[的是])一(?:个|种)(?![月人星小钟半年天点些])(?=\\p{sc=Han}{2})",
    "(?<!名副)其实",
    "(?<![不也的题因点键标思])就是",
    "(?:这个|那个)(?![月人时星礼季阶不没是很也都就要会能可还太真已])",
    "(?<!说)的话",
    "(?<![这那有])一些",
    "一下(?!子)(?=\\p{sc=Han})",
    "(?<!所)当然",
    "(?<![酒网贴嘻])[啊呀呢吧嘛哈](?=[，。！？,]|$)",
  ].join("|"),
  "gu",
);

// A tag question ("…有差距的，是吧？") asks nothing: the clause before it is a statement. It goes
// before the particle rule below, which would otherwise leave "…有差距的是？" behind.
const ZH_TAG_QUESTION = /[，,]?(?:对吧|是吧|好吧|对不对|是不是啊?|对不对啊?)([？?。！!]|(?=[，,；;]|$))/g;

/** Tighter than `cleanSpoken`: for summary text in Chinese, where every character counts. */
export function condenseZh(text: string): string {
  return text
    .replace(ZH_TAG_QUESTION, (_m, end: string) => (end ? "。" : ""))
    .replace(ZH_PADDING, "")
    .replace(/，{2,}/g, "，")
    .replace(/^[，、]+/, "")
    .replace(/，(?=[。！？])/g, "");
}
