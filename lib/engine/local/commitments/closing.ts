/**
 * The closing part of a meeting is where the chair hands out the individual actions, often
 * without any commitment verb: "Steph gets the interface design, you get product evaluation",
 * "the look and feel design is for Kate", "Mark the interface design, and Sammy the evaluation",
 * "you work on a design, keep it general", "further instructions will be sent to you by email".
 * Said earlier in a meeting these shapes are mostly talk about the product ("the user gets the
 * menu"), so they count only inside the closing window (a meeting-level prior: docs/EVAL.md).
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import type { People } from "@/lib/engine/local/commitments/people";
import { CLOSING_FROM, CLOSING_MIN_TURNS } from "@/lib/engine/local/commitments/tuning";
import { cleanSpoken } from "@/lib/text/spoken";
import { hasHan } from "@/lib/text/cjk";

/** Words that open the closing part: the next meeting, the individual actions, wrapping up, the last call for comments. */
const CLOSING_CUE =
  /\bnext meeting\b|\bindividual (?:actions?|assignments?|tasks?)\b|\baction items?\b|\bfor next time\b|\bbefore (?:we (?:go|finish|close|wrap)|the next)\b|\bwrap (?:it |this )?up\b|\b(?:the|in) closing\b|\bany (?:last|final) (?:comments?|questions?|things?|points?|thoughts?|remarks?)\b|\bto close\b|下次(?:会|开会|例会)|会后|最后(?:分一下工|分工|几件事)|散会/i;

/**
 * Where the closing part begins: the first closing cue in the second half of the meeting, or
 * the last tenth of its turns, whichever comes first; never in a meeting of a few turns.
 */
export function closingStart(turnTexts: string[]): number {
  const n = turnTexts.length;
  if (n < CLOSING_MIN_TURNS) return Infinity;
  const tail = Math.floor(n * CLOSING_FROM);
  for (let i = Math.floor(n / 2); i < tail; i++) if (CLOSING_CUE.test(turnTexts[i])) return i;
  return tail;
}

export interface ClosingAssignment {
  owner: string | null;
  task: string;
}

const WHO = "([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|you(?: two| both)?|the two of you|both of you|the [A-Za-z ]{3,40}?(?:designer|expert|manager))";
const NP = "((?:[Tt]he |[Aa] |[Aa]n |[Yy]our |[Oo]ur )?[a-z][a-z' -]{2,60}?)";
const END = "(?=\\s*(?:[,.;!?]|\\band\\b|$))";
/** "X gets the interface design", "you take the evaluation", "Kate's got the prototype". */
const GETS = new RegExp(`(?:^|[,;]\\s*|\\band\\s+)${WHO}\\s+(?:gets?|takes?|has got|'s got|get to do|will get|will take|can take)\\s+${NP}${END}`, "g");
/** "the look and feel design is for Kate", "product evaluation is yours". */
const IS_FOR = new RegExp(`(?:^|[,;.]\\s*|\\band\\s+)${NP}\\s+(?:is|are|will be)\\s+(?:for|yours|up to|with)\\s*${WHO}?${END}`, "g");
/** "Mark the interface design, and Sammy the product evaluation": a name, then what is theirs. */
const LIST = /(?:^|[,;]\s*|\band\s+)([A-Z][a-z]+)\s+((?:the|a|an)\s+[a-z][a-z' -]{2,60}?)(?=\s*(?:[,.;!?]|\band\b|$))/g;
/** "Corinne, we'll want a product evaluation": what the chair wants from the person addressed. */
const WANT = /^([A-Z][a-z]+),?\s+(?:we(?:'ll| will)?|i(?:'ll| will|'d)?)\s+(?:want|need|like)\s+((?:the |a |an |your )[a-z][a-z' -]{2,60}?)(?:\s+(?:from you|by|for)\b.*)?[.!]?$/;
/**
 * An imperative to the listener, or the same softened by a modal: "(you) work on a design", "think about requirements",
 * "you can have a look at our other products", "maybe you could look into the costs".
 */
const IMPERATIVE =
  /^(?:(?:and|so|okay|now|then|well|yes|uh|um|maybe)\s+)*(?:you(?:'ll| can| could| should| might want to| may want to)?\s+)?(?:(?:just|also|please|maybe)\s+)?(work on|think about|(?:have a )?look (?:at|into)|come up with|prepare|focus on|concentrate on|start on|get started on|figure out|find out|research|draft|write up|bring)\s+(.{3,80}?)[.;!?]*$/i;
/** Information the group will be sent after the meeting. */
const SENT_TO_YOU =
  /\b((?:further |specific |more |the )?(?:instructions|information|details|minutes|materials|documents?|notes))\s+(?:(?:will|'ll)\s+be\s+)+(?:sent|e-?mailed|mailed|forwarded|given|passed on)\s+(?:to you|to everyone|to all of you|around|by (?:your|the) (?:personal )?coach(?:es)?|by e-?mail)\b/i;
/** The same said of the listeners: "you'll find them in your email", "you will be informed via email", "you'll get the specifications". */
const YOU_GET_MAIL =
  /\byou(?:'ll| will| can| should| may)?(?: all)?\s+(?:be (?:informed|notified|told)|find (?:them|it|those|the \w+)|get (?:them|it|those|the \w+|an? e-?mail)|receive (?:them|it|those|the \w+|an? e-?mail)|see (?:them|it))\s+(?:(?:in|via|by|through|from) (?:the |your |an? )?e-?mails?\b)|\byou(?:'ll| will)(?: all)? (?:get|receive) (?:the |further |specific |more |your )?(?:instructions|specifications|information|details)\b/i;

/**
 * A duty stated at the close ("I have to write the final report", "we still have to make the end report"):
 * work that follows the meeting, though said without a deadline or a commitment verb. Not the meeting's
 * own talk ("we have to decide", "we need to discuss", "I have to go"): a verb that makes or delivers
 * something, with its object. The present of a scheduled step counts too ("now I write the final report",
 * "before I write up the final report"), and so does being asked to ("we're gonna get asked to fill out a questionnaire").
 */
const OBLIGATION =
  /(?:(?:^|[,;]\s*|\b(?:so|and|but|well|now|then)\s+)(?:i|we)(?: still| also| just)?(?: (?:have to|need to|must|should|'ve got to|have got to|gotta|got to)|(?:'re| are|'ll| will)? (?:gonna |going to )?(?:get|be) asked to)|\b(?:now|then|next|before) (?:i|we))\s+(?:(?:still|also|just|quickly)\s+)?(?:make|write(?: up)?|prepare|send|fill(?: in| out)?|finish|complete|do|put|save|bring|e-?mail|mail|build|draft|type(?: up)?|upload|submit|create|produce|work on|look (?:at|into)|find out about|research|investigate)\s+(?:the|our|a|an|my|your|this|that|these|those|some|all|another)\s+[a-z]/i;

/** Whose duty a closing sentence states — the speaker's ("I have to…") or the group's ("we still have to…") — and the duty from its verb on. */
export function closingObligation(s: Sentence): { who: "self" | "group"; task: string } | null {
  if (s.zh || s.question || s.conditional || s.past) return null;
  const m = s.text.match(OBLIGATION);
  if (!m) return null;
  const task = s.text
    .slice(m.index)
    .replace(
      /^.*?\b(?:i|we)\b(?:\s+(?:still|also|just))?\s*(?:(?:have to|need to|must|should|'ve got to|have got to|gotta|got to|(?:'re|are|will|'ll)? ?(?:gonna |going to )?(?:get|be) asked to)\s+)?(?:(?:still|also|just|quickly)\s+)?/i,
      "",
    )
    .replace(/\s+and all (?:those|these|that|this) (?:things|stuff)\b|[.!;,\s]+$/gi, "");
  return { who: /\bi\b/i.test(m[0]) ? "self" : "group", task: task.replace(/^\w/, (c) => c.toUpperCase()) };
}

const NOT_TASK = /^(?:the |a |an )?(?:way|thing|things|point|idea|time|feeling|impression|chance|look|one|ones|same|rest|meeting|question|answer|problem|end)$/i;

function ownerOf(who: string | undefined, people: People): string | null {
  if (!who) return null;
  const w = who.trim();
  if (/^(?:you|the two of you|both of you)/i.test(w)) return null;
  const role = w.replace(/^the\s+/i, "");
  return people.owner(role) ?? people.speaker(role.replace(/\s+(?:designer|expert|manager)$/i, "")) ?? null;
}

const tidy = (np: string) =>
  np
    .trim()
    .replace(/^(?:your|our)\s+/i, "the ")
    .replace(/\s{2,}/g, " ");

/** The individual actions a closing sentence hands out (empty when it hands out none). */
export function closingAssignments(s: Sentence, people: People): ClosingAssignment[] {
  // A tag ("…, eh?", "…, right?") does not make a hand-out a question.
  const tagged = /,\s*(?:eh|right|okay|ok|yeah|alright)\s*\?\s*$/i.test(s.raw);
  if (s.zh || (s.question && !tagged) || s.past || s.defer || s.reject || s.counterfactual) return [];
  const text = cleanSpoken(s.raw).replace(/\?\s*$/, ".");
  const out: ClosingAssignment[] = [];
  const add = (owner: string | null, task: string) => {
    const t = tidy(task);
    if (t.split(/\s+/).length < 2 && !/^[a-z]{6,}$/i.test(t)) return;
    if (NOT_TASK.test(t) || out.some((o) => o.task === t)) return;
    out.push({ owner, task: t.replace(/^\w/, (c) => c.toUpperCase()) });
  };
  for (const m of text.matchAll(GETS)) {
    const owner = ownerOf(m[1], people);
    // A capitalised word that is no participant or named person is no addressee ("Nobody gets…").
    if (/^[A-Z]/.test(m[1]) && !/^the /i.test(m[1]) && !owner) continue;
    add(owner, m[2]);
  }
  for (const m of text.matchAll(IS_FOR)) {
    if (m[2] === undefined && !/\byours\b/i.test(m[0])) continue;
    const owner = ownerOf(m[2], people);
    if (m[2] && /^[A-Z]/.test(m[2]) && !/^the /i.test(m[2]) && !owner) continue;
    add(owner, m[1]);
  }
  const want = text.match(WANT);
  if (want && people.isVocative(want[1])) add(people.owner(want[1]), want[2]);
  for (const m of text.matchAll(LIST)) if (people.isVocative(m[1])) add(people.owner(m[1]), m[2]);
  if (!out.length) {
    const imp = text
      .split(/[,;]\s*/)
      .map((c) => c.match(IMPERATIVE))
      .find(Boolean);
    if (imp) add(null, `${imp[1]} ${imp[2]}`);
  }
  const sent = text.match(SENT_TO_YOU);
  // How it comes: by email, or from the coach who hands out the instructions.
  const via = /\bcoach/i.test(text) ? " from the coach" : /e-?mail/i.test(text) ? " by email" : "";
  const what =
    text
      .match(/\b(?:(?:the|your) )?(?:further |specific |more )?(?:instructions|specifications|information|details)\b/i)?.[0]
      .toLowerCase()
      .replace(/^your /, "the ") ?? "the instructions";
  if (sent && !out.length) add(null, `Receive ${sent[1].toLowerCase()}${via}`);
  else if (!out.length && YOU_GET_MAIL.test(text)) add(null, `Receive ${what}${via}`);
  return out;
}

/** What the chair hands a role at the close: a work product (not "the buttons", "the chip"). */
const DELIVERABLE = "(?:design|concept|specifications?|requirements?|evaluation|prototype|functions|watching|report|plan|strategy|proposal|study|analysis)";
const escapeLabel = (t: string) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A closing turn that names a participant's role, then a work product, even when garbled or split over
 * sentences ("the User Interface Designer, that's for. Technical functions…", "Marketing they want product
 * evaluation"): the chair is handing that role its action. The role must open a clause and stand apart from
 * the product ("user interface design" is the product itself), and the speaker does not hand work to themself.
 */
export function closingRoleHandOut(text: string, speaker: string | undefined, people: People): ClosingAssignment | null {
  if (/\?\s*$/.test(text.trim())) return null;
  const lower = cleanSpoken(text).toLowerCase();
  for (const sp of people.speakers) {
    if (sp === speaker || sp.length < 3 || hasHan(sp)) continue;
    const re = new RegExp(
      `(?:^|[.,;:]\\s*|\\band\\s+|\\bfor\\s+)(?:the\\s+)?${escapeLabel(sp)}(?:\\s+(?:designer|expert|specialist))?(?!\\s+${DELIVERABLE}\\b)(?![a-z])([^?!]{0,50}?)\\b((?:the |a |an |your )?(?:[a-z]+ ){0,2}${DELIVERABLE})\\b`,
    );
    const m = lower.match(re);
    // The product must not be the role's own name said again ("the marketing, marketing strategy").
    if (!m || /\b(?:not|no|don't|didn't|was|were)\b/.test(m[1])) continue;
    const task = tidy(m[2].replace(/^(?:(?:want|wants|need|needs|get|gets|have|has|do|does|will|is|on|about)\s+)+/, "")).replace(/^\w/, (c) => c.toUpperCase());
    if (task.split(/\s+/).length < 2) continue;
    return { owner: sp, task };
  }
  return null;
}
