/**
 * Decisions from how a group settles things: an explicit closure ("那就这么定了，…", "就这么办",
 * "就用新模板", "agreed then", "let's go with…"), or a proposal ("我建议…", "I'd drop…") that the
 * others assent to without objection. The decision's wording is what the closure states, or, for a
 * bare closure ("那就这么办。"), the proposal it closes. Deferrals ("还没定，下次再说", "let's
 * revisit") are never decisions, nor is a closure someone asks about without anyone agreeing.
 */
import type { Decision } from "@/lib/engine/types";
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import { chairOf, isAcknowledgement, type Turn } from "@/lib/engine/local/commitments/turns";
import { cleanSpoken } from "@/lib/text/spoken";
import { contentTerms } from "@/lib/text/terms";
import { hanCount, hasHan } from "@/lib/text/cjk";
import { cutOff, isRating, notAResolution } from "@/lib/engine/local/commitments/resolution";
import { resolveDue } from "@/lib/engine/local/dates";
import { EN_CONSENT_Q, EN_LETS_DESIGN, ZH_CONSENT_Q } from "@/lib/engine/local/cues";
import { REVERSAL_TURNS } from "@/lib/engine/local/commitments/tuning";
import { presentedDesign } from "@/lib/engine/local/commitments/presentation";
import { chairNotes, notedPhrase } from "@/lib/engine/local/commitments/notes";
import { budgetVerdicts } from "@/lib/engine/local/commitments/verdicts";
import { RATIFIES, standingRule } from "@/lib/engine/local/commitments/rules";
import { assented, ruleAgreed } from "@/lib/engine/local/commitments/assent";
import { agreedBefore, chairStatesPoint, echoedAnswer, proposedBefore, rejectedBefore, statementPutToRoom, viewsWelcomed } from "@/lib/engine/local/commitments/settles";

const ZH_CLOSURE_WORDS =
  /^(?:那么?)?(?:就)?(?:定了|定下来了?)[吧]?[，,：:]\s*|(?:那就|就)?这么(?:定了?|办)[吧了]?|就这么|(?:不变|不改|不动)了|没意见(?:的话)?|大家没意见(?:的话)?|^(?:那么?)?就(?![是这])|^(?:行|好|嗯|可以|那)[，,]?|[吧？?。！!]+$/g;
const EN_CLOSURE_WORDS =
  /^(?:(?:okay|ok|so|great|alright|good|right|yes|yeah)[,.!]?\s*)+|\b(?:agreed then|agreed|it's settled|that's settled|then|final answer)\b[,.!:]?\s*|\blet's do (?:it|that)\s*:\s*|\blet's lock (?:that|it|this|those|these) in\b[,.!]?\s*|\bno objections?[,.]?\s*(?:so|then)\b[,.]?\s*|^\W*(?:decision|resolution)\s*:\s*|\b(?:so )?that's the plan\b[.!]?\s*|\b(?:it's|that's) (?:agreed|decided)(?: then)?\b\s*[—–:,-]*\s*|^.*?\bmake the call\s*[:—–-]\s*/gi;
const ZH_PROPOSAL_CUE = /^.*?(?:我建议|我的建议是|我想的是|我的想法是|我的意见是|我觉得|要不(?:我们|咱们)?|我想)/;
const EN_PROPOSAL_CUE = /^.*?\b(?:what if we|how about|why don't we|i was thinking (?:we|that)?|i'd|i (?:suggest|propose)|i think we should|maybe we (?:should|could))\s*/i;

/** A possibility floated to the room rather than proposed: "we could…", "maybe we can…". */
const EN_FLOATED = /\b(?:we could|we can)\b/i;
const EN_PROPOSAL_CUE_STRONG =
  /\b(?:i (?:suggest|propose)|i'd (?:suggest|propose|go with)|i think we should|why don't we|how about|what if we|(?:the|my) (?:proposal|suggestion) is)\b/i;

const DATE_ONLY =
  /^\W*(?:(?:by|on|next|this|till|until)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)(?:\s+(?:morning|afternoon|evening|night|eod|cob))?\W*$|^(?:下下|下|本|这)?(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午|晚上)?(?:之前|前)?[。！!]?$/i;
// "Okay, scrap that then. We keep the eight a.m. window…": what was settled earlier is taken back, and the next sentence settles it anew.
const EN_REVERSAL = /\b(?:scrap|scratch|forget|ignore) (?:that|it|what I said)\b|\bnever mind\b/i;
const ZH_REVERSAL = /算了|当我没说|(?:刚才|之前)(?:说|定)的(?:不算|作废)|改一下(?:刚才|之前)/;

const NEW_ITEM = /^\W*(?:\p{Lu}\p{Ll}+,|(?:okay,?\s+)?(?:last|next|one more) (?:thing|item|point)|moving on|另外|还有|下一个|最后一个)/u;
/** A judgement or reason ("It's not worth the risk.", "That's the safer option.") backs a proposal; it states none itself. */
const JUDGEMENT = /^\W*(?:it's|it is|that's|that is|this is|it'd be|that'd be)\b(?![^.]*\bwe\b)/i;
const words = (t: string) => (hasHan(t) ? hanCount(t) / 2 : t.split(/\s+/).filter(Boolean).length);

function content(s: Sentence): string {
  const t = cleanSpoken(s.raw);
  const c = (s.zh ? t.replace(ZH_CLOSURE_WORDS, "") : t.replace(EN_CLOSURE_WORDS, "")).replace(/^[，,、\s]+|[，,、\s?？]+$/g, "").trim();
  // "行，那就下周一切换": the 就 left after the assent (short decisions keep it: "就用新模板" is read as content).
  return s.zh ? c.replace(/^就(?![是这])(?=[^，。]{5})/, "") : c;
}

// Opinion and assent words carry no content of their own ("我觉得可以", "I think so").
const substantive = (text: string, zh: boolean) =>
  zh
    ? text.replace(/我觉得|我认为|我也这么觉得|可以|同意|没问题|没意见|[\p{P}\s]/gu, "").length >= 5
    : text
        // A pronoun stands for what was said before; it is no content of the decision's own ("keep it on").
        .replace(/\b(?:i think|i agree|sounds good|yes|yeah|so|okay|let's do (?:it|that)|it|them)\b/gi, "")
        .split(/\s+/)
        .filter(Boolean).length >= 3;

function proposalText(s: Sentence): string {
  const t = cleanSpoken(s.raw).replace(s.zh ? ZH_PROPOSAL_CUE : EN_PROPOSAL_CUE, "");
  return t
    .replace(/[，,]?\s*(?:大家没意见吧|大家有不同意见吗|is that crazy|right|okay)\s*[?？]?$/i, "")
    .replace(/[?？。.!！\s]+$/, "")
    .trim();
}

/** The proposal a bare closure closes: a marked proposal in the last few turns, else the previous contentful sentence. */
function closedProposal(turns: Turn[], i: number, j: number, markedOnly = false): Sentence | null {
  const own = turns[i].sentences
    .slice(0, j)
    .reverse()
    .find((s) => !s.question && (s.proposal || substantive(content(s), s.zh)));
  if (own) return own;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const p = turns[k].sentences.find((s) => s.proposal && !s.defer && !s.reject && !s.counterfactual);
    if (p) return p;
  }
  if (markedOnly) return null;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = turns[k];
    if (isAcknowledgement(t)) continue;
    // A conditional, a counterfactual or someone's own offer of work is not what a closure settles.
    const last = [...t.sentences]
      .reverse()
      // A rule's own "unless" ("nobody works on site unless they're on the sheet") is no condition on settling it; what happened is no proposal.
      .find(
        (s) =>
          !s.assent &&
          !s.defer &&
          !s.past &&
          !(s.conditional && !/\bunless\b/i.test(s.raw)) &&
          !s.counterfactual &&
          s.actor !== "self" &&
          s.actor !== "offer" &&
          substantive(content(s), s.zh),
      );
    return last ?? null;
  }
  return null;
}

/**
 * A choice put to the room as a question ("So for the scroll, are we going for the iPod type?",
 * "我们就用方案B吗？") that someone else assents to settles it, like a proposal with assent.
 */
const EN_CHOICE_Q =
  /\b(?:are we|do we|shall we|should we|we're) (?:(?:still |just )?(?:going (?:for|with)|go(?:ing)? (?:for|with)|stick(?:ing)? with|agree(?:d)? on|settl(?:e|ing) on)|using|taking|keeping|dropping)\b/i;
const ZH_CHOICE_Q = /(?:我们|咱们)(?:就)?(?:用|选|定|按)[^，。？]{1,15}(?:吗|吧)?[？?]$/;

function choiceText(s: Sentence): string {
  const t = cleanSpoken(s.raw).replace(/[?？]+$/, "");
  if (s.zh) return t.replace(/^.*?(?:我们|咱们)(?:就)?/, "").replace(/[吗吧]$/, "");
  return t.replace(/^.*?\b(?:are we|do we|shall we|should we|we're)\s+/i, "We're ").replace(/\s*,?\s*(?:right|then|or not)$/i, "");
}

/** "Great, so the ask is two engineers and one designer.": assent + "so the X is…" concludes after others agreed. */
const EN_CONCLUDE = /^(?:(?:okay|ok|great|good|fair|fine|alright|right|perfect)[,.!]?\s+)+so,?\s+(?:the|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|will be)\b/i;

const ZH_CONCLUDE = /^(?:好|行|可以|OK|ok)[的吧]?[，,]\s*那(?!我|你|今天|先这样|就到|下一个|我们开始)/;

/**
 * The chair sums up where the talk has got to, hedged as spoken English is ("So maybe have one remote with
 * the main functions", "So I guess the case would be plastic"): "so" + a course the product will take. Said
 * by the chair it settles the point; the same words from anyone else are one more proposal.
 */
const EN_CHAIR_SUMS_UP =
  /^(?:(?:okay|'kay|kay|mm|right|alright|yeah|um|uh)[,.\s]+)*so,?\s+(?:(?:i guess|maybe|probably|basically|then)[,\s]+)*(?:we(?:'ll| will| would)\s+(?:just\s+)?have|(?:just\s+)?have|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:would|will|'ll|is gonna|is going to)\s+be)\b/i;

function chairSumsUp(s: Sentence, chair: string | undefined): boolean {
  if (s.zh || !chair || s.speaker !== chair || s.question || s.past || s.reject || s.defer || s.counterfactual) return false;
  const raw = s.raw.trim();
  return EN_CHAIR_SUMS_UP.test(raw) && !cutOff(raw) && !notAResolution(s.text.split(/,\s*/)[0]) && !resolveDue(raw);
}

export function detectDecisions(turns: Turn[]): Decision[] {
  const chair = chairOf(turns);
  const out: Decision[] = [];
  const used = new Set<number>();
  const push = (text: string, sources: Sentence[]) => {
    // "Fine. Thursday morning.": a date agreed is the due of a to-do, not a decision.
    if (!text || isRating(text) || DATE_ONLY.test(text)) return;
    const segs = [...new Set(sources.map((s) => s.seg))].sort((a, b) => a - b);
    if (out.some((d) => d.text === text)) return;
    out.push({ text: text.replace(/^[a-z]/, (c) => c.toUpperCase()), citations: segs, verified: true, evidence: sources.map((s) => s.raw) });
  };
  // Sentences already read as part of the one before them (the statement after a bare closure or a reversal).
  const taken = new Set<Sentence>();
  let lastRule: { decision: Decision; turn: number } | null = null;
  turns.forEach((turn, i) => {
    turn.sentences.forEach((s, j) => {
      if (s.defer || taken.has(s)) return;
      const after = turn.sentences[j + 1];
      // The next sentence of the turn states something of its own (read only where a rule needs it).
      const states = () => !!after && !after.question && !after.actor && !after.defer && !after.counterfactual && substantive(content(after), after.zh);
      if ((s.zh ? ZH_REVERSAL : EN_REVERSAL).test(s.raw)) {
        // The latest decision of the last few turns that shares a word with the talk taking it back.
        const talk = new Set(
          contentTerms(
            turns
              .slice(Math.max(0, i - 1), i + 1)
              .flatMap((t) => t.sentences.map((x) => x.text))
              .join(" "),
          ),
        );
        const since = turns[Math.max(0, i - REVERSAL_TURNS)].seg;
        const k = out.findLastIndex((d) => d.citations.some((c) => c >= since) && contentTerms(d.text).some((w) => talk.has(w)));
        if (k >= 0 && states()) {
          out.splice(k, 1);
          taken.add(after);
          used.add(s.seg);
          push(content(after), [s, after]);
        }
        return;
      }
      // A rule for the future announced by the chair, or agreed by the room, is decided as said.
      const rule = !used.has(s.seg) ? standingRule(s) : null;
      if (rule && (turn.speaker === chair || ruleAgreed(turns, i))) {
        used.add(s.seg);
        const before = out.length;
        push(rule, [s]);
        if (out.length > before) lastRule = { decision: out[before], turn: i };
        return;
      }
      // "没问题，这个我们认，以后就按这个来": making the rule just stated the rule cites it; it states nothing new.
      if (lastRule && i - lastRule.turn <= 2 && RATIFIES.test(s.raw)) {
        lastRule.decision.citations = [...new Set([...lastRule.decision.citations, s.seg])].sort((a, b) => a - b);
        lastRule.decision.evidence = [...(lastRule.decision.evidence ?? []), s.raw];
        used.add(s.seg);
        return;
      }
      if (s.closure) {
        // A closure put as a question ("没意见就这么办？") stands only once someone agrees.
        if (s.question && !assented(turns, i).length) return;
        const c = content(s);
        // "那就这样，会议纪要我来发": what follows the closure is the speaker's own work (a to-do), so it closes what came before.
        // "I'm gonna make the call: we're going mobile" — the speaker's "I'm gonna" announces the decision; it is no work.
        const announced = !s.zh && /\bmake the call\s*[:—–-]/i.test(s.raw);
        if (substantive(c, s.zh) && (s.actor !== "self" || announced)) {
          const prop = closedProposal(turns, i, 0, true);
          // A closure restating a proposal supersedes a statement read off that proposal's turn alone (not another closure there).
          const byClosure = (d: Decision) => turns.some((t) => t.seg === prop?.seg && t.sentences.some((x) => x.closure && (d.evidence ?? []).includes(x.raw)));
          const partial = prop ? out.findIndex((d) => d.citations.length === 1 && d.citations[0] === prop.seg && !byClosure(d)) : -1;
          if (partial >= 0) {
            out.splice(partial, 1);
            used.delete(prop!.seg);
          }
          push(c, prop && prop.seg !== s.seg && !used.has(prop.seg) ? [prop, s] : [s]);
        } else {
          const p = closedProposal(turns, i, j);
          // "Okay, let's lock that in. Twelve months general, three x for data breach…": the next sentence says what
          // was settled when it says more than the proposal found before (not a new item: "Lucas, last thing…").
          const fuller = !s.question && states() && !after.name && !NEW_ITEM.test(after.raw) && words(content(after)) > (p ? words(proposalText(p) || content(p)) : 0);
          if (fuller) {
            taken.add(after);
            push(content(after), [s, after]);
            used.add(s.seg);
            return;
          }
          if (!p) return;
          // "I think we should, people will…" answers a question and states nothing itself: the chair's restatement carries it.
          if (/^[,，]/.test(proposalText(p))) return;
          used.add(p.seg);
          push(proposalText(p) || content(p), [p, s]);
        }
        used.add(s.seg);
        return;
      }
      // The group as subject ("we must keep in mind that the selling price will be…") still states
      // a resolution; with a deadline it is the group's to-do instead.
      const groupish = s.actor === null || ((s.actor === "team" || s.actor === "group") && !resolveDue(s.raw));
      if (s.resolve && !s.defer && !s.past && !s.reject && !used.has(s.seg) && groupish) {
        used.add(s.seg);
        push(content(s), [s]);
        return;
      }
      // "要不要先续一个月？" "续一个月吧。": the answer echoing the verb settles the question.
      const echoed = !used.has(s.seg) ? echoedAnswer(turns, i, s) : null;
      if (echoed) {
        used.add(s.seg);
        used.add(turns[i + 1].seg);
        push(echoed.text, echoed.sources);
        return;
      }
      // "What do people think about the kinetic battery?" "I think it's awesome.": an option the room welcomes.
      const welcomed = !used.has(s.seg) ? viewsWelcomed(turns, i, s) : null;
      if (welcomed) {
        used.add(s.seg);
        push(welcomed.text, welcomed.sources);
        return;
      }
      // "预热就从6月4号开始吧，大家有没有意见？" "没意见。": put to the room in one sentence and agreed.
      const put = !used.has(s.seg) ? statementPutToRoom(s) : null;
      const putAgreed = put ? assented(turns, i) : [];
      if (put && putAgreed.length) {
        used.add(s.seg);
        push(put, [s, ...putAgreed.map((k) => turns[k].sentences[0])]);
        return;
      }
      if (s.question && !s.defer && !s.reject && !used.has(s.seg) && (s.zh ? ZH_CHOICE_Q : EN_CHOICE_Q).test(s.raw) && j === turn.sentences.length - 1) {
        // Answered by assent from someone else, and nobody objects in the replies.
        const agree = assented(turns, i);
        if (agree.length) {
          used.add(s.seg);
          push(choiceText(s), [s, ...agree.map((k) => turns[k].sentences[0])]);
        }
        return;
      }
      // "好，那安信先用模拟数据联调。" after others agreed: assent + the conclusive 那 states what was settled.
      if (
        s.zh &&
        !s.question &&
        !s.closing &&
        !s.floor &&
        !used.has(s.seg) &&
        (s.actor === null || s.actor === "assign") &&
        ZH_CONCLUDE.test(s.raw) &&
        (agreedBefore(turns, i) || rejectedBefore(turns, i))
      ) {
        const c = content(s).replace(/^那(?:么)?/, "");
        if (substantive(c, true)) {
          used.add(s.seg);
          push(c, [s]);
          return;
        }
      }
      // "Let's stop building reports there. Everyone okay with that?" answered yes: the statement is decided.
      const nextS = turn.sentences[j + 1];
      if (!s.question && !used.has(s.seg) && nextS && (s.zh ? ZH_CONSENT_Q : EN_CONSENT_Q).test(nextS.text) && (s.actor === null || s.actor === "team" || s.actor === "group")) {
        const agree = assented(turns, i);
        // "…we stop booking room four. It's not worth the risk. Everyone happy with that?": the reason given last is not what is put.
        const prev = turn.sentences[j - 1];
        const stated = !s.zh && prev && !prev.question && JUDGEMENT.test(s.raw) && substantive(content(prev), false) ? prev : s;
        if (agree.length && substantive(content(stated), s.zh)) {
          used.add(s.seg);
          push(content(stated).replace(/^(?:and |so )?(?:until [^,]+,\s*)?let's\s+/i, ""), [stated, s, nextS, ...agree.map((k) => turns[k].sentences[0])]);
        }
        return;
      }
      // "Fair. No blog post, just the customer email.": the chair assents to the proposal just made and states it.
      if (
        !s.zh &&
        j === 1 &&
        turn.sentences[0].assent &&
        !s.question &&
        !s.actor &&
        !s.past &&
        !s.defer &&
        !used.has(s.seg) &&
        s.text.split(/\s+/).length <= 14 &&
        substantive(content(s), false) &&
        proposedBefore(turns, i)
      ) {
        used.add(s.seg);
        push(content(s), [turns[i - 1].sentences[0], s]);
        return;
      }
      // "Let's have a rubber case." "Yeah.": a course put to the room and taken up by the next speaker (not one with a deadline: that is work).
      if (!s.zh && !s.question && !used.has(s.seg) && j === turn.sentences.length - 1 && EN_LETS_DESIGN.test(cleanSpoken(s.raw)) && !resolveDue(s.raw) && !notAResolution(s.text)) {
        const agree = assented(turns, i);
        if (agree.length && substantive(content(s), false)) {
          used.add(s.seg);
          push(content(s).replace(/^let's\s+(?:just\s+|all\s+)?/i, ""), [s, ...agree.map((k) => turns[k].sentences[0])]);
          return;
        }
      }
      if (!s.zh && !s.question && !s.actor && !used.has(s.seg) && EN_CONCLUDE.test(s.raw) && agreedBefore(turns, i)) {
        used.add(s.seg);
        push(content(s).replace(/^so,?\s+/i, ""), [s]);
        return;
      }
      const point = !used.has(s.seg) ? chairStatesPoint(turns, i, j, s, chair) : null;
      if (point) {
        used.add(s.seg);
        push(point, [s]);
        return;
      }
      if (!used.has(s.seg) && chairSumsUp(s, chair) && substantive(content(s), false)) {
        used.add(s.seg);
        push(content(s).replace(/^(?:so,?\s+)?(?:(?:i guess|maybe|probably|basically|then)[,\s]+)*/i, ""), [s]);
        return;
      }
      if (s.proposal && !s.question && !s.counterfactual && !used.has(s.seg)) {
        // A possibility floated ("we could…") needs real agreement; a proposal made as one ("I suggest…") any assent.
        const agree = assented(turns, i, !s.zh && EN_FLOATED.test(s.text) && !EN_PROPOSAL_CUE_STRONG.test(s.text));
        // A closure in the replies states it; otherwise general assent (two voices, or one in a small room) settles it.
        const closes = turns.slice(i + 1, i + 5).some((t) => t.sentences.some((x) => x.closure));
        const said = proposalText(s);
        if (/^[,，]/.test(said) || !substantive(said, s.zh)) return;
        if (!closes && agree.length >= 1) {
          used.add(s.seg);
          push(proposalText(s), [s, ...agree.map((k) => turns[k].sentences[0])]);
        }
      }
    });
  });
  // A prototype shown to the meeting states the design settled on (presentation.ts).
  for (const said of presentedDesign(turns)) {
    if (said.some((s) => used.has(s.seg))) continue;
    push(said.map((s) => content(s)).join("; "), said);
  }
  // The product's cost checked against the budget, however often said, is one verdict (verdicts.ts).
  const verdicts = budgetVerdicts(turns).filter((s) => !used.has(s.seg));
  if (verdicts.length) push(content(verdicts[verdicts.length - 1]), verdicts);
  // The chair naming an option back ("Advanced chip. Okay.") notes it as settled (notes.ts).
  for (const [src, note] of chairNotes(turns, chair)) {
    if (used.has(note.seg)) continue;
    used.add(note.seg);
    push(notedPhrase(note) ?? content(note), [src, note]);
  }
  return out;
}
