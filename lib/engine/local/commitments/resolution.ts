/**
 * What a stated design resolution ("we're going to have…", "the case will be rubber") is not,
 * though its words fit: talk about the meeting itself, a clause cut off or subordinate to another,
 * and a judgement of what an option would be like. English only (the Chinese reading has no
 * resolution family).
 */

/** The meeting's own course: "We will wait for Anna", "we'll have another meeting in thirty minutes", "we're gonna brainstorm". */
const MEETING_TALK =
  /\bwe(?:'ll| will| are| 're| are going to|'re going to|'re gonna| are gonna|'re now gonna| shall)?\s+(?:now\s+)?(?:wait|start|discuss|talk|brainstorm|guess|try to guess|go through|present|begin|break|finish up|meet)\b|\b(?:meeting|minutes|presentations?|agenda|lunch|coffee break|tool training|questionnaires?|whiteboard)\b/i;

/**
 * A subordinate or cut-off clause: an indirect question ("How it will be done.", "What it's gonna be."),
 * a complement without its clause ("That it would come up like that."), or a sentence that stops at
 * the verb ("It has to be", "The case would be").
 */
const FRAGMENT =
  /^(?:how|what(?! we(?:'ll| will| are going to|'re going to|'re gonna) do is)|where|when|why|which|whether|that(?!'s)|imagine|assume|think)\b|\b(?:be|to|is|are|the|a|an|and|with|of|like|for|it|than)\s*[.…,]*\s*$/i;

/** A judgement of an option ("It would be easier on the hands", "it'll be more expensive", "I thought it would be cool"). */
const EVALUATION =
  /\b(?:it|that|this|they)(?:'d|'ll| would| will| might)? (?:be |look |feel )(?:much |a (?:lot|bit|little) |very |quite |really |too )?(?:more |less )?(?:easier|easy|harder|hard|better|worse|nicer|nice|cheaper|cheap|expensive|cool|good|fine|fun|interesting|cumbersome|problematic|difficult|complicated|simpler|safer|cheap)\b/i;

export function notAResolution(text: string): boolean {
  return MEETING_TALK.test(text) || FRAGMENT.test(text.trim()) || EVALUATION.test(text);
}

/**
 * A score given in an evaluation ("I'll go with five.", "Give it a two.", "Let's go for a three or four"):
 * a vote in the meeting, neither work to do nor a design decision.
 */
const RATING =
  /\b(?:go(?:ing)? (?:with|for)|give (?:it|that|this|them)|say|make it|settle for|it's) (?:about |maybe |like )?(?:a |an )?(?:one|two|three|four|five|six|seven|\d)(?:ish)?(?: or (?:a |an )?(?:one|two|three|four|five|six|seven|\d))?(?=\s*(?:[.,!?;]|$|\b(?:then|too|as well|on (?:that|this|it)|for (?:that|this|it)|I think)\b))/i;
export const isRating = (text: string) => RATING.test(text);

/** A sentence cut off at a modal, an auxiliary or a conjunction ("If you could uh", "you are gonna", "I'll have a look if"); not a short yes ("Yeah, I will."). */
export const cutOff = (text: string) =>
  /\b(?:could|can|would|will|should|gonna|going to|if|and|or|but)\s*[.,…-]*\s*$/i.test(text.trim()) &&
  !/^who\b|^(?:(?:yes|yeah|sure|okay|ok|of course)[,.]?\s+)*(?:i|we)(?: certainly| definitely| surely)? (?:will|can|could|would|should)\s*[.!]*$/i.test(text.trim());
