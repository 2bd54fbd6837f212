/**
 * To-dos from the structure of the conversation:
 * - the speaker commits ("I'll…", "我来…") → owner the speaker;
 * - the speaker asks someone ("Mei, can you…", "陈露，…你来跟一下", "那你…") → owner the person
 *   addressed, or whoever accepts in the next turn;
 * - the speaker assigns a third person ("assign that to Diego", "李娜负责…") → that person;
 * - the speaker tells everyone, with a deadline ("大家月底之前…", "everyone, please…") → no owner;
 * - a question asking for work ("谁能拉一下？", "…下周一之前能出吗？") answered yes → owner the
 *   answerer, with the question's task;
 * - an acknowledgement ("收到，我今天改掉。", "Got it.") confirms the task before it and is merged
 *   into it, never a to-do of its own.
 * Never a to-do: past work, counterfactuals, relayed plans of others, deferrals, rejected or
 * vague ideas ("we should think about…"), questions nobody takes on. Conditional tasks have no due.
 */
import nlp from "compromise";
import type { Todo } from "@/lib/engine/types";
import { EN_CONSENT_Q, EXPLICIT as C_EXPLICIT, LAUGHTER, ZH_CONSENT_Q } from "@/lib/engine/local/cues";
import { resolveDue, vagueDue } from "@/lib/engine/local/dates";
import { asksForVolunteer, asksForWork, disqualified } from "@/lib/engine/local/commitments/asks";
import { vocative, type Sentence } from "@/lib/engine/local/commitments/clause";
import { closingAssignments, closingObligation, closingRoleHandOut, closingStart } from "@/lib/engine/local/commitments/closing";
import { type Draft, dueOf } from "@/lib/engine/local/commitments/draft";
import type { People } from "@/lib/engine/local/commitments/people";
import { antecedent, bareVerb, withReferent } from "@/lib/engine/local/commitments/referents";
import { applyReply } from "@/lib/engine/local/commitments/reply";
import { datedFollowUp, jointly, offerTaken, offeredAsQuestion, restatesOwners, sharesTaken, turnedDown } from "@/lib/engine/local/commitments/followups";
import { relayedWork } from "@/lib/engine/local/commitments/relay";
import { isBareTask, taskPhraseEn, taskPhraseZh } from "@/lib/engine/local/commitments/task";
import { CONFIDENCE, REASSIGN_TURNS } from "@/lib/engine/local/commitments/tuning";
import { declineAt, replyTo, type Turn } from "@/lib/engine/local/commitments/turns";
import { trimEndChars } from "@/lib/text/scan";
import { hasHan } from "@/lib/text/cjk";

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const phrase = (s: Sentence, dueText: string | null, name?: string | null) => (s.zh ? taskPhraseZh(s.raw, dueText, name) : taskPhraseEn(s.raw, dueText, name));

const escapeLabel = (t: string) => escapeRe(t.toLowerCase());

/** A turn where the speaker says who they are or what their role is ("I'm the Project Manager", "my role is…"). */
function introducesSelf(turn: Turn, people: People): boolean {
  const label = turn.speaker ? people.owner(turn.speaker) : null;
  const own = label && !hasHan(label) ? `|\\b(?:i'm|i am|i(?:'ll| will) be) (?:the |your )?${escapeLabel(label)}\\b` : "";
  const re = new RegExp(`\\bmy (?:role|job)(?: in (?:the|this) project)? (?:is|will be)\\b${own}`, "i");
  return turn.sentences.some((x) => !x.zh && re.test(x.raw));
}

const DO_THAT = /\b(?:do|handle|take|own|manage)\s+(?:that|it|this)\b/i;

export function detectTodos(turns: Turn[], people: People, meetingDate?: string): Todo[] {
  const drafts: Draft[] = [];
  const consumed = new Set<string>(); // "seg:sentence" keys merged into another to-do
  const key = (s: Sentence, j: number) => `${s.seg}:${j}`;
  const closingFrom = closingStart(turns.map((t) => t.sentences.map((x) => x.raw).join(" ")));
  // Shares of a joint request each replier takes in their own words: the request's date and turn go with them.
  const shared = new Map<string, { due: Draft["due"]; seg: number; raw: string }>();
  const shareKey = (s: Sentence) => `${s.seg}\u0000${s.raw}`;

  turns.forEach((turn, i) => {
    turn.sentences.forEach((s, j) => {
      const handOuts = () => {
        // The closing part: the chair hands out individual actions without commitment verbs (closing.ts).
        if (i >= closingFrom)
          for (const a of closingAssignments(s, people))
            drafts.push({ owner: a.owner, kind: "assign", sentence: s, task: a.task, due: dueOf(s, meetingDate), segs: [s.seg], evidence: [s.raw] });
      };
      if (consumed.has(key(s, j))) return;
      const relayed = s.zh && !s.question ? relayedWork(s.raw, people) : null;
      if (relayed) {
        const due = s.conditional ? null : dueOf({ ...s, raw: relayed.work }, meetingDate);
        drafts.push({ owner: relayed.owner, kind: "assign", sentence: s, task: taskPhraseZh(relayed.work, due?.text ?? null), due, segs: [s.seg], evidence: [s.raw] });
        return;
      }
      // A list restating who does what, once those people hold to-dos, is a recap.
      if (restatesOwners(s, people, new Set(drafts.map((d) => d.owner).filter((o): o is string => !!o)))) return;
      // "要不下周我跟小李一起去审一下厂？" "可以，…": an offer put as a question and taken is the speaker's work.
      if (offeredAsQuestion(s)) {
        const r = offerTaken(turns, i);
        if (r) {
          const due = dueOf(s, meetingDate) ?? r.sentences.map((x) => dueOf(x, meetingDate)).find(Boolean) ?? null;
          const owner = jointly(s, people) ? null : people.owner(turn.speaker);
          drafts.push({ owner, kind: "self", sentence: s, task: phrase(s, due?.text ?? null), due, segs: [s.seg, r.seg], evidence: [s.raw, r.sentences[0].raw] });
        }
        return;
      }
      // "Let's stop building reports there. Everyone okay with that?": put to the room, a decision if agreed.
      const nextS = turn.sentences[j + 1];
      if (nextS && (nextS.zh ? ZH_CONSENT_Q : EN_CONSENT_Q).test(nextS.text) && (s.actor === "team" || s.actor === "group" || s.actor === null)) return;
      if (disqualified(s)) {
        // "Think about requirements" is a vague idea mid-meeting but a hand-out at its close.
        if (s.vague && !disqualified({ ...s, vague: false })) handOuts();
        return;
      }
      let kind: Draft["kind"] | null = null;
      let owner: string | null = null;
      // An offer ("I can…") commits with a deadline; as the answer to a request it is merged there.
      // A conditional offer ("If Kevin says yes, I can draft it", "方案B定了的话我可以顺手改") commits, without a due.
      // At the close, a duty the speaker states ("I have to write the final report") commits too.
      const closingDuty = i >= closingFrom ? closingObligation(s) : null;
      const actor = s.actor ?? (closingDuty?.who === "self" ? "offer" : closingDuty?.who === "group" ? "team" : null);
      // Undated work the speaker takes may get its date in their next turn ("我来做。" "好。" "下周三之前我把…发出来").
      const undated = (actor === "self" || actor === "offer") && !s.question && !s.conditional && !dueOf(s, meetingDate);
      const laterInTurn = turn.sentences.slice(j + 1).some((x) => x.actor || dueOf(x, meetingDate));
      const follow = undated && !laterInTurn ? datedFollowUp(turns, i, meetingDate) : null;
      // An undated offer the next speaker turns down makes no to-do.
      if (undated && !shared.has(shareKey(s)) && turnedDown(turns, i)) return;
      // "I'll volunteer Marcus." "Ha. Absolutely not.": work the room laughs off was a joke.
      if ((actor === "self" || actor === "offer") && laughedOff(turns, i)) return;
      if ((actor === "self" || (actor === "offer" && (dueOf(s, meetingDate) || s.conditional || closingDuty || follow))) && !s.question) {
        // "I will be the Marketing Expert … I'll be doing research": a speaker introducing their role describes the job.
        if (introducesSelf(turn, people)) return;
        // "物流一般是我对接的……但我下周要去杭州，估计顾不过来": what the speaker usually does, before declining.
        if (j < declineAt(turn)) return;
        kind = "self";
        owner = people.owner(turn.speaker);
      } else if (s.actor === "assign") {
        kind = "assign";
        owner = s.name;
      } else if (s.actor === "request") {
        kind = "request";
        // "Daniel, one more for you. Could you…": a vocative said alone addresses the request after it.
        owner =
          s.name ??
          turn.sentences
            .slice(0, j)
            .reverse()
            .map((x) => (x.actor ? null : vocative(x.raw, people)))
            .find(Boolean) ??
          null;
      } else if (actor === "group" || actor === "team") {
        // The group owns work only with a deadline and a real task (not "辛苦大家"), or when labelled an action item.
        const labelled = C_EXPLICIT.test(s.raw);
        if (s.question || (!labelled && !dueOf(s, meetingDate) && !closingDuty) || isBareTask(phrase(s, dueOf(s, meetingDate)?.text ?? null))) return;
        kind = "group";
      } else if (asksForWork(s) || asksForVolunteer(s)) {
        kind = "answer";
      }
      if (!kind) {
        handOuts();
        return;
      }
      // "Can you and Ken split those…?" answered "I'll take X." "And I'll do the other two.": one to-do per share.
      const joint = jointly(s, people);
      if (joint && kind === "request") {
        const shares = sharesTaken(turns, i);
        for (const x of shares) shared.set(shareKey(x), { due: dueOf(s, meetingDate), seg: s.seg, raw: s.raw });
        if (shares.length) return;
      }
      if (joint) owner = null;
      const due = dueOf(s, meetingDate);
      // A duty stated at the close is worded from its verb on ("Well, in closing, I have to write…" → "Write…").
      let task = closingDuty && (actor === "offer" || actor === "team") ? closingDuty.task : phrase(s, due?.text ?? null, s.name);
      const draft: Draft = { owner, kind, sentence: s, task, due, segs: [s.seg], evidence: [s.raw], joint };
      const share = shared.get(shareKey(s));
      if (share) {
        draft.due ??= share.due;
        draft.segs.unshift(share.seg);
        draft.evidence.unshift(share.raw);
      }
      if (follow) {
        draft.due ??= dueOf(follow.sentence, meetingDate);
        draft.segs.push(follow.turn.seg);
        draft.evidence.push(follow.sentence.raw);
        if (follow.sentence.actor) {
          consumed.add(key(follow.sentence, follow.k));
          const more = phrase(follow.sentence, dueOf(follow.sentence, meetingDate)?.text ?? null);
          if (!isBareTask(more)) task = isBareTask(task) ? more : `${task}${s.zh ? "，" : "; "}${more}`;
        }
      }

      // A request's deadline may come a sentence later in the same turn ("…? By EOD if possible?").
      // So may the speaker's own ("I'll do marketing. Should be quick, probably done by Friday.").
      if (!draft.due && (kind === "request" || kind === "answer" || kind === "self") && !s.conditional) {
        draft.due =
          turn.sentences
            .slice(j + 1)
            .map((x) => (x.actor ? null : dueOf(x, meetingDate)))
            .find(Boolean) ?? null;
      }

      // The reply: acceptance, a counter-date, or a refusal.
      const replied = applyReply({ turns, i, j, draft, drafts, people, meetingDate, consume: (x, k) => consumed.add(key(x, k)) }, task);
      if (replied === null) return;
      task = replied;
      // An unanswered question to nobody in particular asks for nothing; one to a pair, answered, is theirs.
      if (kind === "request" && s.question && draft.owner === null && !(draft.joint && draft.segs.length > 1)) return;
      // "I can call them tomorrow." "Please do.": the bare request accepts the offer before it; it asks nothing new.
      if (
        kind === "request" &&
        isBareTask(task) &&
        i > 0 &&
        turns[i - 1].speaker !== turn.speaker &&
        turns[i - 1].sentences.some((x) => (x.actor === "self" || x.actor === "offer") && !disqualified(x))
      )
        return;
      // "assign that to Diego", "这个交给沈丽跟进": the task is what "that" points at.
      const pronounAssign = kind === "assign" && /\b(?:that|this|it)\b|这个|这件事|这事/.test(s.raw);
      // "那我来吧，样机是我们产品部的。我跟物流那边定一下，…": the speaker's next commitment says what they take on.
      if (
        kind === "self" &&
        isBareTask(task) &&
        turn.sentences.slice(j + 1).some((x) => (x.actor === "self" || x.actor === "offer") && !disqualified(x) && !isBareTask(phrase(x, null)))
      )
        return;
      if (isBareTask(task) || pronounAssign) {
        const ante = antecedent(turns, i, s, j);
        if (!ante) {
          if (isBareTask(task)) return;
        } else {
          // The date said with the work pointed at is the task's, when the commitment names none ("…by Friday." "I'll handle it.").
          const anteDue = s.conditional ? null : resolveDue(ante, meetingDate);
          // Its words go from the wording only when said as a deadline ("by Friday", "周五前"), not as the work ("cover Monday").
          const asDeadline = anteDue && new RegExp(`(?:by|before|until|no later than)\\s+${escapeRe(anteDue.text)}|${escapeRe(anteDue.text)}(?:之前|以前|前)`, "i").test(ante);
          const a = s.zh ? taskPhraseZh(ante, asDeadline ? anteDue.text : null) : taskPhraseEn(ante, asDeadline ? anteDue.text : null);
          if (!isBareTask(a)) {
            task = s.zh ? a : `${bareVerb(task)}${a}`.replace(/^\w/, (ch) => ch.toUpperCase());
            if (!draft.due && anteDue) draft.due = { iso: anteDue.iso, text: anteDue.text };
          } else if (isBareTask(task)) return;
        }
      }
      if (s.zh) draft.task = task;
      else {
        const r = withReferent(task, turns, i, j);
        draft.task = r.task;
        // "The budget sheet needs updating before the 20th." "I'll take care of that.": the asked date is the task's.
        if (!draft.due && r.asked && !s.conditional) draft.due = dueOf(r.asked, meetingDate);
        // "Greta, food.", "Please, people, it's like…": one word naming no act is a topic or an address, not work.
        if (/^[A-Za-z-]+$/.test(draft.task.trim()) && !nlp(draft.task).verbs().length) return;
      }
      drafts.push(draft);
    });
  });

  // A closing turn that hands a role its work without any cue the sentences carry (closing.ts): cite it.
  const cited = new Set(drafts.flatMap((d) => d.segs));
  turns.forEach((turn, i) => {
    if (i < closingFrom || cited.has(turn.seg) || !turn.sentences.length || turn.sentences.some((x) => x.reject || x.defer || x.recap)) return;
    const a = closingRoleHandOut(turn.sentences.map((x) => x.raw).join(" "), turn.speaker, people);
    const s = turn.sentences[0];
    if (a) drafts.push({ owner: a.owner, kind: "assign", sentence: s, task: a.task, due: null, segs: [turn.seg], evidence: turn.sentences.map((x) => x.raw) });
  });

  reassign(drafts, turns, people, meetingDate);
  // "Let me chase it. I'm on with their planner tomorrow, I'll get you the final counts by noon.": a pronoun task
  // said beside the same person's worded one in the same turn is that work.
  for (const d of [...drafts]) {
    if (d.sentence.zh || !/^[A-Za-z]+ (?:it|that|this|them)$/.test(d.task.trim())) continue;
    const fuller = drafts.find((e) => e !== d && e.owner === d.owner && e.segs.includes(d.segs[0]) && !/\b(?:it|that|this|them)$/.test(e.task.trim()));
    if (!fuller) continue;
    fuller.evidence.unshift(...d.evidence.filter((x) => !fuller.evidence.includes(x)));
    drafts.splice(drafts.indexOf(d), 1);
  }

  // The same task raised twice ("谁来写？" "我来。" … "这个交给沈丽跟进") is one to-do with both sources.
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const k = `${d.owner ?? ""}\u0000${d.task}`;
    // "I want Mei to do a final call with both. Mei, could you do that before Friday?": "do that" in the same
    // turn is the work just given to the same person, now with its date.
    const pointed = !d.sentence.zh && DO_THAT.test(d.sentence.raw) ? [...byKey.values()].find((p) => p.owner === d.owner && p.segs.includes(d.segs[0])) : undefined;
    const prev = byKey.get(k) ?? pointed;
    if (!prev) byKey.set(k, d);
    else {
      prev.segs.push(...d.segs);
      prev.evidence.push(...d.evidence.filter((e) => !prev.evidence.includes(e)));
      prev.due ??= d.due;
    }
  }
  return [...byKey.values()].flatMap((d) => {
    const confidence = Math.min(0.95, CONFIDENCE[d.kind] + (d.due ? 0.1 : 0) + (d.owner ? 0.05 : 0));
    // A vague deadline ("尽快", "国庆后") is kept as words, with no date; a conditional task has neither.
    const vague = d.due || d.sentence.conditional ? null : vagueDue(d.evidence.join(" "));
    const text = vague ? trimEndChars(d.task.replace(vague, "").replace(/^[，,\s]+/, ""), "，,", true).replace(/\s{2,}/g, " ") || d.task : d.task;
    return [
      {
        text,
        owner: d.owner,
        due: d.due?.iso ?? null,
        dueText: d.due?.text ?? vague ?? null,
        confidence: Math.round(confidence * 100) / 100,
        citations: [...new Set(d.segs)].sort((a, b) => a - b),
        verified: true,
        evidence: d.evidence,
      },
    ];
  });
}

/** The next speaker's reply opens with laughter. */
function laughedOff(turns: Turn[], i: number): boolean {
  const first = replyTo(turns, i)?.sentences[0];
  return !!first && LAUGHTER.test(first.raw);
}

// "…let's have Aisha do it", "算了，还是小雪来吧": the work just given changes hands.
const REASSIGN_EN =
  /\blet's (?:have|get) (\p{Lu}\p{Ll}+) (?:to )?(?:do|take|handle|own) (?:it|that|this)\b|\b(\p{Lu}\p{Ll}+) (?:can|should) (?:do|take) (?:it|that|this) instead\b/u;
const REASSIGN_ZH = /(?:算了|要不|还是)[，,]?\s*(?:还是|就|让)?(\p{sc=Han}{2,3}?)(?:你)?(?:来|去)(?:吧|做|弄|负责|跟)/u;

/**
 * A request handed to someone else by the one who made it, within `REASSIGN_TURNS` turns, is the new person's:
 * the owner changes, and the new person's own acceptance (a draft of theirs starting there) is merged into it,
 * with its date.
 */
function reassign(drafts: Draft[], turns: Turn[], people: People, meetingDate?: string): void {
  for (const d of [...drafts]) {
    // Merged into another by an earlier reassignment, or not work given by someone.
    if (!drafts.includes(d) || (d.kind !== "request" && d.kind !== "assign" && d.kind !== "answer")) continue;
    const from = turns.findIndex((t) => t.seg === d.segs[0]);
    for (let k = from + 1; from >= 0 && k < Math.min(turns.length, from + REASSIGN_TURNS + 1); k++) {
      const t = turns[k];
      if (t.speaker !== turns[from].speaker) continue;
      const m = t.sentences.map((x) => x.raw.match(x.zh ? REASSIGN_ZH : REASSIGN_EN)).find(Boolean);
      const to = m ? people.owner(m[1] ?? m[2]) : null;
      if (!to || to === d.owner) continue;
      d.owner = to;
      d.segs.push(t.seg);
      // The new person's date, said in their reply ("Yeah, that's fine. I can have that to you by Tuesday.").
      const reply = turns.slice(k + 1, k + 3).find((x) => x.speaker && people.owner(x.speaker) === to);
      d.due = reply?.sentences.map((x) => dueOf(x, meetingDate)).find(Boolean) ?? d.due;
      for (const e of drafts.filter((x) => x !== d && x.owner === to && x.segs[0] >= t.seg && x.segs[0] <= t.seg + 2)) {
        d.segs.push(...e.segs);
        // The date the new person gives is theirs to keep.
        d.due = e.due ?? d.due;
        drafts.splice(drafts.indexOf(e), 1);
      }
      break;
    }
  }
}
