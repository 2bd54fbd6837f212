/**
 * The turn after a request or a question asking for work decides what becomes of it: accepted
 * (the replier owns it, their own date wins when they refuse the asked one), a counter-date asked
 * back and accepted by the asker, a refusal (no to-do), or no answer (a question nobody takes on
 * is no to-do). An accepted assignment absorbs its acknowledgement.
 */
import { antecedent } from "@/lib/engine/local/commitments/referents";
import { asksWhen, disqualified, whenTask } from "@/lib/engine/local/commitments/asks";
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { type Draft, dueOf, lastDue, RESERVED_DATE } from "@/lib/engine/local/commitments/draft";
import type { People } from "@/lib/engine/local/commitments/people";
import { isBareTask, taskPhraseEn, taskPhraseZh } from "@/lib/engine/local/commitments/task";
import { declines, isAcknowledgement, replyTo, type Turn } from "@/lib/engine/local/commitments/turns";
import { FOLLOW_UP_TURNS } from "@/lib/engine/local/commitments/tuning";
import { DOING_NOW } from "@/lib/engine/local/cues";

export interface ReplyContext {
  turns: Turn[];
  /** Turn and sentence of the draft's sentence. */
  i: number;
  j: number;
  draft: Draft;
  /** To-dos found so far (two questions answered by one reply make one). */
  drafts: Draft[];
  people: People;
  meetingDate?: string;
  /** Marks a reply sentence as merged into this to-do, so it makes none of its own. */
  consume: (s: Sentence, k: number) => void;
}

// "Get it sorted", "Action that", "Consider it done": a light verb on a pronoun says nothing new.
const LIGHT_RESTATEMENT =
  /^(?:(?:have|get|do|put|take care of|handle|action|sort|grab|take) (?:it|them|that|this|those|these)(?: (?:up|out|done|ready|over|in|sorted))?|consider (?:it|that) done)$/i;

/** Asked for now ("你能不能现在就发群里？", "can you drop it in the chat now?"). */
const ASKED_NOW = /现在就?|马上|这会儿|当场|\b(?:right now|now|real quick)\b/i;
/** The reply reports it done ("发了，您看一下", "我已经放群里了", "Done.", "Just sent it."). */
const DONE_NOW =
  /^(?:(?:好|哦|嗯|行|ok)[的，,]*)?(?:我|这边)?(?:已经|刚(?:刚)?)?(?:发|放|贴|转|共享|拉|加)(?:到|进|在)?[^，。？]{0,6}了|^(?:(?:okay|ok|yep|yes|sure)[,.!]?\s*)?(?:done|sent|(?:i )?just (?:sent|dropped|posted|shared) (?:it|them)|it's in the chat)\b/i;

/** Asked for now and done on the call: nothing is left to do after the meeting. */
function doneOnTheCall(s: Sentence, reply: Turn): boolean {
  return (ASKED_NOW.test(s.raw) && reply.sentences.slice(0, 2).some((x) => DONE_NOW.test(x.text))) || reply.sentences.some((x) => DOING_NOW.test(x.raw));
}

const phrase = (s: Sentence, dueText: string | null) => (s.zh ? taskPhraseZh(s.raw, dueText) : taskPhraseEn(s.raw, dueText));

/**
 * Reads the reply into the draft (owner, due, sources, task wording). Returns the task wording to
 * keep, or null when the sentence makes no to-do (declined, merged into an earlier one, unanswered).
 */
export function applyReply(ctx: ReplyContext, task: string): string | null {
  const { turns, i, j, draft, drafts, people, meetingDate } = ctx;
  const { kind, owner, sentence: s } = draft;
  const turn = turns[i];
  const reply = kind === "group" ? null : replyTo(turns, i);
  const replyOwner = reply ? people.owner(reply.speaker) : null;
  const addressedToReplier = reply && (owner === null || owner === replyOwner);
  if ((kind === "request" || kind === "answer") && reply && addressedToReplier) {
    if (declines(reply) || doneOnTheCall(s, reply)) return null;
    const commits = reply.sentences.map((x, k) => ((x.actor === "self" || x.actor === "offer") && !disqualified(x) ? k : -1)).filter((k) => k >= 0);
    // Asked when, a reply that names a date ("下周三之前应该可以。", "Probably by Wednesday.") takes the work on.
    const first = reply.sentences[0];
    const datedAnswer = asksWhen(s) && !first.question && !!dueOf(first, meetingDate);
    const acked = isAcknowledgement(reply) || first.startsAssent || commits.length > 0 || datedAnswer;
    // "服务器扩容能不能分两期？" "可以。": a question that names no one, answered by bare assent, settles a plan (a decision), not work.
    if (acked && kind === "answer" && s.zh && !commits.length && !/谁|你|您/.test(s.raw)) {
      // "脚本两周内能给到吗？" "两周没问题。": a date asked for work the replier has just taken on is its due.
      const from = turns[Math.max(0, i - FOLLOW_UP_TURNS - 1)].seg;
      const taken = draft.due && drafts.find((d) => d.owner === replyOwner && !d.due && d.segs.some((g) => g >= from && g < turn.seg));
      if (taken) {
        taken.due = draft.due;
        taken.segs.push(turn.seg, reply.seg);
      }
      return null;
    }
    // A counter-date asked back ("Thursday's tight. Could I get it to you Monday?", "下周三行不行？") and
    // accepted by the asker in the next turn ("Monday's fine.", "行，那就下周三。") is the task accepted on that date.
    const ri = turns.indexOf(reply);
    const settle = ri >= 0 ? turns[ri + 1] : undefined;
    // Asked back as a question, or put after pushing back on the asked date ("下周三有点紧，下周四吧。").
    const counterDue =
      reply.sentences
        .filter((x) => x.question || RESERVED_DATE.test(x.raw))
        .map((x) => lastDue(x.raw, meetingDate))
        .find((d) => !!d && d.iso !== draft.due?.iso) ?? null;
    const settleFirst = settle && settle.speaker === turn.speaker ? settle.sentences[0] : undefined;
    const counter =
      !acked &&
      !s.conditional &&
      !!counterDue &&
      !!settleFirst &&
      !settleFirst.question &&
      (settleFirst.startsAssent || /\b(?:fine|works|okay|ok)\b|^(?:行|可以|好|没问题)|那就/i.test(settleFirst.raw));
    if (counter) {
      if (!draft.joint) draft.owner = replyOwner;
      draft.segs.push(reply.seg, settle!.seg);
      draft.evidence.push(reply.sentences.map((x) => x.raw).join(" "), settleFirst!.raw);
      draft.due = dueOf(settleFirst!, meetingDate) ?? counterDue;
    } else if (acked) {
      // Two questions in one turn answered by one reply make one to-do.
      const earlier = drafts.find((d) => d.segs.includes(reply.seg) && d.segs.includes(turn.seg));
      if (earlier) {
        if (!earlier.task.includes(task)) earlier.task = s.zh ? `${task}，${earlier.task}` : `${task}; ${earlier.task}`;
        return null;
      }
      if (!draft.joint) draft.owner = replyOwner;
      if (datedAnswer && !commits.length && !isBareTask(whenTask(s))) task = whenTask(s);
      draft.segs.push(reply.seg);
      draft.evidence.push(...reply.sentences.slice(0, Math.max(1, (commits[0] ?? 0) + 1)).map((x) => x.raw));
      for (const k of commits) ctx.consume(reply.sentences[k], k);
      // The replier's date wins when the asked date was refused ("明天不行……周五我保证发出去") or none was asked.
      // The refusal may come after a first assent ("可以的。不过……下周三可能不行，下周四上午给你吧。"): its counter-date is its last.
      const refusing = reply.sentences.find((x) => /不行|不能|来不及|can't|cannot|won't work|doesn't work/i.test(x.text));
      const refusedDate = !!refusing;
      const counter = refusing ? lastDue(refusing.raw, meetingDate) : null;
      const rdue =
        (counter && counter.iso !== dueOf(refusing!, meetingDate)?.iso ? counter : null) ??
        (commits.length ? commits.map((k) => dueOf(reply.sentences[k], meetingDate)) : []).concat(reply.sentences.map((x) => dueOf(x, meetingDate))).find(Boolean) ??
        null;
      if (rdue && !s.conditional && (!draft.due || refusedDate)) draft.due = rdue;
      // "Sure, but not this week." "That's fine, next Friday then.": the asker settles the date in the turn after.
      const ri = turns.indexOf(reply);
      const settle = ri >= 0 ? turns[ri + 1] : undefined;
      if (
        settle &&
        settle.speaker === turn.speaker &&
        !s.conditional &&
        !rdue &&
        (RESERVED_DATE.test(reply.sentences.map((x) => x.text).join(" ")) || reply.sentences.some((x) => x.question))
      ) {
        const first = settle.sentences[0];
        // Only the settling words count, not the asker's next task ("Perfect. And everyone, please log…").
        const until = settle.sentences.findIndex((x) => x.actor);
        const settling = settle.sentences.slice(0, until < 0 ? undefined : until);
        const sdue = first && (first.startsAssent || /\b(?:then|fine)\b|那就/i.test(first.raw)) ? settling.map((x) => dueOf(x, meetingDate)).find(Boolean) : null;
        if (sdue) {
          draft.due = sdue;
          draft.segs.push(settle.seg);
        }
      }
      // "那我来吧，样机是我们组的。我跟物流那边定一下，12号之前送到": the dated commitment states the work taken.
      const said = commits.map((k) => reply.sentences[k]);
      const c = (s.zh && said[0] && !dueOf(said[0], meetingDate) ? said.find((x) => dueOf(x, meetingDate)) : undefined) ?? said[0] ?? null;
      if (c && isBareTask(task) && s.zh) {
        const ante = antecedent(turns, i, s, j);
        const a = ante ? taskPhraseZh(ante, null) : "";
        if (a && !isBareTask(a)) task = a;
      }
      if (c) {
        // "周四我尽量，但是报告得技术先给我": the reservation after 但是/but is not the task.
        const cut = { ...c, raw: c.raw.split(/[，,]\s*(?:但是|不过|可是|(?:but|though)\b)/i)[0] };
        const ctask = phrase(cut, dueOf(cut, meetingDate)?.text ?? null);
        // "Yes, I'll have them up by Tuesday": a light verb pointing back at the asked work restates it
        // ("I'll refresh them", "I'll post them on Confluence" still say how).
        const restates = !s.zh && !isBareTask(task) && LIGHT_RESTATEMENT.test(ctask.trim());
        if (!isBareTask(ctask) && !task.includes(ctask) && !restates) task = isBareTask(task) ? ctask : `${task}${s.zh ? "，" : ", "}${ctask}`;
      }
    } else if (kind === "answer" || (s.question && owner === null)) return null;
  } else if (kind === "answer") return null;
  else if (kind === "assign" && reply && replyOwner === draft.owner && (isAcknowledgement(reply) || reply.sentences[0]?.startsAssent)) {
    draft.segs.push(reply.seg);
    for (const [k, x] of reply.sentences.entries()) ctx.consume(x, k);
  }
  return task;
}
