/**
 * The to-do's wording: the task phrase of a commitment sentence, without the vocative, the
 * commitment cue ("I'll", "can you", "我来", "你…一下"), the deadline words and discourse padding.
 * It is the engine's wording; the verbatim sentence stays the to-do's evidence.
 */
import nlp from "compromise";
import { cleanSpoken } from "@/lib/text/spoken";
import { hasHan } from "@/lib/text/cjk";

const EN_CUT: RegExp[] = [
  /^(?:(?:okay|ok|so|and|also|great|right|oh|alright|then|now|yeah|yes|yep|sure|cool|perfect|fair|good|sounds good|no worries|no problem|happy to|will do|got it)\b[\s,.!]*)+/i,
  /^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*,\s*/,
  /^(?:(?:[Ll]et's|[Ww]e'll|[Cc]an we) (?:have|get|ask) [A-Z][a-z]+ (?:to )?|[Ii](?:'d| would)? (?:like|want|need) [A-Z][a-z]+ to |[A-Z][a-z]+(?:'s going to|'s gonna| is going to| is gonna| will|'ll| to) )(?=[a-z])/,
  /^(?:i think |i guess )?(?:i(?:'ll| will| shall| am going to|'m going to|'m gonna| can| could| should be able to| need to| have to| must)|let me|can you|could you|would you(?: mind)?|will you|(?:can|could|may) i ask you to|mind|any chance you (?:could|can)|you(?:'re| are) on point for|you(?:'ll| will| need to| have to| should| must)|please|everyone|everybody|we(?:'ll| will)? (?:need to|have to|must)|we (?:still |also )?need (?:someone|somebody) to|(?:someone|somebody) (?:needs|has) to)\b\s*(?:please\s+)?(?:also\s+|just\s+|probably\s+|go ahead and\s+)?/i,
  /^(?:(?:and|also|just)\s+)+/i,
  /^(?:you(?:'re| are) (?:on|in charge of|responsible for)|you(?:'ll| will) be (?:working on|looking at|doing|handling|taking)|be (?=\w+ing\b))\s*/i,
  /^(?:my (?:action item|task|to-?do|job) (?:is|will be) to|who(?:'s| is)(?= (?:taking|doing|handling|owning))|who (?:wants to|can|will|could|is going to)|(?:can|could|would) (?:someone|anyone|somebody)|is anyone able to|(?:can|could) (?:we|i) get)\s+/i,
];
const EN_TAIL = /(?:,?\s*\b(?:right|okay|ok|please|then|if (?:at all )?possible|if you can|for me|too|as well|anyway|i think)\s*)+[?.!]*$|[?.!,;\s]+$/i;

const ZH_CUT =
  /^(?:那么?|然后|好|行|对了|还有|另外|最后|所以|嗯|哦|那个|就是)[，,\s]*|(?:我|你|您)(?!们)(?:这边|那边)?(?:来|去|就|先|会(?![后议上])|负责)?(?:把)?|(?:请|麻烦|辛苦)(?:你|您)?|[吧啊呢哈嘛呀](?=[，。！？,]|$)|[？?。！!]+$/g;
/** Clauses that give reasons or states, not the task: "我跟他们比较熟", "我看群里有人说…", "不然…". */
const ZH_ASIDE = /^(?:我看|我觉得|因为|不然|否则|说实话|其实|毕竟|反正|主要是)|有人说|比较熟|(?:^|我|我这边|我们)有[^，。]{0,6}(?:权限|数据|经验)|^[^，。]{0,2}$/;

const ZH_ASSIGNEE = /^(?:就|那就)?(?:让|由|请|麻烦|交给)|负责$|来负责$/;

function stripDate(text: string, dueText: string | null): string {
  if (!dueText) return text;
  const i = text.indexOf(dueText);
  // A date word used as a possessive ("before tomorrow's standup", "Thursday's call") names an
  // event that belongs to the task; cutting it leaves "before 's standup".
  if (i < 0 || /^['’]s\b/.test(text.slice(i + dueText.length))) return text;
  // Chinese deadline words carry their particles: "在周四前", "这周内", "周五之前".
  // So do English ones their preposition: "by Friday and share it" → "and share it", not "by and share it",
  // and the hedge on the date ("the copy, probably by next Friday" is not "the copy, probably").
  const before = text
    .slice(0, i)
    .replace(/(?:在|于)$/, "")
    .replace(/,?\s*\b(?:by|before|until|till|on|no later than|due)\s*$/i, "")
    .replace(/,?\s*\b(?:probably|hopefully|ideally|maybe|perhaps)\s*$/i, "");
  // A date said with its comma ("by Friday, the records are online") leaves the comma: what follows is another clause.
  const after = (/[,，]$/.test(dueText) ? "," : "") + text.slice(i + dueText.length).replace(/^(?:之前|以前|之内|以内|前|内)/, "");
  return (before + after).replace(/\s{2,}/g, " ");
}

/**
 * "The part's coming tomorrow, I'll swap it by Friday": the status before the speaker's commitment is neither
 * the task nor its date. Kept when the commitment points back at it ("The deck is still mine, I'll have it ready")
 * or when it is the condition ("If…, I'll…").
 */
const STATUS_BEFORE_COMMITMENT =
  /^(?!(?:if|when|once|unless|as soon as)\b)[^,;—–]{3,60}?(?:,|;|\s[—–-])\s+(?=(?:and |so |but )?(?:i(?:'ll| will)|let me)\b(?!(?: \w+){1,2} (?:it|them|that|this|those)\b))/i;

export const commitmentClause = (sentence: string) => sentence.replace(STATUS_BEFORE_COMMITMENT, "");

export function taskPhraseEn(sentence: string, dueText: string | null, vocativeName?: string | null): string {
  let t = cleanSpoken(sentence);
  t = stripDate(t, dueText);
  if (vocativeName) t = t.replace(new RegExp(`(^|,\\s*)${vocativeName}\\s*,\\s*`), "$1").replace(new RegExp(`,?\\s+${vocativeName}\\s*([?.!]*)$`), "$1");
  t = commitmentClause(t)
    .replace(/^[\s,;:—–-]+/, "")
    // "Speaking of you, Jonah, abstracts": the turn to a new topic is no part of it. "…first thing Monday — oh wait,
    // Monday's the holiday": what follows the self-correction is another thought.
    .replace(/^speaking of [^,.]+,\s*/i, "")
    .replace(/\s*[—–-]+\s*(?:oh\s+)?(?:wait|actually|sorry|hang on)\b.*$/i, "");
  for (let k = 0; k < 3; k++) {
    // "Since the city says…, would you mind filing the renewal": the reason before the request is not the task.
    // So is a frame of the moment ("While you're digging — any chance you could do a sidebar…").
    t = t.replace(/^(?:since|because|as|given(?: that)?|now that|while)\b[^,—–]*(?:,|\s[—–-])\s*(?=(?:would|could|can|will) you\b|any chance\b|please\b)/i, "");
    // "Is chasing estates something you could pick up?": the work is what the question names.
    t = t.replace(/^is (.+?) something (?:that )?you(?:'d| could| can| would| might)? (?:be able to )?(?:pick up|take on|own|handle|look at|look into|do|help with)\b.*$/i, "$1");
    for (const re of EN_CUT) t = t.replace(re, "");
  }
  // "draft it, and I need everyone's input…": the speaker's next need is another matter, not this task.
  t = t.replace(/,\s*and (?:i|we) (?:need|want|'d like|would like)\b.*$/i, "");
  // A concession or a reason after the task ("…, even if it's six paragraphs", "…, the deeds are all online") is not the work;
  // nor is the name of whom it is for said last ("…and get you in, Tess").
  t = t
    .replace(/\s+,/g, ",")
    .replace(/,\s*(?:even if|even though|although|though|because|'cause)\b.*$/i, "")
    .replace(/,\s+(?:the|it|they|that|this|there|he|she)\b(?:\s+[\w-]+){0,4}?\s*(?:'s|'re|\bis|\bare|\bwas|\bwere|\bhas|\bhave)\b.*$/i, "")
    .replace(/,\s+[A-Z][a-z]+\s*[?.!]*$/, "");
  // "Sam takes the vendor shortlist" → "Take the vendor shortlist": who does it is the owner field.
  t = t.replace(/^[A-Z][a-z]+ (take|own|handle|get)s (?=[a-z])/, (_m, v: string) => `${v} `);
  // "You take the enterprise slides" → "Take the enterprise slides"; "I need the forecast numbers" → "The forecast numbers".
  t = t.replace(/^you(?:'ll| will)? (take|own|handle|grab|get|do) (?=[a-z])/i, (_m, v: string) => `${v} `).replace(/^I(?:'ll| will|'d)? (?:need|want) (?:you to )?(?=[a-z])/, "");
  // "I'll try to forward…": the effort promised is the task itself.
  t = t.replace(/^(?:try|attempt) (?:to|and) (?=[a-z])/i, "");
  t = t.replace(EN_TAIL, "").trim();
  t = imperative(t);
  return t ? t[0].toUpperCase() + t.slice(1) : t;
}

/** "Chasing estates", "Setting up a standing order" (what "would you mind…" / "is X something…" leave) read as a task: "Chase estates". */
function imperative(t: string): string {
  const first = t.match(/^([A-Za-z]+ing)\b/);
  if (!first) return t;
  const base = nlp(first[1]).verbs().toInfinitive().text();
  return base && !/\s/.test(base) ? base + t.slice(first[1].length) : t;
}

export function taskPhraseZh(sentence: string, dueText: string | null, vocativeName?: string | null): string {
  let t = cleanSpoken(sentence);
  t = stripDate(t, dueText)
    .replace(/^(?:之前|以前|前)/, "")
    // Thanks and assent before the task ("太好了，谢谢王姐，抽查表我会后发您", "好吧好吧，那我就…") are not part of it.
    .replace(/^(?:(?:太好了|好吧|行吧|好的?|行|谢谢\p{sc=Han}{0,3}?|辛苦了?|麻烦了)[，,！!]?\s*)+(?=[\p{sc=Han}A-Za-z\d])/u, "")
    // When, not what: the time of day left by the date ("明天下班前" less 明天) and times that name no date ("散会我就发", "会后找他").
    .replace(
      /(^|[，,])((?:我|你|您)就?)?(?:(?:下班|中午|上午|下午|晚上|早上)(?:之前|以前|前)|(?:散会|开完会)(?:以后|之后|后)?|会后|回头|马上|待会儿?|一会儿)(?=\p{sc=Han})/gu,
      "$1$2",
    )
    .replace(/^(?:好|行)?[，,]?(?:那)?(?:就这么(?:办|定了?)|就这样)[吧了]?[，,：:]\s*/, "");
  if (vocativeName)
    for (const n of new Set([vocativeName, vocativeName.slice(1), vocativeName.slice(-2)]))
      if (n.length >= 2)
        t = t.replace(
          new RegExp(
            `[那]?${n}(?=[，,、你您把来去先再]|$)[，,]?|(?<!让|由|请|叫|给)${n}(?=(?:提交|发|交|出|做|写|整理|准备|完成|搞定|弄|联系|跟进|对接|确认|核对|更新|改|查|约|安排|汇总))`,
          ),
          "",
        );
  // A form of address opening the task or its clause ("老高，前端组再排一下序", "婷婷，…", "排班这样，敏姐你负责把…")
  // is whom it is given to.
  t = t.replace(
    /(^|[，,])(?:那|好)?(?:[小老阿]\p{sc=Han}|\p{sc=Han}{1,2}[姐哥总工律]|\p{sc=Han}(?:老师|主任|经理)|(\p{sc=Han})\2)(?:[，,]\s*|(?=你|您|负责|把))(?:你们?(?:组|部门|团队|那边|这边)?|您)?(?:负责)?/u,
    "$1",
  );
  // A short clause before "你/您…" is the person addressed ("小王，你明天把合同…"), not the task.
  t = t.replace(/^(?:那|好)?\p{sc=Han}{2,3}[，,]\s*(?=你|您)/u, "");
  // "把测试报告提交一下" → "测试报告提交一下": the disposal marker without its subject reads as a fragment.
  t = t.replace(/^把(?=[\dA-Za-z]|\p{sc=Han}{2})/u, "");
  // "这事交给沈丽跟进，…": who does it is the owner field.
  const unassigned = t.replace(/^(?:这事儿?|这件事|这个|这块)?(?:就)?(?:交给|让|由|麻烦|辛苦)\p{sc=Han}{2,3}?(?:来)?(?:跟进|负责)?了?(?=[，,])[，,]?/u, "");
  if (!isBareTask(unassigned)) t = unassigned;
  t = t.replace(/[—–-]{1,2}\s*$/, "");
  // "还有一个，…" / "另外一件事，…" announces the next item; "由陈晨来收" keeps no dangling 由 once the name is gone.
  t = t.replace(/^(?:还有|另外|最后)(?:一个|一件事|一点|一项)[，,]\s*/, "").replace(/(?:由|让)(?=来|去|负责)/, "");
  const clauses = t
    .split(/[，,；;]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const kept = clauses.filter((c, k) => k === 0 || !ZH_ASIDE.test(c.replace(ZH_CUT, "")));
  t = (kept.length ? kept : clauses)
    .join("，")
    .replace(/^(?:[^，,。]{1,6}这边)?(?:好的?|行|可以|没问题|收到|明白)[，,]?/, "")
    // "页面卡顿这个事，…" names the topic the task is about: kept as its label, not read as "页面卡顿事".
    .replace(/^(?:那)?(\p{sc=Han}{2,12}?)这(?:个|件)事(?:情|儿)?[，,]\s*/u, "$1：")
    .replace(/这个(?=\p{sc=Han})/gu, "");
  // Who does it is the owner field, not the wording: "李娜负责…", "让陈晨去…", "谁来写？", "…能出吗？".
  t = t.replace(/^(?:就|那就)?(?:让|由|请|麻烦|交给)?\p{sc=Han}{2,3}?(?:负责|来负责|来|去)(?=\p{sc=Han})/u, (m) => (ZH_ASSIGNEE.test(m) ? "" : m));
  t = t
    .replace(/谁(?:能|来|去|可以|有空|负责|愿意)?/g, "")
    .replace(/(?:能不能|可不可以|(?<![性功智技职才可本效体潜动产])能|可以)(?=\p{sc=Han}{0,4}[吗么]?[？?]?$)/u, "")
    .replace(/[吗么][？?]?$/, "");
  // A closing check on the ask ("…，能行吗？", "…，行不行？") is not part of the task.
  t = t.replace(/[，,]\s*(?:(?:能|可以)?(?:行|成|好)(?:吗|么|不行|不好)?|来得及(?:吗|吧|么)?)[？?]?$/, "");
  t = t
    .replace(ZH_CUT, "")
    .replace(/[，,]{2,}/g, "，")
    .replace(/^[，,、\s]+|[，,、\s]+$/g, "")
    // "我按这个重新做…" → "重新做…": the manner frame points back at what was just agreed.
    .replace(/^按(?:照|着)?(?:这个)?(?=\p{sc=Han}{2})/u, "");
  return t;
}

/** A phrase that says nothing by itself ("do it", "我来", "that") needs the task it answers. */
export function isBareTask(phrase: string): boolean {
  const p = phrase
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, " ")
    .trim();
  if (!p) return true;
  if (hasHan(p)) return p.replace(/这块|这边|那边|的话|一下|[这那个件事儿吧好的可以来去我你跟\s]/g, "").length < 3;
  return (
    p
      .split(" ")
      .filter(
        (w) =>
          !/^(?:do|it|that|this|that's|thats|s|yours|right|take|own|handle|one|the|a|can|will|i|sure|yes|yep|okay|ok|fine|works|check|look|at|into|let's|assign|to|then|thing|one|have|get|done|ready|send|over|back|you|finished)$/.test(
            w,
          ),
      ).length < 1
  );
}
