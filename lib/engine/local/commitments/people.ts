/**
 * Who a said name refers to. An owner is always a participant (a speaker label) or a person
 * named in the meeting; anything else ("Want", "Just", "Legal", "了有") is no owner at all.
 * Chinese names are matched the way people address each other: the given name ("建国" → 王建国,
 * "小雨" → 林小雨), a pet form ("浩子" → 李浩), or 小/老 + surname, X总, X经理 for people who are
 * named but not present.
 */
import { STOPWORDS_EN } from "@/lib/text/stopwords";
import { hasHan } from "@/lib/text/cjk";
import { dictionaryProperNames } from "@/lib/engine/local/proofread/speller";

// Capitalised words that are never a person: departments, roles, calendar words, discourse openers.
const NOT_PERSON_EN = new Set(
  "always never often sometimes usually alright ooh wow whoa hmm aha oops yep nope hello bye legal marketing sales finance design platform engineering product support ops operations hr it qa security procurement management leadership team everyone everybody anyone someone nobody monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today tomorrow tonight okay ok yeah yes no sure great perfect cool thanks thank sorry please maybe just want well also actually honestly right so then and but or because oh um uh hi hey fine good apple google amazon microsoft jira figma slack".split(
    " ",
  ),
);
const ZH_TITLE_AFTER = /^\p{sc=Han}(?:总|工|律|经理|老师|主任|姐|哥)$/u;
const ZH_TITLE = /^(?:[小老阿]\p{sc=Han}|\p{sc=Han}(?:总|经理|老师|主任|姐|哥|工|律))$/u;
// The commonest surnames: a name not among the speakers must start with one to count as a person.
const ZH_SURNAME =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
const ZH_NOT_NAME =
  /^(?:马上|辛苦|周[一二三四五六日末]|方案|许多|于是|何时|高兴|金额|常常|明天|明年|时间|成本|黄金|白天|江湖|石头|安排|关于|全部|全体|单独|曲线|应该|和他|向他|那么|然后|所以|我们|大家|你们|他们|现在|今天|明天|后天|这个|那个|这边|那边|这块|那块|主要|其实|就是|但是|因为|如果|或者|而且|比如|对了|另外|还有|最后|首先|好的|可以|行|嗯|一下|了有|主要看|的话|这样)$/;

export class People {
  readonly speakers: string[];
  /** Capitalised words used mid-sentence somewhere in the meeting: names, as opposed to sentence openers. */
  private readonly mentioned = new Set<string>();
  /** Words the meeting also uses in lower case mid-sentence ("always", "spongy", "people"): ordinary words, not names. */
  private readonly lowered = new Set<string>();

  constructor(speakers: string[], texts: string[] = []) {
    this.speakers = speakers.filter((s) => s?.trim()).map((s) => s.trim());
    for (const t of texts) {
      for (const m of t.matchAll(/(?<=[a-z,;]\s+)([A-Z][a-z]+)\b/g)) this.mentioned.add(m[1]);
      for (const m of t.matchAll(/(?<=[A-Za-z,;]\s+)([a-z]{3,})\b/g)) this.lowered.add(m[1]);
    }
  }

  /** A capitalised English word that can name a person here: name-shaped, and never used as an ordinary lower-case word. */
  private personEn(n: string): boolean {
    return isPersonNameEn(n) && !this.lowered.has(n.split(" ")[0].toLowerCase());
  }

  /**
   * A participant named as the subject of future work in the sentence ("marketing will look…",
   * "the Industrial Designer over here is gonna work on…", "Marketing Expert should come up with…").
   */
  subjectOfWork(text: string): string | null {
    const lower = text.toLowerCase();
    for (const sp of this.speakers) {
      const label = sp.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (label.length < 3) continue;
      const re = new RegExp(
        `(?:^|[^a-z])${label}(?: (?:designer|expert|specialist|manager))?(?: over here| here| then| also)?,? (?:will|should|could|is going to|is gonna|'s going to|'s gonna|gets|get to|you could|you can|you'll|you will)\\b(?! be (?:able|nice|good|great|fine))`,
      );
      if (re.test(lower)) return sp;
    }
    return null;
  }

  /**
   * A name used to address someone: a participant, or a person the meeting mentions by name. A name said
   * only once, opening a sentence ("Corrine, we'll want a product evaluation"), is a name when the
   * dictionary knows the word only as one (labels like "Marketing" leave the others' names unsaid).
   */
  isVocative(said: string): boolean {
    if (this.speaker(said)) return true;
    if (hasHan(said)) return this.isName(said);
    const first = said.split(" ")[0];
    return this.personEn(said) && (this.mentioned.has(first) || dictionaryProperNames().has(first));
  }

  /** The speaker a said name refers to, if any. */
  speaker(said: string): string | null {
    const n = said.trim();
    if (!n) return null;
    const lower = n.toLowerCase();
    const exact = this.speakers.find((s) => s.toLowerCase() === lower);
    if (exact) return exact;
    if (hasHan(n)) {
      if (n.length < 2) return null;
      // Compared by the person part of a label ("张敏-徐汇店" is 张敏), the label returned.
      const han = this.speakers.filter(hasHan).map((s) => ({ label: s, p: personPart(s) }));
      const one = (found: Array<{ label: string }>) => (found.length === 1 ? found[0].label : null);
      const whole = one(han.filter(({ p }) => p === n));
      if (whole) return whole;
      const ends = one(han.filter(({ p }) => p.length > n.length && p.endsWith(n)));
      if (ends) return ends;
      // Pet forms: 浩子, 阿浩, 小浩 → a speaker whose given name is 浩.
      // 小李 / 老李 → the one speaker surnamed 李.
      // 王总 / 李工 / 赵经理 (surname + title, how colleagues address a senior or an engineer) → the one speaker surnamed so.
      if (/^[小老]\p{sc=Han}$/u.test(n) || ZH_TITLE_AFTER.test(n)) {
        const surname = ZH_TITLE_AFTER.test(n) ? n[0] : n[1];
        const sur = one(han.filter(({ p }) => p.length >= 2 && p[0] === surname));
        if (sur) return sur;
      }
      // 敏姐 / 强哥 (given name + 姐/哥), 婷婷 (the given name doubled), 强子.
      const core = n.replace(/^[小阿老]|子$|(?<=^\p{sc=Han})[姐哥]$/gu, "").replace(/^(\p{sc=Han})\1$/u, "$1");
      if (core.length && core !== n) {
        const given = one(han.filter(({ p }) => p.length >= 2 && p.slice(1) === core));
        if (given) return given;
        const last = one(han.filter(({ p }) => p.length === 3 && core.length === 1 && p.endsWith(core)));
        if (last) return last;
      }
      return null;
    }
    const byWord = this.speakers.filter((s) => s.toLowerCase().split(/\s+/).includes(lower));
    if (byWord.length === 1) return byWord[0];
    // Role labels said in full: "the User Interface Designer" → "User Interface", "Marketing Expert" → "Marketing".
    const byPrefix = this.speakers.filter(
      (s) => lower.startsWith(`${s.toLowerCase()} `) && /^(?:[a-z]+ )+(?:designer|expert|specialist|manager|lead|person|team|guy)$/.test(lower),
    );
    return byPrefix.length === 1 ? byPrefix[0] : null;
  }

  /** Owner for a said name: a speaker, else a plausible named person, else null. */
  owner(said: string | null | undefined): string | null {
    if (!said) return null;
    // "曹颖你负责…": the vocative's 你/您 is not part of the name.
    // A sentence particle is not part of it either ("辛苦陈晨了" → 陈晨).
    const n = said
      .trim()
      .replace(/[，,。.!?？]+$/, "")
      .replace(/(?<=\p{sc=Han}{2})[你您了吧啊呀]$/u, "");
    const sp = this.speaker(n);
    if (sp) return sp;
    // 的 and 们 are grammar, never part of a name ("对方的负责人" names nobody called 方的).
    if (hasHan(n)) return (ZH_TITLE.test(n) || (/^\p{sc=Han}{2,3}$/u.test(n) && ZH_SURNAME.includes(n[0]))) && !ZH_NOT_NAME.test(n) && !/[的们]/.test(n) ? n : null;
    return this.personEn(n) ? n : null;
  }

  /** True when `said` could name a person (for vocative detection). */
  isName(said: string): boolean {
    return this.owner(said) !== null;
  }
}

/** The person in a Chinese speaker label that also names a place or team: "张敏-徐汇店", "李强（静安店）" → the name. */
function personPart(label: string): string {
  return label.split(/[-－—–(（/·|｜]/)[0].trim() || label;
}

export function isPersonNameEn(n: string): boolean {
  // A possessive ("Calculator's") is not a name said as an owner.
  if (!/^[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?: [A-Z][a-z]+)?$/.test(n) || /'s$/i.test(n)) return false;
  // Gerunds and adverbs opening a sentence ("Recruiting takes…", "Honestly…") are not names.
  if (/(?:ing|ly)$/.test(n.split(" ")[0])) return false;
  const first = n.split(" ")[0].toLowerCase();
  return !NOT_PERSON_EN.has(first) && !STOPWORDS_EN.has(first);
}

export function isZhNameCandidate(n: string): boolean {
  return /^\p{sc=Han}{2,3}$/u.test(n) && !ZH_NOT_NAME.test(n);
}
