/**
 * What one sentence does in the conversation: who would do the work (the speaker, the person
 * addressed, a third person, the group), and whether it is a question, a proposal, an assent,
 * a closure, a deferral, past work, a counterfactual, a relayed plan or a conditional.
 */
import * as C from "@/lib/engine/local/cues";
import type { People } from "@/lib/engine/local/commitments/people";
import { cleanSpoken } from "@/lib/text/spoken";
import { resolveDue } from "@/lib/engine/local/dates";
import { notAResolution } from "@/lib/engine/local/commitments/resolution";
import { hasHan } from "@/lib/text/cjk";

const EN_REASON = /^(?:[A-Za-z' ]{0,12},\s*)?(?:because|'cause|cuz)\b/i;

const resolveDueLike = (t: string) => resolveDue(t) !== null;

export type Actor = "self" | "offer" | "request" | "assign" | "group" | "team";

export interface Sentence {
  seg: number;
  speaker?: string;
  /** Verbatim sentence: the evidence quote. */
  raw: string;
  /** Cleaned of fillers. */
  text: string;
  zh: boolean;
  question: boolean;
  actor: Actor | null;
  /** Name said for the addressee or assignee (resolved to an owner later). */
  name: string | null;
  past: boolean;
  counterfactual: boolean;
  reported: boolean;
  conditional: boolean;
  vague: boolean;
  defer: boolean;
  proposal: boolean;
  reject: boolean;
  closure: boolean;
  /** The whole sentence is assent or acknowledgement ("好的没问题", "Fair enough."). */
  assent: boolean;
  /** The sentence opens with assent ("Yeah, EOD works…", "好，后天之前。"). */
  startsAssent: boolean;
  /** Gives the floor ("你先说一下") or closes the meeting ("辛苦大家"): talk, not work. */
  floor: boolean;
  closing: boolean;
  /** Restates what was agreed (a recap): makes no new to-do. */
  recap: boolean;
  /** States the group's plan for the product or work ("we're going to have…", "the case will be rubber"). */
  resolve: boolean;
}

const ZH_LEAD = /^(?:那么?|然后|好|行|对了|还有|另外|最后|嗯|哦|那个|所以)?[，,\s]*/;

/** Vocative: "Mei, can you…", ", Mei, just start…", "陈露，…", "那赵磊你就…". */
export function vocative(raw: string, people: People): string | null {
  if (hasHan(raw)) {
    const lead = raw.replace(ZH_LEAD, "");
    const m = lead.match(/^(\p{sc=Han}{2,3})[，,、]/u);
    if (m && people.speaker(m[1])) return people.speaker(m[1]);
    if (m && people.isName(m[1])) return m[1];
    for (const mm of raw.matchAll(/(\p{sc=Han}{2,4})(?=[，,]?\s*(?:你|您))/gu)) {
      const w = mm[1];
      for (let k = Math.min(3, w.length); k >= 2; k--) {
        const sp = people.speaker(w.slice(w.length - k));
        if (sp) return sp;
      }
      // A named person who is not (yet) a speaker: right after a clause break ("…，刘洋你就…").
      const at = (mm.index ?? 0) + w.length;
      for (const k of [2, 3]) {
        const cand = w.slice(w.length - k);
        const before = raw[at - k - 1] ?? "";
        if ((at - k === 0 || /[，,。；那让]/.test(before)) && people.isName(cand)) return people.owner(cand);
      }
    }
    return null;
  }
  // The discourse words before a vocative may be capitalised as the sentence opener ("Then Ben, load test…?").
  const m = raw.match(/^(?:(?:[Aa]nd|[Ss]o|[Oo]kay|[Oo]k|[Aa]lso|[Gg]reat|[Rr]ight|[Oo]h|[Aa]lright|[Tt]hen|[Nn]ow|[Uu]m|[Uu]h)[, ]+)*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*,/);
  if (m && people.isVocative(m[1])) return people.owner(m[1]);
  for (const mm of raw.matchAll(/,\s*([A-Z][a-z]+)\s*[,?]/g)) if (people.isVocative(mm[1])) return people.owner(mm[1]);
  return null;
}

function zhActor(raw: string, people: People): { actor: Actor | null; name: string | null } {
  // A named person opening a clause with the task: "下周三之前，张伟把测试报告提交一下".
  const direct = raw.match(/(?:^|[，,。；])\s*(?:那|就)?(\p{sc=Han}{2,3}?)(?=把|来(?!说)|去(?!年)|先|再|赶紧|尽快|负责)/u);
  // A participant named right before "V一下" is asked to do it ("测试这块张伟盯一下").
  const vYixia = raw.match(/(\p{sc=Han}{2,4})(?:你|您)?(?:盯|跟|看|查|弄|催|问|核对?|确认|整理|处理|跟进|对接)一下/u);
  const named = vYixia ? ([3, 2].map((k) => people.speaker(vYixia[1].slice(-k))).find(Boolean) ?? null) : null;
  const dated = [...raw.matchAll(C.ZH_NAMED_DATED)].map((m) => [3, 2].map((k) => (m[1].length >= k ? people.speaker(m[1].slice(-k)) : null)).find(Boolean)).find(Boolean) ?? null;
  const voc = vocative(raw, people) ?? (direct && people.speaker(direct[1]) ? people.speaker(direct[1]) : null) ?? named ?? dated;
  const clauses = raw.split(/[，,；;]/);
  const assign = raw.match(C.ZH_ASSIGN);
  if (assign) {
    const said = assign[1] ?? assign[2];
    const who = people.owner(said) ?? people.owner(said.slice(-2));
    if (who && !/^我/.test(said)) return { actor: "assign", name: who };
  }
  const self = clauses.some((c) => C.ZH_SELF.test(c) && !C.ZH_SELF_NOT.test(c)) || C.ZH_SELF_WAIT.test(raw);
  const request = C.ZH_REQUEST.test(raw);
  // "我今天把表发给你们，你们对照着看一下": the speaker's own commitment comes first.
  if (self && !(request && voc)) return { actor: "self", name: null };
  // "我可以…", "我这边可以顺手…": an offer, a commitment only as an answer, with a deadline or a condition.
  if (!request && clauses.some((c) => /我(?:这边|这里)?(?:也)?可以(?!理解|接受|说|吗)/.test(c))) return { actor: "offer", name: null };
  // Bare 你们 ("白名单开了以后，你们尽快切到生产") asks the addressee's team, unlike 大家 / 你们几个 (the room).
  const group = raw.match(C.ZH_GROUP);
  if (request && (voc || !group || /你们$/.test(group[0]))) return { actor: "request", name: voc };
  // "老黄，你们组…把复核结果给我": 你们 after one person's name asks that person for their team's work.
  if (group && !(voc && /你们$/.test(group[0]))) return { actor: "group", name: null };
  // "王总，…要不要先续一个月？" asks the person named to decide, not to work.
  if (voc && raw.replace(/[，,。？?！!\s]/g, "").length > 6 && !(C.ZH_PROPOSAL.test(raw) && C.ZH_QUESTION.test(raw))) return { actor: "request", name: voc };
  if (C.ZH_WE_NEED.test(raw)) return { actor: "team", name: null };
  return { actor: null, name: null };
}

function enActor(raw: string, people: People, speaker?: string): { actor: Actor | null; name: string | null } {
  if (C.DOING_NOW.test(raw) || C.EN_PROHIBITION.test(cleanSpoken(raw))) return { actor: null, name: null };
  const voc = vocative(raw, people);
  const to = raw.match(C.EN_ASSIGN_TO) ?? raw.match(C.EN_WANT_NAMED);
  if (to && people.owner(to[1])) return { actor: "assign", name: people.owner(to[1]) };
  if (C.EN_GROUP.test(raw)) return { actor: "group", name: null };
  if (C.EN_REQUEST.test(raw) || (voc && C.EN_YOU_MUST.test(raw))) return { actor: "request", name: voc };
  const subject = people.subjectOfWork(cleanSpoken(raw));
  if (subject && subject !== speaker) return { actor: "assign", name: subject };
  const named = raw.match(C.EN_NAMED_WILL);
  // "So Priya owns…": a capitalised opener before the name is not part of it.
  const namedSaid = named ? named[1].replace(/^(?:So|And|Then|Okay|Ok|Also|Now|Right|Great|Alright)\s+(?=[A-Z])/, "") : null;
  const namedOwner = namedSaid ? (people.owner(namedSaid) ?? people.owner(namedSaid.split(/\s+/).slice(0, 2).join(" "))) : null;
  if (namedOwner && !/^(?:i|we|you)$/i.test(namedSaid!)) return { actor: "assign", name: namedOwner };
  // An act done right there in the meeting has no deadline: "I'll finish it Monday" is work.
  // "Today" is the meeting's own day: "I'll be chairing today" is still the meeting, not work.
  if (!C.EN_HEDGE.test(raw) && (!C.EN_NOW.test(raw) || resolveDueLike(raw.replace(/\btoday\b/gi, "")))) {
    const inRoom = C.EN_IN_ROOM.test(raw) && !C.EN_DELIVER.test(raw) && !resolveDueLike(raw);
    if (C.EN_SELF.test(raw) && !inRoom) return { actor: "self", name: null };
    const offer = raw.match(C.EN_OFFER);
    // "I could look at it, but I'm swamped" is a refusal, not an offer.
    if (offer && !/\b(?:could|would)\b[^.]*\bbut\b/i.test(raw.slice(offer.index))) return { actor: "offer", name: null };
  }
  // A vocative makes a request only when an imperative follows: "Mei, just start on…", not "Ben, I know you wanted…".
  if (voc && (imperativeAfterVocative(raw) || ASKED_OF_VOCATIVE.test(raw))) return { actor: "request", name: voc };
  if (C.EN_WE_NEED.test(raw)) return { actor: "team", name: null };
  return { actor: null, name: null };
}

const NOT_IMPERATIVE =
  /^(?:i|i'm|i'd|i've|you|we|he|she|they|it|it's|this|that|there|the|a|an|my|your|our|what|who|how|why|when|where|is|are|was|were|do|does|did|have|has|had|thanks|thank|sorry|yes|yeah|no|ok|okay|so|well|um|uh|one|last|another|any|some|quick|next|first|for|about|regarding|since|as|and|or)$/i;

// "Nadia, you take the enterprise slides", "And Wen, I need the forecast numbers by Thursday": work given to the one addressed.
const ASKED_OF_VOCATIVE =
  /[A-Z][a-z]+\s*,\s*(?:you(?:'ll| will)? (?:take|own|handle|grab|get|do)\b|I(?:'ll| will)? need (?:you to|the|your|a|an|those|that)\b|I(?:'d)? want (?:you to|the|your)\b)/;

function imperativeAfterVocative(raw: string): boolean {
  const m = raw.match(/(?:^|,\s*)[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*,\s*(?:(?:just|please|also|then)\s+)?([A-Za-z']+)/);
  // A capitalised word after the vocative is another name ("Lucas, Sofia and Hana are here"), not a verb.
  // "Sarah, she's recommended…": a pronoun's contraction is no verb either.
  return !!m && !/^[A-Z]/.test(m[1]) && !NOT_IMPERATIVE.test(m[1].replace(/'(?:s|re|ll|ve|d|m)$/i, ""));
}

/**
 * Tense belongs to its clause: in "设计稿让小马来出吧，他做过上次的海报" the past clause is about someone
 * else (a 3rd-person subject) and gives a reason; it does not make the request past work.
 */
function zhPast(t: string): boolean {
  const clauses = t.split(/[，,；;]/).filter((c) => c.trim());
  if (clauses.length < 2) return C.ZH_PAST.test(t);
  return clauses.some((c) => !/^\s*(?:因为)?(?:他|她|他们|她们)/.test(c) && C.ZH_PAST.test(c));
}

/**
 * Giving the floor is talk now, not work: "今天评审一下方案，周凯你先讲一下" ends by handing over the floor (the
 * date frames the meeting); "你先说一下情况，明天把报告发我" goes on to a task with a deadline.
 */
function floorGiven(t: string, zh: boolean): boolean {
  const re = zh ? C.ZH_FLOOR : C.EN_FLOOR;
  if (!re.test(t)) return false;
  if (!resolveDueLike(t)) return true;
  const last =
    t
      .replace(/[。.!！?？\s]+$/, "")
      .split(/[，,；;]/)
      .pop() ?? "";
  return re.test(last) && !resolveDueLike(last);
}

export function analyseSentence(raw: string, seg: number, speaker: string | undefined, people: People): Sentence {
  const zh = hasHan(raw);
  const explicit = raw.trim().match(C.EXPLICIT);
  const t = explicit ? raw.trim().slice(explicit[0].length) : raw.trim();
  const text = cleanSpoken(t);
  const question = zh ? C.ZH_QUESTION.test(t) : /\?\s*$/.test(t) || (C.EN_QUESTION_START.test(text) && !/[.!]$/.test(t));
  // A question about a state or past work asks for information, not for work ("你那边什么情况？").
  // So does a reason given for what was said ("Oh good, because Sunday night I'll be asleep…").
  const found = (zh && question && C.ZH_INFO_Q.test(t)) || (!zh && EN_REASON.test(t)) ? { actor: null, name: null } : zh ? zhActor(t, people) : enActor(t, people, speaker);
  // A labelled action item is a task even without a commitment cue; the name opening it is the owner.
  const lead = explicit ? t.match(/^([A-Z][a-z]+|\p{sc=Han}{2,3}?)(?=\s+to\b|\s+will\b|负责|来|去|把|[:：，,])/u) : null;
  const { actor, name } = explicit && !found.actor ? { actor: (lead && people.owner(lead[1]) ? "assign" : "group") as Actor, name: lead ? people.owner(lead[1]) : null } : found;
  const assentRe = zh ? C.ZH_ASSENT : C.EN_ASSENT;
  // Assent is read on the raw words: cleanup drops the very "Yeah," / "好，" that signals it.
  const bare = t.replace(/^[嗯呃哦啊唉…\s，,]+|^(?:u+m+|u+h+)[,\s]+/i, "");
  const rest = bare.replace(assentRe, "").trim();
  const proposal = (zh ? C.ZH_PROPOSAL : C.EN_PROPOSAL).test(t);
  return {
    seg,
    speaker,
    raw: t,
    text,
    zh,
    question,
    actor,
    name,
    past: zh ? zhPast(t) : C.EN_PAST.test(t),
    counterfactual: (zh ? C.ZH_COUNTERFACTUAL : C.EN_COUNTERFACTUAL).test(t) || C.LAUGHTER.test(t),
    reported: (zh ? C.ZH_REPORTED : C.EN_REPORTED).test(t),
    conditional: (zh ? C.ZH_CONDITIONAL : C.EN_CONDITIONAL).test(t),
    vague: (zh ? C.ZH_VAGUE : C.EN_VAGUE).test(t),
    defer: (zh ? C.ZH_DEFER : C.EN_DEFER).test(t),
    proposal,
    // Read on the cleaned and on the raw words: cleanup may drop the opening "No,".
    reject: (zh ? C.ZH_REJECT : C.EN_REJECT).test(text) || (zh ? C.ZH_REJECT : C.EN_REJECT).test(bare) || (zh ? C.ZH_DECLINE : C.EN_DECLINE).test(t),
    // "我建议就按…来谈，大家没意见吧？" proposes; the closure is whoever settles it after.
    closure:
      ((zh ? C.ZH_CLOSURE : C.EN_CLOSURE).test(t) || (!zh && C.EN_IT_IS.test(t.trim()))) &&
      !proposal &&
      !(zh ? C.ZH_REJECT : C.EN_REJECT).test(text) &&
      !(zh ? C.ZH_REJECT : C.EN_REJECT).test(bare) &&
      !(zh ? C.ZH_COUNTERFACTUAL : C.EN_COUNTERFACTUAL).test(t) &&
      !C.LAUGHTER.test(t),
    assent: assentRe.test(bare) && rest.replace(/[\p{P}\s]/gu, "").length === 0,
    startsAssent: assentRe.test(bare),
    floor: floorGiven(t, zh) || (zh ? C.ZH_LEAVE_CALL : C.EN_LEAVE_CALL).test(t),
    recap: (zh ? C.ZH_RECAP : C.EN_RECAP).test(t),
    closing: (zh ? C.ZH_CLOSING : C.EN_CLOSING).test(t),
    resolve:
      !zh &&
      !question &&
      (C.EN_RESOLVE.test(text) || C.EN_SO_WE.test(t) || C.EN_REQUIREMENT.test(text) || C.EN_RESOLVE_CHANGE.test(text)) &&
      !C.EN_RESOLVE_NOT.test(text) &&
      !notAResolution(text),
  };
}
