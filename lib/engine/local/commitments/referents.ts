/**
 * What a task's words point at: "that"/"这个" in an assignment ("assign that to Diego"), "it"/"them"
 * ("Can you rewrite it?"), a demonstrative noun ("that email"), or the work asked for before a
 * light-verb commitment ("I'll have it done by Monday").
 */
import { asksForVolunteer } from "@/lib/engine/local/commitments/asks";
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { isBareTask, taskPhraseEn } from "@/lib/engine/local/commitments/task";
import type { Turn } from "@/lib/engine/local/commitments/turns";
import { resolveDue } from "@/lib/engine/local/dates";
import { cleanSpoken } from "@/lib/text/spoken";
import { ZH_INFO_Q } from "@/lib/engine/local/cues";
import { RATIFIES } from "@/lib/engine/local/commitments/rules";

/**
 * What "that"/"这个" points at: a topic fronted in the sentence ("Copy review, let's assign that
 * to Carla"), else the nearest earlier sentence that raises a topic without being about the speaker.
 */
export function antecedent(turns: Turn[], i: number, s: Sentence, j = 0): string | null {
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
    // "名单出来了吗？" asks how things stand; it names no work.
    !(x.zh && x.question && ZH_INFO_Q.test(x.raw)) &&
    // "以后就按这个来" makes something just said the rule; it is no topic of its own.
    !RATIFIES.test(x.raw) &&
    !/^(?:i\b|i'm|我(?!们))/i.test(x.text) &&
    x.text.length > 6 &&
    !/^[A-Z][a-z]+[?？.]?$|^\p{sc=Han}{2,3}[?？]$/u.test(x.raw.trim());
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

/** The sentences before sentence j of turn i, nearest first: the rest of this turn, then the two turns before. */
function sentencesBefore(turns: Turn[], i: number, j: number) {
  return [...turns[i].sentences.slice(0, j)].reverse().concat(
    ...turns
      .slice(Math.max(0, i - 2), i)
      .reverse()
      .map((t) => [...t.sentences].reverse()),
  );
}

/**
 * What "it"/"them" in a task refers to ("Can you rewrite it?" after "the job description is still the
 * old one", "Who wants to host it?" after "Webinar."): a bare noun-phrase sentence just before, or the
 * subject of a copular sentence, in this turn or the two before. A bare verb ("Start") takes it as object.
 */
const LETS_OBJECT =
  /^let's (?:just )?(?:run|do|set up|write|draft|build|make|prepare|schedule|plan|book|put together|organi[sz]e|send out|try) (?:an? |the |some )((?!(?:before|after|and|to|for|with|so|that|then|by|when|if|on|in|at|first|now|today|next)\b)[a-z][a-z-]*(?: (?!(?:before|after|and|to|for|with|so|that|then|by|when|if|on|in|at|first|now|today|next)\b)[a-z][a-z-]*){0,3})/i;

function referent(turns: Turn[], i: number, j: number): string | null {
  for (const x of sentencesBefore(turns, i, j)) {
    const t = cleanSpoken(x.raw)
      .replace(/^(?:(?:okay|ok|so|and|also|great|good|right|alright|then|now)[,.]?\s+)*/i, "")
      .replace(/^(?:(?:last|one more|another|next|final|first) (?:thing|item|point|one)\s*[:,]\s*)/i, "")
      .replace(/^[A-Z][a-z]+,\s*/, "");
    if (x.question && !/^(?:the|a|an)\b/i.test(t)) continue;
    const frag = t.match(/^((?:an? |the )?[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){0,6})[.!]?$/);
    if (
      frag &&
      x.speaker === turns[i].speaker &&
      !x.actor &&
      !x.assent &&
      !/\b(?:is|are|was|were|'s|will|can|do|does|did|have|has|i|you|we|it|that|this|thanks)\b|^(?:maybe|perhaps|probably|possibly|sure|fine|right|yes|no|okay|ok)$/i.test(frag[1])
    )
      return frag[1].replace(/^./, (c) => c.toLowerCase());
    // "Let's run a quick survey before we commit. Raj, could you put it together?": the course the speaker just put
    // names the thing ("the quick survey"), up to the first word that starts another phrase.
    const course = x.speaker === turns[i].speaker && !x.question ? t.match(LETS_OBJECT) : null;
    if (course) return `the ${course[1].toLowerCase()}`;
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
function workAsked(turns: Turn[], i: number, j: number): { task: string; sentence: Sentence } | null {
  for (const x of sentencesBefore(turns, i, j)) {
    if (x.zh || x.past || x.reject || x.reported) continue;
    if (
      x.actor === "team" ||
      x.actor === "group" ||
      x.actor === "request" ||
      asksForVolunteer(x) ||
      /\b(?:need|needs) (?:someone|somebody) to\b/i.test(x.raw) ||
      PASSIVE_NEED.test(x.text)
    ) {
      const t = taskPhraseEn(x.raw, resolveDue(x.raw)?.text ?? null, x.name).replace(
        /^(?:we need (?:someone|somebody) to|someone (?:needs|has) to|somebody (?:needs|has) to)\s+/i,
        "",
      );
      if (!isBareTask(t) && !/\b(?:it|that|this)\b/i.test(t.split(/\s+/).slice(0, 2).join(" "))) return { task: t, sentence: x };
    }
  }
  return null;
}

/** Work stated as a need of a thing ("The budget sheet needs updating", "the slides still have to be checked"). */
const PASSIVE_NEED =
  /\b(?:needs?|still needs?|has to be|have to be|must be|should be) (?:[a-z]+ing|updated|done|fixed|sent|written|checked|reviewed|booked|prepared|signed|scheduled|cleaned up|finished)\b/i;

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
/** A light verb whose object is only a pronoun: "Take care of that", "Handle it", "Do that". */
const PRONOUN_OBJECT = /^(?:take care of|deal with|handle|do|cover|own|sort out|get|have|take) (?:it|that|this|them)(?: done| ready| sorted| covered)?$/i;

/**
 * The task with its pronoun resolved, and the sentence the work was asked in when the task is that
 * asked work (its date is the task's date when the commitment names none).
 */
export function withReferent(task: string, turns: Turn[], i: number, j: number): { task: string; asked: Sentence | null } {
  const pron = task.match(/^([A-Za-z]+) (?:it|them)\b/);
  const bare = /^[A-Za-z]+$/.test(task.trim());
  const light = PRONOUN_OBJECT.test(task.trim());
  if (!pron && !bare && !light) return { task: demonstrative(task, turns, i), asked: null };
  const np = light ? null : referent(turns, i, j);
  if (!np) {
    if (!LIGHT_VERB.test(task) && !light) return { task, asked: null };
    const w = workAsked(turns, i, j);
    return w ? { task: w.task[0].toUpperCase() + w.task.slice(1), asked: w.sentence } : { task, asked: null };
  }
  return { task: pron ? task.replace(/^([A-Za-z]+) (?:it|them)\b/, `$1 ${np}`) : `${task.trim()} ${np}`, asked: null };
}

/** The task verb of a bare phrase ("Check that" → "Check"), kept in front of the antecedent. */
export function bareVerb(task: string): string {
  const w = task.split(/\s+/)[0] ?? "";
  return /^(?:check|review|fix|look|send|update|confirm|test|verify|share|schedule|email|call|prepare|draft|write|book|ask)$/i.test(w) ? `${w} ` : "";
}
