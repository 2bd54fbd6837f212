/**
 * Cue patterns for decisions and action items. A decision records what was settled; an action
 * item is someone committing to (or being asked to do) future work. Decisions win: "we decided
 * Alice will present" is minuted as a decision, not duplicated as a to-do.
 */
export const DECISION_EN = /\b(?:we(?:'ve| have)? (?:decided|agreed|settled on|concluded)|(?:it's|it is) decided|decision (?:is|was) (?:to|that)|final decision|let's go (?:with|for)|we(?:'ll| will| are|'re) going (?:with|for)|go with|agreed (?:that|to|on)|we(?:'ll| will) stick with|we chose|consensus (?:is|was))\b/i;
export const DECISION_ZH = /决定|就这么定|定下来|确定了|敲定|拍板|达成(?:一致|共识)|一致同意|就按(?:这个|这样|照)|最终(?:选|定|确定)|那就(?:用|选|定)/;
const DECISION_NEG = /\b(?:not|haven't|hasn't|didn't|yet to|undecided|still deciding|whether)\b|没(?:有)?决定|还没(?:定|确定)|未定|是否|要不要|再决定|怎么决定/i;

export function isDecision(text: string): boolean {
  if (/[?？]\s*$/.test(text)) return false;
  if (!(DECISION_EN.test(text) || DECISION_ZH.test(text))) return false;
  return !DECISION_NEG.test(text);
}

export type ActionCue = "self" | "addressed" | "assigned" | "team" | "explicit";

export interface ActionMatch {
  cue: ActionCue;
  /** Name said in the sentence (vocative or assignee), when any. */
  name?: string;
}

const VERB_EN = "(?:send|write|prepare|draft|check|look (?:into|at)|find|set up|update|share|schedule|book|call|email|contact|follow up|review|fix|finish|test|make|do|get|bring|create|organi[sz]e|put together|circulate|investigate|talk to|ask|handle|take care of|work on|present|build|design|implement|order|buy|arrange|send out|report|compile|collect|summari[sz]e)";
const SELF_EN = new RegExp(`\\b(?:I(?:'ll| will| am going to|'m going to|'m gonna| can| could)|let me|I'll be|I'm on it|leave it (?:to|with) me)\\b(?:\\s+\\w+){0,2}?\\s*${VERB_EN}\\b`, "i");
const ADDRESSED_EN = new RegExp(`^(?:(?:and|so|okay|ok)[, ]+)?([A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+)?)\\s*,\\s*(?:can|could|would|will) you\\b|^(?:can|could|would) you (?:please )?${VERB_EN}\\b|^please\\s+${VERB_EN}\\b`, "i");
const ASSIGNED_EN = new RegExp(`\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:will|is going to|needs to|should|has to|to) ${VERB_EN}\\b`);
const TEAM_EN = new RegExp(`\\bwe (?:need to|have to|must|should|'ll need to|will need to|'ve got to)\\s+(?:\\w+\\s+){0,2}?${VERB_EN}\\b`, "i");
const EXPLICIT = /^(?:action item|todo|to-do|ai|行动项|待办)\s*[:：]/i;

const VERB_ZH = "(?:负责|跟进|整理|准备|发|写|做|处理|联系|安排|确认|提交|检查|看一下|看看|落实|对接|沟通|汇总|更新|修改|完成|搞定|出|查|调研|推进|约)";
const SELF_ZH = new RegExp(`我(?:来|去|负责|会|这边|回头|稍后|下来|明天|后天|下周|今天|马上)(?:[^，。]{0,8})?${VERB_ZH}?|交给我|我们组来|包在我身上`);
const NOT_NAME = /^(?:那么|然后|所以|我觉得|但是|因为|如果|其实|就是|这个|那个|我们|大家|你们|他们|现在|今天|明天|后来|所以说|或者|而且|比如)$/;
const ADDRESSED_ZH = new RegExp(`(?:^|[，。；])\\s*((?:小|老)[\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]{2,3}?)(?:[，,]\\s*)?(?:你|您)(?:[^，。？！]{0,14}?)${VERB_ZH}`);
const POLITE_ZH = new RegExp(`(?:请|麻烦|辛苦|由)((?:小|老)[\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]{2,3}?)(?:来|去|负责|把|[^，。？！]{0,10}?)${VERB_ZH}`);
const TEAM_ZH = new RegExp(`(?:我们|大家)(?:需要|要|得|必须)(?:在[^，。]{1,10})?(?:尽快|抓紧)?${VERB_ZH}`);

export function matchAction(text: string): ActionMatch | null {
  if (EXPLICIT.test(text)) return { cue: "explicit" };
  const az = text.match(ADDRESSED_ZH);
  if (az && !NOT_NAME.test(az[1])) return { cue: "addressed", name: az[1] };
  const pz = text.match(POLITE_ZH);
  if (pz && !NOT_NAME.test(pz[1])) return { cue: "assigned", name: pz[1] };
  if (SELF_ZH.test(text)) return { cue: "self" };
  if (TEAM_ZH.test(text)) return { cue: "team" };
  const ae = text.match(ADDRESSED_EN);
  if (ae) return { cue: "addressed", name: ae[1] };
  if (SELF_EN.test(text)) return { cue: "self" };
  const as = text.match(ASSIGNED_EN);
  if (as && !/^(?:We|I|You|They|He|She|It|This|That|There|Which|Who)$/.test(as[1])) return { cue: "assigned", name: as[1] };
  if (TEAM_EN.test(text)) return { cue: "team" };
  return null;
}

/** Past tense, hypotheticals and questions are not commitments. */
export function isNonCommittal(text: string): boolean {
  if (/\b(?:if I|I would have|I could have|I should have|did you|have you|I already|I've already|yesterday|last week)\b/i.test(text)) return true;
  if (/如果我|要是|已经|昨天|上周/.test(text)) return true;
  return /[?？]\s*$/.test(text) && !/^(?:[\w\s.'-]+,\s*)?(?:can|could|would) you\b/i.test(text) && !/你(?:能|可以)/.test(text);
}
