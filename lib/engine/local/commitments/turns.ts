/**
 * The meeting as turns of analysed sentences, plus the conversational relations the detectors
 * need: the reply to a turn, whether a turn only acknowledges, and what a pronoun task refers to.
 */
import type { Segment } from "@/lib/ingest/types";
import { analyseSentence, type Sentence } from "@/lib/engine/local/commitments/clause";
import type { People } from "@/lib/engine/local/commitments/people";
import { splitSentences } from "@/lib/text/sentences";
import { CHAIR_FIRST_TURN_WORDS, CHAIR_OPENING, CLOSING_MIN_TURNS } from "@/lib/engine/local/commitments/tuning";
import { hanCount, hasHan } from "@/lib/text/cjk";
import { EN_DECLINE, ZH_DECLINE } from "@/lib/engine/local/cues";

export interface Turn {
  seg: number;
  speaker?: string;
  sentences: Sentence[];
}

export function buildTurns(segments: Segment[], people: People): Turn[] {
  // Spoken meetings repeat short sentences ("Okay.", "嗯。") many times: analyse each once.
  const cache = new Map<string, Sentence>();
  const analyse = (raw: string, seg: number, speaker?: string) => {
    const k = `${speaker ?? ""}\u0000${raw}`;
    let hit = cache.get(k);
    if (!hit) cache.set(k, (hit = analyseSentence(raw, seg, speaker, people)));
    return hit.seg === seg ? hit : { ...hit, seg };
  };
  return segments.map((s) => ({
    seg: s.index,
    speaker: s.speaker,
    sentences: continueRecaps(
      splitSentences(s.text)
        .flatMap(clauses)
        .map((raw) => analyse(raw, s.index, s.speaker)),
    ),
  }));
}

/**
 * "我最后过一下：小李…；赵工…；招标文件我来出。": a recap's list goes on past the ；/： that split it into sentences.
 * "Okay, recap. Aisha, shrink report Tuesday. Tom, the write-up.": a recap announced on its own restates the
 * turn's other sentences too, except the speaker's own work added to it ("And I'll send the summary up…").
 */
function continueRecaps(sentences: Sentence[]): Sentence[] {
  const out = [...sentences];
  let announced = false;
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1];
    announced ||= prev.recap && (prev.zh ? hanCount(prev.text) <= 8 : prev.text.split(/\s+/).length <= 4);
    // The speaker's own work added to the list is new, as after an announced recap; a Chinese list's "招标文件我来出" restates it.
    const own = out[k].actor === "self" && !out[k].zh;
    if (!out[k].recap && ((prev.recap && /[；;：:]$/.test(prev.raw.trim()) && !own) || (announced && out[k].actor !== "self"))) out[k] = { ...out[k], recap: true };
  }
  return out;
}

const ZH_TASK_AFTER_YOU = "(?:你|您)(?:负责|来|去|把|先|再|跟|做|出|写|整理|准备|对接|联系|帮)";
const ZH_ASSIGNS = new RegExp(ZH_TASK_AFTER_YOU, "u");
const ZH_NEXT_ASSIGNEE = new RegExp(`(?<=，)(?=(?![这那我你他她])\\p{sc=Han}{2,3}${ZH_TASK_AFTER_YOU})`, "u");

/**
 * A long spoken English sentence runs several clauses together ("the designer will work on X, of
 * course we already said that"); tense, negation and reported speech belong to their own clause,
 * so such sentences are read clause by clause at coordinating conjunctions.
 */
function clauses(sentence: string): string[] {
  // "敏姐你负责把排班表汇总一下，强子你负责对接兼职平台": after one assignment, each name + 你 + task after a comma is its own.
  if (hasHan(sentence)) {
    const parts = sentence.split(ZH_NEXT_ASSIGNEE);
    const first = parts.findIndex((p) => ZH_ASSIGNS.test(p));
    // What comes before the first assignment ("排班这样，") belongs to it.
    return first >= 0 && parts.length - first >= 2 ? [parts.slice(0, first + 1).join(""), ...parts.slice(first + 1)] : [sentence];
  }
  // The splitter reads "No." as the abbreviation of "number"; before a word it is a reply of its own
  // ("No. Your individual actions, you can find them in the email."), and its rejection is not the next sentence's.
  const no = sentence.match(/^(no\.)\s+(?=[a-z])/i);
  if (no) return [no[1], ...clauses(sentence.slice(no[0].length))];
  // "I'll draft it, and I need everyone's input in two weeks": a new first-person or group subject after ", and"
  // starts another act (the speaker's task, then the group's), whatever the sentence's length.
  // "I'll chase Grant today and I'll have the doc published by Tuesday": a second "I'll" needs no comma.
  const acts = sentence.split(/,\s+and (?=(?:i|we|everyone|everybody)\b(?!'d say))|\s+and (?=i(?:'ll| will)\b)/i).filter((c) => c.trim());
  if (acts.length > 1) return acts.flatMap(clauses);
  if (sentence.split(/\s+/).length < 20) return [sentence];
  return sentence.split(/,\s+(?=(?:but|so|and then|and also|because|although|though|whereas|of course|anyway)\b)/i).filter((c) => c.trim());
}

/** The next turn by someone other than `speaker` (within two turns: replies come right away). */
export function replyTo(turns: Turn[], i: number): Turn | null {
  const sp = turns[i].speaker;
  for (let k = i + 1; k < turns.length && k <= i + 2; k++) {
    if (!turns[k].sentences.length) continue;
    return turns[k].speaker !== sp ? turns[k] : null;
  }
  return null;
}

/** A turn that only agrees or acknowledges ("好的。", "Got it.", "Tomorrow's fine."). */
export function isAcknowledgement(t: Turn): boolean {
  const s = t.sentences;
  if (!s.length) return false;
  if (s.every((x) => x.assent)) return true;
  const chars = s
    .map((x) => x.text)
    .join("")
    .replace(/[\p{P}\s]/gu, "");
  const short = s[0].zh
    ? chars.length <= 8
    : s
        .map((x) => x.text)
        .join(" ")
        .split(/\s+/).length <= 5;
  return s[0].assent || (short && !s.some((x) => x.question || x.reject));
}

const NEGATIVE_REPLY_ZH = /^(?:不行|不能|不太行|没空|来不及|恐怕|不好意思|不一定)|不行[，,。]/;
const NEGATIVE_REPLY_EN = /^(?:no\b(?! problem| worries| doubt)|nope|not (?:really|sure|me)|i can't|i cannot|sorry|i'm (?:pretty |too )?(?:swamped|busy))/i;

/** Reply turns that decline: "不行", "I'm pretty swamped". */
export function declines(t: Turn): boolean {
  return declineAt(t) >= 0;
}

/** The sentence of the turn that declines the work asked, or -1. */
export function declineAt(t: Turn): number {
  const first = t.sentences[0];
  if (!first) return -1;
  const re = first.zh ? NEGATIVE_REPLY_ZH : NEGATIVE_REPLY_EN;
  // "明天不行……周五我保证发出去": a refusal of the date, then a commitment.
  const no = (x: string) => re.test(x) || (first.zh ? ZH_DECLINE : EN_DECLINE).test(x);
  // "物流一般是我对接的……但我下周要去杭州，估计顾不过来": the refusal may follow what the replier usually does.
  const k = t.sentences.findIndex((s) => no(s.raw));
  const declined =
    k >= 0 &&
    (k === 0 || (first.zh ? ZH_DECLINE : EN_DECLINE).test(t.sentences[k].raw)) &&
    !t.sentences.slice(k).some((s) => (s.actor === "self" || s.actor === "offer") && !no(s.raw));
  return declined ? k : -1;
}

/** Speaker labels that name the chairing role (exports label the host so; AMI labels its chair "Project Manager"). */
const CHAIR_ROLE = /主持人?|\b(?:chair(?:man|woman|person)?|moderator|host|facilitator|project manager)\b/i;

/**
 * Who chairs the meeting, from how the chair behaves rather than a name list: they talk most while the
 * meeting opens (the agenda), open it with the first real turn, take the most turns (they give the floor
 * and sum up) and ask the most questions. Each habit alone misleads when a designer presents early, so
 * the chair is the one most of them point to; a tie goes to whoever opened the meeting. Undefined for a
 * meeting of a few turns. A speaker labelled by the chairing role itself ("主持人", "Chair", "Project
 * Manager") is the chair whatever the habits say: a designer who talks most and asks most is still not
 * the one who runs the meeting.
 */
export function chairOf(turns: Turn[]): string | undefined {
  if (turns.length < CLOSING_MIN_TURNS) return undefined;
  const byRole = [...new Set(turns.map((t) => t.speaker).filter((v): v is string => !!v && CHAIR_ROLE.test(v)))];
  if (byRole.length === 1) return byRole[0];
  const top = (part: Turn[], score: (t: Turn) => number) => {
    const by = new Map<string, number>();
    for (const t of part) if (t.speaker) by.set(t.speaker, (by.get(t.speaker) ?? 0) + score(t));
    // Nobody asking a question gives no vote.
    return [...by].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const words = (t: Turn) => t.sentences.reduce((n, s) => n + (s.zh ? hanCount(s.raw) : s.raw.split(/\s+/).length), 0);
  const opener = turns.find((t) => t.speaker && words(t) >= CHAIR_FIRST_TURN_WORDS)?.speaker;
  const votes = [
    top(turns.slice(0, Math.ceil(turns.length * CHAIR_OPENING)), words),
    opener,
    top(turns, () => 1),
    top(turns, (t) => t.sentences.filter((s) => s.question).length),
  ].filter((v): v is string => !!v);
  const tally = new Map<string, number>();
  for (const v of votes) tally.set(v, (tally.get(v) ?? 0) + 1);
  const best = Math.max(...tally.values());
  const leaders = [...tally].filter(([, n]) => n === best).map(([v]) => v);
  return leaders.length === 1 ? leaders[0] : (leaders.find((v) => v === opener) ?? votes[0]);
}
