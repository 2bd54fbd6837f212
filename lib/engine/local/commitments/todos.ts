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
import type { Todo } from "@/lib/engine/types";
import { CONFIDENCE, EN_CONSENT_Q, EXPLICIT as C_EXPLICIT, ZH_CONSENT_Q } from "@/lib/engine/local/cues";
import { resolveDue, vagueDue } from "@/lib/engine/local/dates";
import { vocative, type Sentence } from "@/lib/engine/local/commitments/clause";
import { closingAssignments, closingStart } from "@/lib/engine/local/commitments/closing";
import type { People } from "@/lib/engine/local/commitments/people";
import { isBareTask, taskPhraseEn, taskPhraseZh } from "@/lib/engine/local/commitments/task";
import { declines, isAcknowledgement, replyTo, type Turn } from "@/lib/engine/local/commitments/turns";
import { trimEndChars } from "@/lib/text/scan";
import { cleanSpoken } from "@/lib/text/spoken";

interface Draft {
  owner: string | null;
  kind: keyof typeof CONFIDENCE;
  sentence: Sentence;
  task: string;
  due: { iso: string; text: string } | null;
  segs: number[];
  evidence: string[];
}

/** A reply that pushes back on the asked date ("Thursday's tight", "下周二有点赶", "not this week"). */
const RESERVED_DATE = /不行|不能|来不及|有点(?:赶|紧)|太赶|赶不上|\b(?:tight|can't|cannot|won't work|doesn't work|not this week|too soon)\b/i;

const phrase = (s: Sentence, dueText: string | null, name?: string | null) => (s.zh ? taskPhraseZh(s.raw, dueText, name) : taskPhraseEn(s.raw, dueText, name));

/** Not a commitment whatever its grammar: done already, counterfactual, someone else's plan, deferred. */
function disqualified(s: Sentence): boolean {
  if (s.past || s.counterfactual || s.defer || s.reject || s.floor || s.recap) return true;
  // A closure settles; it is work too only when it hands the work to someone by name ("…，蒋伟你来汇总").
  if (s.closure && !((s.actor === "request" || s.actor === "assign") && s.name)) return true;
  if (s.closing && (s.actor === "group" || s.actor === "team" || s.actor === null)) return true;
  if (s.reported && s.actor !== "request" && s.actor !== "self") return true;
  if (s.vague && (s.actor === "team" || s.actor === null || s.actor === "self" || s.actor === "offer")) return true;
  if (s.proposal && s.actor !== "request" && s.actor !== "assign") return true;
  return false;
}

/** The last date said in a sentence ("下周二有点赶，下周三行不行？" → 下周三): a counter-offer names its date last. */
function lastDue(raw: string, meetingDate?: string) {
  const parts = raw.split(/[，,；;]/);
  for (let k = parts.length - 1; k >= 0; k--) {
    const d = resolveDue(parts[k], meetingDate);
    if (d) return { iso: d.iso, text: d.text };
  }
  return null;
}

function dueOf(s: Sentence, meetingDate?: string) {
  if (s.conditional) return null;
  const d = resolveDue(s.raw, meetingDate);
  return d ? { iso: d.iso, text: d.text } : null;
}

/**
 * What "that"/"这个" points at: a topic fronted in the sentence ("Copy review, let's assign that
 * to Carla"), else the nearest earlier sentence that raises a topic without being about the speaker.
 */
function antecedent(turns: Turn[], i: number, s: Sentence, j = 0): string | null {
  const front = s.raw.match(/^(.{3,60}?)[,，]\s*(?:let's|so|then|那就|这个|那|[A-Z][a-z]+,)/i);
  if (front && !/^(?:okay|so|and|then|那|好|also)$/i.test(front[1].trim())) return front[1];
  // A topic, or the work the group needs done ("那我们要给他们一个书面的整改说明", "let's tell the customers"),
  // or an idea asked as a question ("要不要请总监出面约一下？"); not a name said alone ("Hannah?").
  const asked = new Set(i > 0 ? turns[i - 1].sentences : []);
  const topical = (x: Sentence) =>
    (!x.actor || x.actor === "team" || x.actor === "group") &&
    !x.assent &&
    !x.past &&
    !(x.proposal && !(x.question && asked.has(x))) &&
    !x.reject &&
    !x.reported &&
    !/^(?:i\b|i'm|我(?!们))/i.test(x.text) &&
    x.text.length > 6 &&
    !/^[A-Z][a-z]+[?？.]?$|^[\u4e00-\u9fff]{2,3}[?？]$/.test(x.raw.trim());
  // Earlier sentences of this turn, then a topic question ("What about X?") in the last turns, else the nearest topical sentence.
  const own = turns[i].sentences.slice(0, j).reverse();
  const window = turns
    .slice(Math.max(0, i - 3), i)
    .reverse()
    .flatMap((t) => t.sentences);
  const q = own.find(topical) ?? window.find((x) => x.question && topical(x)) ?? window.find(topical);
  if (q)
    return q.raw
      .replace(/^(?:okay,?\s*)?(?:what about|how about|what if we|and|one question on|a question on|about|then let's|let's)\s*/i, "")
      .replace(/^(?:那)?(?:要不要|要不)(?:我们|咱们)?/, "")
      .replace(/^(?:那)?(?:我们|咱们)(?:要|得|需要)/, "")
      .replace(/^[^，,]{0,4}[，,]/, "");
  return null;
}

/**
 * What "it"/"them" in a task refers to ("Can you rewrite it?" after "the job description is still the
 * old one", "Who wants to host it?" after "Webinar."): a bare noun-phrase sentence just before, or the
 * subject of a copular sentence, in this turn or the two before. A bare verb ("Start") takes it as object.
 */
function referent(turns: Turn[], i: number, j: number): string | null {
  const before = [...turns[i].sentences.slice(0, j)].reverse().concat(
    ...turns
      .slice(Math.max(0, i - 2), i)
      .reverse()
      .map((t) => [...t.sentences].reverse()),
  );
  for (const x of before) {
    const t = cleanSpoken(x.raw)
      .replace(/^(?:(?:okay|ok|so|and|also|great|good|right|alright|then|now)[,.]?\s+)*/i, "")
      .replace(/^(?:(?:last|one more|another|next|final|first) (?:thing|item|point|one)\s*[:,]\s*)/i, "")
      .replace(/^[A-Z][a-z]+,\s*/, "");
    if (x.question && !/^(?:the|a|an)\b/i.test(t)) continue;
    const frag = t.match(/^((?:an? |the )?[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){0,6})[.!]?$/);
    if (frag && x.speaker === turns[i].speaker && !x.actor && !x.assent && !/\b(?:is|are|was|were|'s|will|can|do|does|did|have|has|i|you|we|it|that|this|thanks)\b/i.test(frag[1]))
      return frag[1].replace(/^./, (c) => c.toLowerCase());
    const subj = t.match(/^(the [a-z][a-z0-9 -]{1,40}?) (?:is|are|was|were)(?: still)?\b/i);
    if (subj) return subj[1].replace(/^./, (c) => c.toLowerCase());
  }
  return null;
}

/**
 * The work asked for just before a light-verb commitment ("I'll have it done by Monday" after "we need someone
 * to set up the conversion events"): a request, a need of the group or a call for a volunteer, in this turn or
 * the two before.
 */
function workAsked(turns: Turn[], i: number, j: number): string | null {
  const before = [...turns[i].sentences.slice(0, j)].reverse().concat(
    ...turns
      .slice(Math.max(0, i - 2), i)
      .reverse()
      .map((t) => [...t.sentences].reverse()),
  );
  for (const x of before) {
    if (x.zh || x.past || x.reject || x.reported) continue;
    if (x.actor === "team" || x.actor === "group" || x.actor === "request" || asksForVolunteer(x) || /\b(?:need|needs) (?:someone|somebody) to\b/i.test(x.raw)) {
      const t = taskPhraseEn(x.raw, null, x.name).replace(/^(?:we need (?:someone|somebody) to|someone (?:needs|has) to|somebody (?:needs|has) to)\s+/i, "");
      if (!isBareTask(t) && !/\b(?:it|that|this)\b/i.test(t.split(/\s+/).slice(0, 2).join(" "))) return t;
    }
  }
  return null;
}

/** "that email" → the email named shortly before, with its modifiers ("the customer email"). */
function demonstrative(task: string, turns: Turn[], i: number): string {
  const m = task.match(/\b(?:that|this|those|these) ([a-z][a-z-]+)\b/i);
  if (!m) return task;
  const noun = m[1].toLowerCase().replace(/s$/, "");
  const said = turns
    .slice(Math.max(0, i - 3), i + 1)
    .reverse()
    .flatMap((t) => [...t.sentences].reverse())
    .map((x) => cleanSpoken(x.raw));
  for (const t of said) {
    const np = t.match(new RegExp(`\\b(?:the|a|an|our|your) ((?:[a-z-]+ ){0,2}?${noun}s?)\\b(?: (?:to|for) [a-z]+)?`, "i"));
    if (np && np[1].toLowerCase() !== noun && np[1].toLowerCase() !== `${noun}s`) return task.replace(m[0], `the ${np[0].replace(/^(?:the|a|an|our|your) /i, "")}`);
  }
  return task;
}

const LIGHT_VERB = /^(?:have|get|do|handle|take|own|finish|cover|sort|send|deliver)\b/i;

function withReferent(task: string, turns: Turn[], i: number, j: number): string {
  const pron = task.match(/^([A-Za-z]+) (?:it|them)\b/);
  const bare = /^[A-Za-z]+$/.test(task.trim());
  if (!pron && !bare) return demonstrative(task, turns, i);
  const np = referent(turns, i, j);
  if (!np) {
    if (!LIGHT_VERB.test(task)) return task;
    const w = workAsked(turns, i, j);
    return w ? w[0].toUpperCase() + w.slice(1) : task;
  }
  return pron ? task.replace(/^([A-Za-z]+) (?:it|them)\b/, `$1 ${np}`) : `${task.trim()} ${np}`;
}

/** The task verb of a bare phrase ("Check that" → "Check"), kept in front of the antecedent. */
function bareVerb(task: string): string {
  const w = task.split(/\s+/)[0] ?? "";
  return /^(?:check|review|fix|look|send|update|confirm|test|verify|share|schedule|email|call|prepare|draft|write|book|ask)$/i.test(w) ? `${w} ` : "";
}

/** A question that asks for work without an actor: "Who wants to…?", "退货率谁能拉一下？", "…明天能发吗？". */
function asksForWork(s: Sentence): boolean {
  if (!s.question) return false;
  return s.zh
    ? /能(?:不能)?[^，。？]{0,8}[吗？?]|能不能|可不可以|[出发做给拉交][吗么]/.test(s.raw)
    : /^(?:who (?:wants|can|will|could)|who(?:'s| is) (?:taking|doing|handling|owning|going to|gonna|on)|can (?:someone|anyone|somebody))/i.test(s.text);
}

/** "退货率谁能拉一下" asks for a volunteer even without a question mark. */
const asksForVolunteer = (s: Sentence) =>
  (s.zh
    ? /谁(?:能|来|去|可以|有空|负责|愿意)/
    : /^(?:who (?:wants|can|will|could)|who(?:'s| is) (?:taking|doing|handling|owning|going to|gonna|on)|(?:can|could|would) (?:someone|anyone|somebody)|any volunteers|(?:can|could) (?:we|i) get(?! (?:it|that|this|them)\b))\b/i
  ).test(s.text);

export function detectTodos(turns: Turn[], people: People, meetingDate?: string): Todo[] {
  const drafts: Draft[] = [];
  const consumed = new Set<string>(); // "seg:sentence" keys merged into another to-do
  const key = (s: Sentence, j: number) => `${s.seg}:${j}`;
  const closingFrom = closingStart(turns.map((t) => t.sentences.map((x) => x.raw).join(" ")));

  turns.forEach((turn, i) => {
    turn.sentences.forEach((s, j) => {
      const handOuts = () => {
        // The closing part: the chair hands out individual actions without commitment verbs (closing.ts).
        if (i >= closingFrom)
          for (const a of closingAssignments(s, people))
            drafts.push({ owner: a.owner, kind: "assign", sentence: s, task: a.task, due: dueOf(s, meetingDate), segs: [s.seg], evidence: [s.raw] });
      };
      if (consumed.has(key(s, j))) return;
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
      if ((s.actor === "self" || (s.actor === "offer" && (dueOf(s, meetingDate) || s.conditional))) && !s.question) {
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
      } else if (s.actor === "group" || s.actor === "team") {
        // The group owns work only with a deadline and a real task (not "辛苦大家"), or when labelled an action item.
        const labelled = C_EXPLICIT.test(s.raw);
        if (s.question || (!labelled && !dueOf(s, meetingDate)) || isBareTask(phrase(s, dueOf(s, meetingDate)?.text ?? null))) return;
        kind = "group";
      } else if (asksForWork(s) || asksForVolunteer(s)) {
        kind = "answer";
      }
      if (!kind) {
        handOuts();
        return;
      }
      const due = dueOf(s, meetingDate);
      let task = phrase(s, due?.text ?? null, s.name);
      const draft: Draft = { owner, kind, sentence: s, task, due, segs: [s.seg], evidence: [s.raw] };

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
      const reply = kind === "group" ? null : replyTo(turns, i);
      const replyOwner = reply ? people.owner(reply.speaker) : null;
      const addressedToReplier = reply && (owner === null || owner === replyOwner);
      if ((kind === "request" || kind === "answer") && reply && addressedToReplier) {
        if (declines(reply)) return;
        const commits = reply.sentences.map((x, k) => ((x.actor === "self" || x.actor === "offer") && !disqualified(x) ? k : -1)).filter((k) => k >= 0);
        const acked = isAcknowledgement(reply) || reply.sentences[0].startsAssent || commits.length > 0;
        // "服务器扩容能不能分两期？" "可以。": a question that names no one, answered by bare assent, settles a plan (a decision), not work.
        if (acked && kind === "answer" && s.zh && !commits.length && !/谁|你|您/.test(s.raw)) return;
        // A counter-date asked back ("Thursday's tight. Could I get it to you Monday?", "下周三行不行？") and
        // accepted by the asker in the next turn ("Monday's fine.", "行，那就下周三。") is the task accepted on that date.
        const ri = turns.indexOf(reply);
        const settle = ri >= 0 ? turns[ri + 1] : undefined;
        const counterDue =
          reply.sentences
            .filter((x) => x.question)
            .map((x) => lastDue(x.raw, meetingDate))
            .find(Boolean) ?? null;
        const settleFirst = settle && settle.speaker === turn.speaker ? settle.sentences[0] : undefined;
        const counter =
          !acked &&
          !s.conditional &&
          !!counterDue &&
          !!settleFirst &&
          !settleFirst.question &&
          (settleFirst.startsAssent || /\b(?:fine|works|okay|ok)\b|^(?:行|可以|好|没问题)|那就/i.test(settleFirst.raw));
        if (counter) {
          draft.owner = replyOwner;
          draft.segs.push(reply.seg, settle!.seg);
          draft.evidence.push(reply.sentences.map((x) => x.raw).join(" "), settleFirst!.raw);
          draft.due = dueOf(settleFirst!, meetingDate) ?? counterDue;
        } else if (acked) {
          // Two questions in one turn answered by one reply make one to-do.
          const earlier = drafts.find((d) => d.segs.includes(reply.seg) && d.segs.includes(turn.seg));
          if (earlier) {
            if (!earlier.task.includes(task)) earlier.task = s.zh ? `${task}，${earlier.task}` : `${task}; ${earlier.task}`;
            return;
          }
          draft.owner = replyOwner;
          draft.segs.push(reply.seg);
          draft.evidence.push(...reply.sentences.slice(0, Math.max(1, (commits[0] ?? 0) + 1)).map((x) => x.raw));
          for (const k of commits) consumed.add(key(reply.sentences[k], k));
          // The replier's date wins when the asked date was refused ("明天不行……周五我保证发出去") or none was asked.
          const refusedDate = /不行|不能|来不及|can't|cannot|won't work|doesn't work/i.test(reply.sentences[0].text);
          const rdue =
            (commits.length ? commits.map((k) => dueOf(reply.sentences[k], meetingDate)) : []).concat(reply.sentences.map((x) => dueOf(x, meetingDate))).find(Boolean) ?? null;
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
          const c = commits.length ? reply.sentences[commits[0]] : null;
          if (c && isBareTask(task) && s.zh) {
            const ante = antecedent(turns, i, s, j);
            const a = ante ? taskPhraseZh(ante, null) : "";
            if (a && !isBareTask(a)) task = a;
          }
          if (c) {
            // "周四我尽量，但是报告得技术先给我": the reservation after 但是/but is not the task.
            const cut = { ...c, raw: c.raw.split(/[，,]\s*(?:但是|不过|可是|(?:but|though)\b)/i)[0] };
            const ctask = phrase(cut, dueOf(cut, meetingDate)?.text ?? null);
            if (!isBareTask(ctask) && !task.includes(ctask)) task = isBareTask(task) ? ctask : `${task}${s.zh ? "，" : ", "}${ctask}`;
          }
        } else if (kind === "answer" || (s.question && owner === null)) return;
      } else if (kind === "answer") return;
      else if (kind === "assign" && reply && replyOwner === draft.owner && (isAcknowledgement(reply) || reply.sentences[0]?.startsAssent)) {
        draft.segs.push(reply.seg);
        for (const [k, x] of reply.sentences.entries()) consumed.add(key(x, k));
      }
      if (kind === "request" && s.question && draft.owner === null) return;
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
      if (isBareTask(task) || pronounAssign) {
        const ante = antecedent(turns, i, s, j);
        if (!ante) {
          if (isBareTask(task)) return;
        } else {
          const a = s.zh ? taskPhraseZh(ante, null) : taskPhraseEn(ante, null);
          if (!isBareTask(a)) task = s.zh ? a : `${bareVerb(task)}${a}`.replace(/^\w/, (ch) => ch.toUpperCase());
          else if (isBareTask(task)) return;
        }
      }
      draft.task = s.zh ? task : withReferent(task, turns, i, j);
      drafts.push(draft);
    });
  });

  // The same task raised twice ("谁来写？" "我来。" … "这个交给沈丽跟进") is one to-do with both sources.
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const k = `${d.owner ?? ""}\u0000${d.task}`;
    const prev = byKey.get(k);
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
