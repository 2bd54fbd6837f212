/**
 * Tuned constants of the built-in to-do and decision detector, in one place, each with what it
 * was tuned on. "Half A" = the alternate cases of each corpus that `jiyao eval --halves` calls A
 * (office: en01, en03, zh01, zh03, zh05, zh07; ami-actions: the a and c meetings); half B is only
 * measured, never tuned on (docs/EVAL.md).
 */

/** Confidence by how the owner was established (tuned on nothing: an ordering, not a fit). */
export const CONFIDENCE = { self: 0.8, request: 0.75, assign: 0.75, answer: 0.8, group: 0.6 } as const;

/**
 * Share of the meeting's turns before the closing window, where hand-outs without commitment verbs
 * count (closing.ts). Half A of ami-actions: 60 % of the annotated action-item turns lie in the last
 * 10 % of the meeting (4 % in the 0.8–0.9 band).
 */
export const CLOSING_FROM = 0.9;
/** A closing part exists only in a real meeting, not in a few turns pasted in (not tuned: a floor). */
export const CLOSING_MIN_TURNS = 20;

/**
 * The presentation part of a meeting (presentation.ts) opens before this share of its turns: a prototype
 * is shown first in a meeting about it, not when the work plan names it at the end. Not fitted to gold: in
 * the unlabelled QMSum proxy d meetings (docs/EVAL.md, session 8) it opens by turn 3 %; on half A of
 * ami-actions a mention before 40 % is one agenda line ("at the end we should have a prototype").
 */
export const PRESENTATION_OPENS_BEFORE = 0.4;
/** The longest presentation part in turns (read on the proxy d meetings: the designers' show lasts 30–70 turns). */
export const PRESENTATION_MAX_TURNS = 60;
/** The opening share of a meeting whose talk names the chair (turns.ts chairOf; not fitted: the agenda part of a meeting). */
export const CHAIR_OPENING = 0.1;
/**
 * The chair's note (notes.ts): the longest bare phrase that counts as one, in words, and how many turns back
 * the option it names may have been said. Read on half A of ami-actions (the notes there are 1–3 words and
 * echo the last 1–3 turns); not swept.
 */
export const NOTE_MAX_WORDS = 4;
export const NOTE_ECHO_TURNS = 4;
/** A turn that opens the meeting for chairOf has at least this many words (Chinese: characters); shorter ones are greetings and mic checks. Not swept. */
export const CHAIR_FIRST_TURN_WORDS = 6;
/**
 * How far on (in turns) the speaker's own follow-up may name the date of work just taken on (followups.ts): the next
 * turn, or the one after someone's acknowledgement. Not swept: the shortest window covering "我来做。" "好。" "下周三之前…".
 */
export const FOLLOW_UP_TURNS = 2;
/**
 * The chair stating the point just argued (settles.ts): how many turns back its words must echo a question or answer,
 * and its longest length in words (a statement of the point, not a new pitch). Not swept: the span of a short exchange
 * (question, answer, assent) and a one-line conclusion.
 */
export const SETTLE_BACK_TURNS = 3;
export const SETTLE_MAX_WORDS = 16;
/**
 * "Okay, scrap that then. We keep the eight a.m. window": a decision taken back is one of the last this
 * many turns (untuned: a topic's discussion in an office meeting; dev set 4's reversal is 4 turns back).
 */
export const REVERSAL_TURNS = 8;
/** A request handed on by the one who made it ("actually, let's have Aisha do it"): within this many turns (untuned: a short exchange). */
export const REASSIGN_TURNS = 4;
