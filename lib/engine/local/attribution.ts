/**
 * Who said it, where it matters: minutes record a proposal, an opinion or a commitment with the
 * person it came from ("王强建议…", "Bob proposed …"). A selected sentence in the first person is
 * reworded with the speaker's name — the engine's wording; the verbatim turn stays the evidence.
 * Cue families are grammatical (first person + a verb of proposing, thinking or committing; a
 * first-person-plural suggestion), not phrases from any meeting. Anonymous labels ("说话人1",
 * "Speaker 2") are never used: the caller passes a name only when the label is a real one.
 */

// ---- Chinese ----
// 我 as the speaker (not 我们): replaced by the name wherever it is the speaker's own voice.
const ZH_I = /我(?!们)/g;
// The first person proposing, judging or committing: worth naming.
const ZH_STANCE = /我(?!们)(?:个人)?(?:的)?(?:建议|提议|觉得|认为|想|看|意见|想法|看法|倾向|同意|反对|赞成|来|负责|去|会|可以|今天|明天|下周|这周|周[一二三四五六日])/;
// A suggestion to the room without "我": "要不我们…", "不如…", "我们可以考虑…".
const ZH_SUGGEST = /^(?:要不(?!要)(?:然)?|不如|咱们|我们可以|我们要不|建议)/;

// The quote opening on the speaker's own view ("嗯，我觉得主要是落地页的问题"): condensing drops the
// hedge as padding, which would turn one person's opinion into a stated fact, so the view verb returns
// with the name. Only fillers may come before it, so a view reported mid-sentence is not moved.
const ZH_VIEW_QUOTE = /^[\s，,。嗯啊呃哦那对就是然后所以其实]*我(?!们)(?:个人|自己)?(?:还是|也)?(觉得|认为|建议|倾向于?)/;

function attributeZh(text: string, name: string, quote?: string): string {
  if (ZH_STANCE.test(text)) return text.replace(/我的/g, `${name}的`).replace(ZH_I, name);
  const view = quote?.match(ZH_VIEW_QUOTE);
  if (view && !text.startsWith(name)) return `${name}${view[1] === "觉得" ? "认为" : view[1]}${text}`;
  // "要不要…" asks; it proposes nothing ("要不要同时上线语音客服，这个还没定"): minuted as the question raised.
  if (/^要不要/.test(text)) return `${name}提出是否${text.replace(/^要不要/, "").replace(/[？?。，,、\s]+$/, "")}。`;
  if (ZH_SUGGEST.test(text)) return `${name}提议${text.replace(/^(?:要不(?:然)?|建议)/, "").replace(/[？?]$/, "。")}`;
  return text;
}

// ---- English ----
const EN_RULES: Array<[RegExp, string]> = [
  [/^I (?:would |'d )?(?:suggest|propose|recommend)(?: that)?\s+/i, "$N suggested that "],
  [/^I (?:think|believe|feel|guess|reckon)(?: that)?\s+/i, "$N thought that "],
  [/^(?:in )?my (?:view|opinion),?\s+/i, "In $N's view, "],
  [/^I (agree|disagree)\b/i, "$N $1d"],
  [/^I(?:'ll| will)\s+/i, "$N will "],
  [/^I can\s+/i, "$N can "],
  [/^I(?:'m| am) going to\s+/i, "$N is going to "],
  [/^(?:let's|let us)\s+/i, "$N proposed to "],
  [/^(?:why don't we|how about we|maybe we should|we should|I think we should)\s+/i, "$N proposed that we "],
  // A modal or a past keeps its form in the third person: "I'd hire…" → "Sofia would hire…", "I already talked…".
  [/^I(?:'d| would)\s+(?!have\b)/i, "$N would "],
  [/^I (could|should|might|must)\s+/i, "$N $1 "],
  [/^I(?:'m| am) not\s+/i, "$N is not "],
  [/^I (already |just |also )?((?!(?:need|want|like|think|feel|mean|guess|know|see|hope|do|have|get|go)\b)[a-z]+ed)\b/i, "$N $1$2"],
  // "Sofia, can you post the job descriptions by Tuesday?": the request, with who made it.
  [/^([A-Z][a-z]+),\s+(?:can|could|would|will) you (?:please )?(?=[a-z])/, "$N asked $1 to "],
];

function attributeEn(text: string, name: string): string {
  for (const [re, to] of EN_RULES) {
    const m = text.match(re);
    if (!m) continue;
    // "I think I can…" would need its own pronoun shift; leave such a sentence in the first person.
    const rest = text.slice(m[0].length);
    if (/\b(?:I|I'm|I'll|I've|I'd|me|my|mine)\b/.test(rest)) return text;
    const out = text.replace(re, to.replace("$N", name.replace(/\$/g, "$$$$")));
    // A request reported is a statement, and the one asked is no longer "you".
    if (!to.includes(" asked ")) return out;
    return /\byour?\b/i.test(rest) ? text : out.replace(/\?\s*$/, ".");
  }
  return text;
}

/**
 * `text` reworded to name `speaker` when it is their proposal, opinion or commitment; else unchanged.
 * `quote`: the verbatim words `text` was condensed from, where a hedge the condensing dropped shows.
 */
export function attribute(text: string, speaker: string, zh: boolean, quote?: string): string {
  const name = speaker.trim();
  if (!name) return text;
  return zh ? attributeZh(text, name, quote) : attributeEn(text, name);
}
