/**
 * Cue families for commitments and decisions, per language. Each family names a linguistic
 * function (first-person volition, request, assignment, assent, closure, deferral, past, counter-
 * factual, report of someone else's plan), not a phrase from any meeting. The families were
 * written from grammar and checked on half A of the office dev corpus (en01, en03, zh01, zh03,
 * zh05, zh07) and half A of ami-actions; half B is the held-out report (docs/EVAL.md).
 */

// ---- English -------------------------------------------------------------------------------

/** First person + future / volition / ability: the speaker takes the work. */
export const EN_SELF =
  /\b(?:i(?:'ll| will| shall| am going to|'m going to|'m gonna)|my (?:action item|task|to-?do|job) (?:is|will be) to|let me|i'll be|i'm on it|leave it (?:to|with) me|i(?:'ll| will) take (?:it|that|care)|i(?:'ll| can) own|i(?:'ll| can) handle|i'm happy to|i volunteer|consider it done|(?:that's|that one's|it's) on me|put me down for|sign me up for)\b/i;
/** Ability and obligation ("I can…", "I need to…"): an offer that counts as a commitment only with a deadline or as the answer to a request. */
export const EN_OFFER = /\bi (?:can|could|should be able to|should have(?= (?:a|an|the|it|this|that|them|something|everything|one|some)\b)|need to|have to|must)\b(?!'t| not)/i;
/**
 * Hedges and reported thoughts around a first-person clause: "if I can", "I might", "I thought I'll…". Not "I'll see if I
 * can get hold of them": an attempt promised is the speaker's work, like "I'll try to…".
 */
export const EN_HEDGE = /\b(?:(?<!\bsee )if i can|i hope|i might|i may|maybe i|i guess i|i suppose|i don't know|i thought|i was going to|i would)\b/i;
/**
 * Acts done right there in the meeting ("I'll show you", "let me skip ahead", "I'll rub that out"): not to-dos. "I'll be
 * putting the minutes in the folder" is no such act: the future progressive of a verb of work is the speaker's work.
 */
export const EN_NOW =
  /\b(?:i'll|i will|i shall|let me|i'm gonna|i'm going to)\s+(?:just\s+|quickly\s+|now\s+)?(?:show|start|skip|go (?:back|through|on|over|to|next|first|ahead)|be (?:next|first)|move on|explain|tell you|presume|assume|use|draw|pass|hand|read|try(?!\s+(?:to|and)\s+(?!show|explain|draw|present|summari[sz]e|keep|be\b|say|think|remember|guess|answer|go\b|(?:make|do) (?:it|this|that) (?:as )?(?:quick|short|brief))\w)|give|be(?!\s+(?:putting|sending|e-?mailing|mailing|writing|typing|uploading|forwarding|saving|sharing|preparing|working|doing|looking into|researching|checking)\b)|keep|stop|finish|wrap|sit|rub|erase|put (?:it|this) (?:up|on)|switch|turn|click|open|pull|share my screen|see(?!\s+(?:if|whether)\s+i\b)|think|bet|say|ask|repeat|recap|summari[sz]e|introduce|talk|present|just)\b|\blet me\b(?!\s+(?:check|send|find|look into|follow up|get back|email|call|ask (?!you)|write|draft|prepare|confirm|book|set up|update|fix|revise|rework|tighten|clean (?:it|that|this|them) up|sort (?:it|that|this|them) out|chase|reach out|ping|schedule|put together|pull together|dig into|figure out|loop|circle back|take (?:that|this|it) (?:on|away)\b))/i;
/** Done while the meeting listens: "actually, I'm putting them in the shared drive right now", "我这就发群里". */
export const DOING_NOW =
  /\b(?:i'm|i am) (?:just )?(?:putting|dropping|sending|posting|sharing|pasting|adding|uploading|forwarding)\b[^.!?]*\b(?:right now|now)\b|我(?:这就|现在就|正在)(?:发|放|贴|转|拉|加)/i;
/** A prohibition ("Please don't drive and Zoom", "never reply-all"): no work to do ("don't forget to…" still asks for some). */
export const EN_PROHIBITION = /^\W*(?:(?:okay|ok|so|and|oh|also)[,\s]+)*(?:please,?\s+)?(?:don't|do not|never)\b(?!\s+forget\b)/i;
/** Second-person requests: "can you…", "could you…", "would you mind…", "please…", "you'll…". */
export const EN_REQUEST =
  /\b(?:can|could|would|will) you (?!see|hear|imagine|believe|tell|say|remember|think|be (?:back|away|off|out|around)\b)|\bwould you mind\b|\b(?:can|could|may) i ask you to\b|^(?:(?:and|so|okay|ok|also|then)[, ]+)*mind (?=\w+ing\b)|\bany chance you (?:could|can)\b|\byou(?:'re| are) on point for\b|^(?:(?:and|so|okay|ok|also|then)[, ]+)*please\b|\bplease (?=\w+)|\byou(?:'ll| will) be (?:working|looking|doing|handling|responsible|taking|getting|in charge)\b|\byou(?:'re| are) (?:looking at|going to|gonna|working on|in charge of|responsible for)\b|\byou each\b|\byou(?:'re| are) (?:probably |really |clearly )?the (?:best|right|obvious) (?:person|one|fit)\b|\byou two (?:are|will|get)\b|\bfor you it's\b|\bthat's yours\b|\bi(?:'d| would)? (?:want|like|need) you to\b|\bif you could\b|\bsomething you (?:could|can|would)\b|\bmaybe you (?:can|could)\b|\byou(?:'ll| will)(?: also)? (?:work|start|look into|prepare|send|write|come up|take care|present|research|find out|draft|review|contact|call|email|handle|organi[sz]e|set up|update|fix)\b/i;
/** Generic "you" obligations ("you have to…"): a request only when someone is addressed or a deadline is set. */
export const EN_YOU_MUST = /\byou(?:'ll| will| need to| have to| should| must)\b(?! (?:see|notice|find|probably|know|get|have|be able))/i;
/** Third-person assignment: "assign that to X", "X will…", "X is going to…", "X to own…". */
export const EN_ASSIGN_TO =
  /\b(?:[Aa]ssign(?:ed)? (?:that |this |it )?to|give (?:that|this|it) to|hand (?:that|this|it) (?:over )?to|leave (?:that|this|it) (?:to|with)|(?:that|this|it)(?:'s| is) (?:on|for)|(?:[Ll]et's|[Ww]e'll|[Ww]e should|[Cc]an we) (?:have|get|ask)) ([A-Z][\w'-]+)/;
/** "I'd like Priya to review…": the speaker wants a named person to do work (not to be, feel or know something). */
export const EN_WANT_NAMED =
  /\b[Ii](?:'d| would)? (?:like|want|need) ([A-Z][\w'-]+)\b(?! (?:and|or)\b) to (?!be\b|feel\b|know\b|understand\b|have\b|see\b|meet\b|think\b|come\b|join\b)[a-z]/;
/** An explicit label: "Action item: Kim to update…", "待办：…". */
export const EXPLICIT = /^(?:action items?|to-?dos?|ai|follow-?ups?|next steps?|行动项|待办(?:事项)?|跟进项)\s*[:：]\s*/i;
export const EN_NAMED_WILL =
  /(?:^|[,.;]\s*|\band\s+|\bthe\s+)([A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z]+){0,2})(?:\s+(?:over here|here|then|also))?(?: will|'ll|'s going to|'s gonna| is going to| is gonna| can| needs to| has to| to own| should| is on| is taking| is handling|'s taking|'s handling|(?: owns| gets| takes| handles)(?= the\b))\b/;
/** Everyone / the group as the subject — not as the recipient ("I'll send it to everyone"). */
export const EN_GROUP =
  /(?<!\b(?:to|with|for|from|thank|thanks|tell|ask|remind|let|show|give|send|email|e-mail|ping|message|brief|update|cc|forward) )\b(?:everyone|everybody|all of you|each of you|you all|y'all|we all)\b/i;
// A role or a group of people as the subject ("the overnight crews need to…", "managers, your ratings need to be in…",
// "各组组长自己组织一次", "各店店长…放到收银台"): work for them, with no one owner.
export const EN_WE_NEED =
  /\bwe(?:'ll| will)? (?:need to|have to|must|'ve got to|got to)\b|\blet's\b|\b(?:the|all|all the|our|each|every) (?:\w+ )?(?:teams?|crews?|staff|managers|leads|reps|owners|stores) (?:needs? to|ha(?:ve|s) to|must|should)\b/i;

export const EN_QUESTION_START = /^(?:who|what|when|where|why|how|which|do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|any)\b/i;
/** Proposals: an idea put to the room, to be taken or turned down. */
export const EN_PROPOSAL =
  /\b(?:what if we|how about|why don't we|i was thinking (?:we|that)|i'd (?:drop|suggest|propose|go with|say|hire|keep|start with|hold|use|pick|choose|cut|move|add|skip|wait|push back|go for|stick with|rather)|i (?:suggest|propose)|i think,? we should|maybe we (?:should|could)|we should (?:just )?go (?:with|for)|we could(?! have)|i(?:'m| am) proposing|(?:so )?(?:the|my) (?:proposal|suggestion) is)\b/i;
export const EN_REJECT = /^(?:no\b(?! problem| worries| doubt)|nope\b|not (?:doing|going to do) that|i don't think so|let's not\b|that won't work|we can't|we won't)/i;
export const EN_ASSENT =
  /^(?:(?:okay|ok|yeah|yes|yep|sure|right|cool|great|perfect|fine|good|alright|agreed|absolutely|definitely|sounds good|works for me|fine by me|yes from me|same here|me too|\+1|i agree|i'm fine with|i'm good with|makes sense|fair enough|fair|that works|will do|got it|on it|deal|ha|none(?: from me)?|no objections?|not from me)\b[\s,.!]*)+/i;
/** Closure: the chair settles it. */
export const EN_CLOSURE =
  /\b(?:agreed then|(?:so |okay,? )?agreed[,.]|(?:it's|that's) (?:settled|decided|agreed|a deal)|let's go (?:with|for)|we(?:'ll| will|'re| are) going (?:with|for)|we(?:'ll| will) go with|we(?:'ve| have)?(?: (?:already|just|all|basically|kind of|kinda|finally))? (?:decided|agreed|settled on|concluded|determined)|(?:come|came) to (?:an? |some )?(?:agreement|consensus)|decision (?:is|was) (?:to|that)|final decision|go with option|we(?:'ve| have)(?: (?:now|finally|basically|all))? (?:gone|opted) (?:for|with)|we opted (?:for|to)|we went with|we(?:'re| are) (?:all )?in agreement|we (?:all )?agree (?:on|that)\b|we(?:'ll| will) stick with|we chose|consensus (?:is|was)|done deal|let's do (?:it|that)(?:[.!]*$|\s*:)|final answer\b|^(?:(?:okay|ok|right|alright|so|then)[,.]?\s+)?(?:dropped|decided|settled)[.!]*$|lock (?:that|it|this|those|these) in\b|no objections?[,.]\s*(?:so|then)\b|^\W*(?:decision|resolution|resolved)\s*:|standardi[sz]e on\b|(?:that's|that is|this is) (?:the|our) (?:rule|policy)\b|\b(?:i'm|i am) (?:gonna|going to) make the call\b|\bi(?:'ll| will) make the call\b|^(?:(?:okay|ok|so|right|fine|alright|then)[,\s]+)*(?!(?:that|that's|this|it|it's|how|what|so)\b)[\w$.'-]+(?: [\w$.'-]+)? it stays[.!]*$)/i;
/**
 * Design resolutions stated as the group's plan: "we're going to have…", "we want it to be…",
 * "the case will be…", "the selling price is gonna be…". A decision when stated, not asked or hedged.
 */
export const EN_RESOLVE =
  /\bwe(?:'re| are) (?:gonna|going to|planning to) (?:have|go with|use|make|include|put|stick with|target|sell|keep|drop|add|do)\b|\bwe(?:'ll| will) (?:have(?! to)|go with|use|make|include|stick with|target|sell|keep|drop|add)\b|\bwe (?:want|need) (?:it|the \w+|a|an|to have|to keep|to use|to make)\b|\bwe (?:decided|agreed|said (?:that |it |we ))|\b(?:it|the (?:remote|case|device|product|button|buttons|price|selling price|target|colou?r|shape|material|battery|screen|design))(?:'ll| will| would| is gonna| is going to|'s gonna|'s going to)(?: have to)? (?:be|have|use|include|feature|come|cost|sell|look)\b|\bour (?:target|aim|goal|profit aim|target group|market) (?:is|will be)\b|\bthe consensus (?:is|seems to be)\b|^(?:(?:okay|ok|right|so)[,.]?\s+)*the [a-z]+(?: [a-z]+)? (?:is|are) (?:(?:in|out|not in|included|dropped)\b(?! (?:the|a|an|my|our|your|this|that)\b)|(?:not|gone)[.!]?$)|^(?!(?:it|that|this|he|she|they|everything|nothing|something|time|everyone|my|your|his|her|their)\b)[a-z]+(?: [a-z]+)? (?:is|are) (?:gone|out|dropped)[.!]?$|\bwe(?:'re| are)? (?:just )?(?:stick(?:ing)? with|skip(?:ping)?|targeting|going for)\b|\b(?:so|then|okay),? (?:then )?we (?:forget|drop|scrap|ditch|leave out|take|keep|use)\b|\b(?:selling price|sale price|production cost|profit aim|price point|budget)\b[^.,]{0,25}\b(?:will|would|must|is gonna|is going to) be\b|\bwe can sell (?:it|them|the)\b|\bwe(?:'d like| would like|'re| are|'ve got| have)? to sell (?:it|them|the \w+|each one) (?:for|at)\b|\b(?:is|are) (?:only )?to (?:only )?cost\b|\b(?:produce|make) (?:it|them|each one) (?:at|for) a maximum of\b|\b(?:it|the remote|the device|the product) (?:should|must|has to) (?:have|be|include)\b|\bwe (?:don't|do not|won't|will not|'re not going to|are not going to|'re not gonna|are not gonna) (?:need|use|include|want|put in)\b(?! to\b| (?:it|that|this|them|those|these|much|enough|any|time|a lot|the time|the information|that much)\b)|\b(?:is|are) not (?:necessary|needed|required)\b|\bno need for\b|^(?:so,? )?not necessary\b|\bwe(?:'ve)? (?:have to|need to|must|got to|gotta) (?:incorporate|include|use|keep|stick (?:to|with)|go with|target|drop)\b(?![^.,;]*\bin mind\b)(?! (?:in mind|an eye|track|it in mind|that in mind|this in mind|to (?:the|our) (?:time|schedule))\b)/i;
/**
 * The product checked against the brief's cost aim ("we're under budget", "it's come in under budget", "that comes within
 * budget"): the verdict a design meeting reaches on a requirement, stated rather than asked or hedged (verdicts.ts).
 */
export const EN_BUDGET_MET =
  /\b(?:it|we|that|this|they|the (?:cost|costs|price|product|remote|prototype|design))(?:'s|'re| is| are| comes| come| came)(?: now| still| just| all| actually)? (?:come )?(?:in )?(?:within|under|below) (?:the |our )?budget\b/i;
/**
 * The product's requirements as handed to the group ("the objectives are that it has to be original",
 * "the company wants the corporate colour on it", "we've been told it's only for the television"): the
 * group adopts them as given, like the price and profit aims of a brief.
 */
export const EN_REQUIREMENT =
  /\b(?:the|our|some of the|new|project|product|main|two|three)\s+(?:new\s+|project\s+|product\s+|main\s+)?(?:requirements?|objectives?|constraints?)\s+(?:are|is|say|says)\b(?!\s+(?:not|still|a bit|quite|very|what|how|pretty|clear|unclear|done|finished))|\b(?:the company|management|the management|the board|head office|(?:our|the) (?:bosses|boss|client|customer)|the higher ups)\s+(?:wants?|requires?|insists?|(?:has|have) decided|decided|(?:would|'d) like)\s+(?:that\s+|us to\s+|it to\s+)?(?:the|a|an|our|it|we|to|no|only)\b|\b(?:we've|we have|i've|i have)\s+(?:just\s+|now\s+|also\s+)?been told\s+(?:that\s+)?(?:it|the|we|our|there)\b/i;
/** "Let's have a rubber case", "let's just make it yellow": a course put to the room, settled when the next speaker agrees. */
export const EN_LETS_DESIGN =
  /^(?:(?:okay|ok|so|yeah|then|right|alright|well|and)[,\s]+)*let's (?:just |all )?(?:have|make|use|put|keep|include|add|drop|take out|go for|stick with|get rid of)\s+(?!(?:a look|a break|lunch|it option|(?:it |that |this )?(?:as )?an? option|(?:it|that|this|them) (?:open|in mind)|a go|a think|a chat|a minute|it quick|this quick|that quick|the meeting|them down|it away|that go away|this go away|it up)\b)\w/i;
/**
 * What the product leaves out ("don't need to worry about teletext"), a change to the design the group commits to ("we're gonna get rid of the locator", "we'll take out the
 * screen") and the choice reported back once made ("we've gone for the double curve", "we opted for big
 * buttons", "we're all in agreement on that").
 */
export const EN_RESOLVE_CHANGE =
  /(?:^|\bso,? |\bjust |\bwe )(?:don't|do not) (?:need|have) to worry about (?!(?:that|this|it|them|those|these|anything|everything|much)\b)(?:the |a |an |any )?[a-z]|\bnot to worry about (?!(?:that|this|it|them|those|these|anything|everything|much)\b)(?:the |a |an |any )?[a-z]|\bwe(?:'re| are) (?:just |now |still )?(?:keeping|using|dropping|removing|getting rid of|taking out)\b(?! (?:a look|a break|lunch|time|notes|the meeting|this meeting)\b)|\bwe(?:'ll| will) (?:just )?put (?:the|a|an|our|some)\b|\bwe(?:'re| are)\s+(?:gonna|going to)\s+(?:have to\s+)?(?:get rid of|remove|take out|take off|scrap|scratch|ditch|replace|lose|go for|stay with)\b(?! (?:a |an )?(?:one|two|three|four|five|six|seven|\d)\b)|\bwe(?:'ll| will)\s+(?:have to\s+)?(?:get rid of|remove|take out|take off|scrap|scratch|ditch|replace|go for)\b(?! (?:a |an )?(?:one|two|three|four|five|six|seven|\d)\b)/i;
export const EN_RESOLVE_NOT =
  /\b(?:maybe|perhaps|probably|i don't know|not sure|suppose|not to say|might|whether|if(?! (?:it's |it is )?(?:at all )?possible)|could|should we|do we|would we|wouldn't|i guess|i think it's a good idea but)\b/i;

/** Deferral: explicitly not decided. Never a decision, never a to-do. */
export const EN_DEFER =
  /\b(?:not decided|undecided|haven't decided|before we (?:commit|decide|make (?:a|the) (?:call|decision)|sign off)|hasn't been decided|not settle|let's not settle|revisit|table (?:it|that|this)|park (?:it|that|this)|tbd|to be decided|decide later|come back to (?:it|that|this)|not this sprint|some day|at some point|let's (?:wait (?:for|until|and see)|see (?:what|how))|(?:rather )?not decide|don't want to (?:decide|settle)|not decide (?:that|this|it) (?:now|today|here)|not deciding|let's table|tabling|let's circle back(?! with)|circle back (?:on (?:it|this|that) )?(?:next|later|after)|hold off on|let's hold \w+ until|let's (?:leave|hold|keep|save|park) (?:that|this|it|those|these|them)(?: ones?)? (?:till|until|for) (?:next|later|after|the next)|sit on (?:it|that|this)(?: one)?)\b/i;
/** Completed work and counterfactuals ("if they're not already in there" says the work is still to do). */
export const EN_PAST =
  /\b(?:(?<!\bnot )already|last (?:week|friday|monday|tuesday|wednesday|thursday|month|sprint|time)|yesterday|i (?:did|ran|sent|merged|fixed|wrote|made|finished|talked|called|checked)|we (?:did|ran|sent|merged|fixed|finished|tested))\b/i;
/** "should have told them" looks back; "I should have a draft by Friday" (a thing had, not a participle) looks ahead. */
export const EN_COUNTERFACTUAL =
  /\b(?:if (?:we|i|you|they) had|would have|could have|should have(?! (?:a|an|the|it|this|that|them|something|everything|one|some)\b)|would've|could've|should've)\b/i;
/** Another person's plan relayed: "Raj said he's going to…", "as far as I know". */
export const EN_REPORTED =
  /\b(?:said (?:he|she|they)(?:'s|'re| is| are| will|'ll)?|says (?:he|she|they)|(?:he|she|they)(?:'s| is|'re| are| will|'ll) (?:going to|planning|gonna)|as far as i know|when (?:he|she|they)(?:'s| is|'re| are) back|(?:said|says|told (?:me|us|them)) (?:that )?(?:the|their|it|its)|just so (?:everyone|everybody|you(?: all)?) knows?|fyi|(?:'s|is|are|'re) saying (?:that )?(?:they|he|she|it)\b)\b/i;
export const EN_CONDITIONAL =
  /(?<!\b(?:see|check|ask|know|wonder|even|as|tell me|find out)\s)\b(?:if|unless|in case|otherwise|once (?=(?:it|it's|we|we've|you|you've|they|they've|the|that|this|he|she|i|i've)\b))\b(?! (?:at all )?possible| you can\b| that's (?:ok|okay|fine)| that works| needed| necessary| (?:that's|that is|it's|it is) (?:realistic|doable|feasible)| you (?:have|get) (?:the )?(?:time|bandwidth|a chance))/i;
export const EN_VAGUE = /\b(?:think about|at some point|some day|someday|eventually|one day|down the road)\b/i;

// ---- Chinese -------------------------------------------------------------------------------

/** 我 + volition / future / duty marker, or a first-person time frame before the verb. A bare "我尽量。" only hopes. */
export const ZH_SELF =
  /(?<!给|跟|帮|找|问|告诉|向)(?:我|俺)(?:这边|自己)?(?:来(?!说|讲|看)|去(?!年)|会(?!议)|负责|回头|马上|稍后|等会|一会儿?|下来|先|就(?!放心|安心)|尽量(?![吧。！!，,]|$)|争取(?![吧。！!，,]|$)|保证|第一时间|立刻|立马|随后|今天|今晚|明天|后天|这两天|尽快|这周|本周|下下?周|周[一二三四五六日天]|月底|下个?月|[0-9一二三四五六七八九十]+[号月]|把|帮|跟进|整理|处理|安排|排|写|提交|联系|对接|准备|拉|汇总|约|查|改|出|牵头|主导|推进|落实|协调|抓紧|搞定|催|盯|重新|提前|按(?:这个|照|着)(?!理|说|我))|交给我|包在我身上|我记着|我记下了|(?<!给|跟|帮|找|问|告诉|向)我[^，。了们]{0,8}一下(?=[，。！吧]|$)/;
/** "我等…到了，再把…": the speaker does the work once something arrives (a commitment with a condition). */
export const ZH_SELF_WAIT = /(?:我|俺)(?:这边)?等[^，。？]{1,15}(?:了|之后|以后|完)[，,]\s*再/;
/** Opinion, knowledge and feeling verbs after 我: not commitments. */
export const ZH_SELF_NOT =
  /我(?:觉得|认为|想的是|想|建议|同意|知道|看(?!一下)|也这么|自己在|的意见|个人|估计|猜|担心|顾虑|理解|记得|听说|怕|是说|先提醒|先说|提醒|(?:代|先)?说(?!好)|讲一下|(?:这边)?(?:补充|插一句|多说一句))|恐怕|(?:做|出|弄|搞|接|来|顾)不了|没(?:空|时间)|(?:比较|太|有点|特别)(?:满|忙)|忙不过来/;
/** Requests: vocative + 你/您, 请/麻烦/辛苦 + person, 你来/你去/你把. */
export const ZH_REQUEST =
  /(?:你|您)(?:来|去|就|先|把|负责|帮|跟|给|这边|那边|尽快|回头|准备|整理|联系|处理|安排|拉|查|看|跟进|今天|明天|后天|这周|下周|周[一二三四五六日天]|[0-9一二三四五六七八九十]+号|国庆|月底)|(?:请|麻烦|辛苦)(?:你|您)|你们(?:\p{sc=Han}{1,3}?)?(?:跟进?一下|盯一下|对一下|负责|尽快|准备一下|处理一下|安排一下)|(?:你|您)(?:继续|再|也|顺便|帮忙|抓紧)[^，。？]{0,6}一下/u;
/**
 * A participant named right before a deadline and a task verb is asked to do it: "张伟明天把测试报告提交一下",
 * "测试报告张伟下周三之前提交一下" (the name is checked against the speakers).
 */
export const ZH_NAMED_DATED =
  /(\p{sc=Han}{2,4}?)(?=(?:今天|今晚|明天|后天|这周[一二三四五六日天]?|本周[一二三四五六日天]?|下下?周[一二三四五六日天]?|周[一二三四五六日天]|月底|月中|[0-9一二三四五六七八九十]+号)[^，。？]{0,6}?(?:把|提交|发|交|出|做|写|整理|准备|完成|搞定|弄|联系|跟进|对接|确认|核对|更新|改|查|约|安排|汇总))/gu;
/** Third-person assignment verbs: "X负责…", "交给X", "让X…", "由X…". */
export const ZH_ASSIGN = /(?:交给|让|由|派|请|麻烦|辛苦)(\p{sc=Han}{2,3}?)(?:来|去|负责|跟进|处理|对接|把|先|[，,])|(\p{sc=Han}{2,3}?)(?:负责(?!人)|来负责|牵头|主导)/u;
/** The group as subject: at a clause start, or after a fronted deadline ("月底之前大家…"); not as a possessor ("各部门的预算表"). */
export const ZH_GROUP =
  /(?:^|[，,。：:]|之前|以前|前|底|末)\s*(?:那|最后|还有|另外)?(?:大家|各位|各自|每个人|每人|所有人|我们几个|咱们几个|全员|你们几个|你们|各(?:个)?(?:部门|组|小组|团队|业务线))(?!的)/;
export const ZH_WE_NEED =
  /(?:我们|咱们|大家)(?:需要|要|得|必须|都要|都得)|各(?:组|店|部门|区|团队|门店)(?:的)?(?:组长|店长|经理|负责人|主管)?(?:自己|都|各自)?(?:要|得|需要|必须|组织|负责)/;
/** Questions about a state or about past work ("你那边什么情况？", "解决了没有？"): they ask for information now, not for work. */
export const ZH_INFO_Q =
  /(?:怎么样|什么情况|如何|进展|进度|怎么说|怎么看)了?[吗呢啊]?[？?]?\s*$|(?:是|有)多少[？?]\s*$|是不是[^，。？?]*了[吗]?[？?]\s*$|(?:了没有|了没|了吗|了吧|过吗|没有)[？?]\s*$/;
/** "Next Thursday it is." — a choice named, then settled with "it is". */
export const EN_IT_IS =
  /^(?:(?:okay|ok|alright|right|so|fine|great|good)[,.]?\s+)?(?!(?:how|what|that|this|so|as|whatever|which|if|when|where|there|here)\b)[A-Za-z0-9' ]{1,30} it is[.!]?$/i;
/** "Okay, so we replace X with Y": the conclusion marker "so" + the group + a plain present verb restates what was settled. */
export const EN_SO_WE =
  /^(?:(?:okay|ok|alright|right|good|great)[,.]?\s+)?so,?\s+we\s+(?!(?:need|have|should|could|might|may|can|will|would|must|are|were|was|did|do|don't|had|got|get|think|know|see|talked|said|just|still|also|only|kind|sort|basically|probably|maybe|want|wanted|go|come|look)\b)[a-z]+(?<!ed)\s+\w/i;
export const ZH_QUESTION = /[?？]\s*$|[吗呢嘛]\s*$|(?:怎么样|行不行|好不好)\s*$/;
export const ZH_PROPOSAL =
  /要不(?:要)?(?:我们|咱们)?|我建议|我的建议|我想的是|我的想法是|我的意见是|是不是可以|不如|我想(?!一下|想)|我觉得.{0,20}(?:比较好|就够了|应该)|(?:这次|这期|这个版本|今年|暂时|先)不(?:做|上|搞|办)了?(?=[，。,]|$)/;
// Turning a task down: "这个我真接不了", "我真不合适", "I really can't take that on this week", "Honestly, no".
export const ZH_DECLINE = /接不了|接不过来|做不了|顾不过来|忙不过来|转不开|抽不出(?:空|时间|人手?)|我?真不合适/;
export const EN_DECLINE =
  /\bcan(?:'t|not) (?:take (?:that|this|it|them) on|fit (?:that|this|it) in)\b|^\W*(?:honestly|sorry|ugh)?[,\s]*(?:honestly,?\s*)?no,? sorry\b|\babsolutely not\b/i;
// Laughter marks a joke ("吃到他们同意为止，哈哈", "Ha. Absolutely not."): nothing said with it is work or a decision.
export const LAUGHTER = /哈哈|呵呵|嘿嘿|\b(?:ha(?:ha)+|lol|lmao)\b|^\W*ha[.!]|[([](?:laughs?|laughter)[)\]]/i;
export const ZH_REJECT = /^(?:那?不行|不用|不要|算了|不太好|不可以|这个先不|先不考虑|不考虑)|先不考虑|不考虑了|那不行|没必要/;
// 对了 ("by the way") turns to a new point; it agrees to nothing.
export const ZH_ASSENT =
  /^(?:(?:好的?|好嘞|好滴|得嘞|妥|没毛病|行|可以|没问题|没意见|同意|我同意|赞成|对(?!了)|嗯|是|收到|明白|了解|OK|ok|好吧|行吧|没有|我也觉得|我也这么觉得|那就这么办|就这么办)[，,。！!、\s]*)+/;
/** Closure: 就这么定/办, 那就…, 按…来, 就用…, 决定…. */
export const ZH_CLOSURE =
  /就这么(?:定|办)|这么定了|那就(?:定|按|用|选|这样|[^，。？]{1,12}[，,]?\s*就这么)|定下来|敲定|拍板|达成(?:一致|共识)|一致同意|就按(?:这个|这样|照|[^，。]{1,10}来)|最终(?:选|定|确定)|^就用|[，。]就用|决定(?!不了|不下)|那[^，。？]{1,10}就(?:用|按|选|定)|就按[^，。？]{2,10}[，,]|(?:统一|一律)(?:用|放|走|按|改|发|由|在|写)|以后(?:都|统一|一律)|(?:不变|不改|不动)了(?=[，。！!]|$)|就(?:它|这个)了(?=[，。！!]|$)/;
export const ZH_DEFER =
  /还没(?:最终)?(?:定|确定|决定)|没定|未定|待定|下次再说|以后再说|回头再说|再议|再说吧|先放一放|先放放|等[^，。]{0,12}(?:再说|再定|通知)|下次(?:例会|会上)?再(?:说|讨论|定)|还要再看|看情况|(?:到|的)时候再(?:说|看|定)/;
export const ZH_PAST =
  /已经|上周|上个?月|昨天|前天|刚才|之前已|早就|去年|做过|发过|提过|(?:剪|发|做|写|签|招|交|整理|审|谈|改|开)完(?:了(?!再)|(?![^，。]*(?:再|之后|以后|然后|后)))(?<!(?:先|会|要|得|能|尽快|争取)[^，。]{0,10}完)/;
export const ZH_COUNTERFACTUAL = /要是当时|如果当时|当时要是|要是当初|如果当初|当初要是|要是早|如果早|早知道|要是年初|如果年初|本来应该|本应/;
export const ZH_REPORTED =
  /(?:他|她|他们)(?:说|跟我说|讲)|(?:那边|方面)(?:说|讲|反馈说)|说(?:他|她)(?:要|会|想|打算|下周|明天)|(?:他|她)(?:下周|明天|后天|这周)?(?:要|会|想|打算|可能)/;
/** Conditions, and waiting for something before doing the work ("等…到了，再…"): no due date. */
export const ZH_CONDITIONAL = /如果|要是|假如|万一|若是|一旦|等[^，。？]{1,15}(?:了|之后|以后|完)[，,]?\s*再|^[^，。？]{1,12}(?:了|完)(?:以后|之后)[，,]/;
/** Giving someone the floor ("建国你先来？", "你先说一下情况") asks for talk now, not for work. */
export const ZH_FLOOR =
  /(?:你|您)?先(?:来|说|讲|介绍|聊|开始)|(?:你|您)先把[^，。？]{1,8}(?:说|讲|介绍|汇报)一下|(?:你|您)(?:先)?(?:说|讲|介绍)(?:一下|下)|(?:你|您)(?:来)?(?:说|讲)(?=[。！!]?$)|(?:马上|现在|接下来|下面)就?(?:说|讲|聊|过)(?:一下)?\p{sc=Han}{1,6}(?=[。！!]?$)|把[^，。？]{0,12}(?:情况|进展|进度)[^，。？]{0,4}(?:过|说|讲|汇报|介绍)一?下|(?:你|您)(?:先)?看一下[^，。？]{0,10}(?:群|屏幕|链接|共享)(?=[。！!]?$)|(?:我们|咱们|那就)(?:就|先)?开始(?:吧|了|啊)?(?=[，。！!]|$)/u;
/**
 * Things in the meeting room: the speaker's act on them ("I shall go to the next slide", "I'll take the mouse", "I'll
 * close 'em down") is done there and then, unless it delivers something after the meeting (send, share, save…).
 */
export const EN_IN_ROOM =
  /\b(?:slides?|screen|mouse|pen|marker|board|whiteboard|presentation|laptop|projector|microphone|mic|powerpoint|clicker|headset)\b|'em down\b|\bit down\b/i;
export const EN_DELIVER = /\b(?:send|e-?mail|mail|share|upload|forward|save|circulate|distribute|folder|drive|wiki)\b/i;
export const EN_FLOOR =
  /\b(?:take it away|go ahead|you first|over to you|walk us through|tell us about|who wants to (?:go|be|start|present)(?: next| first)?\b|who(?:'s| is) (?:next|first)\b|(?:give|tell|show) (?:us|me) (?:the|an?|your) (?:timeline|update|overview|rundown|status|background|summary|recap)|fill (?:us|me) in|^\W*(?:\p{Lu}\p{Ll}+,\s*)?anything (?:from|on|else)\b)\b/iu;
/** Leaving the call ("sorry, I have to drop", "I need to jump off", "我先下了，还有个会") is talk now, not work. */
export const EN_LEAVE_CALL = /\bi(?:'ve| have)?(?: got| need| have)? to (?:drop|jump|hop|run|head out|go)(?: off(?: the call)?| now| early)?\b\s*(?=[.!,;]|$)/i;
export const ZH_LEAVE_CALL = /我(?:得|要|就)?先(?:下|撤|退|走)(?:了|啦|一步)|我先(?:下线|退会|离开)/;
/** Closing and thanks are not tasks for the group. */
export const ZH_CLOSING = /辛苦|谢谢|就到这|就这样|散会|先这样/;
export const EN_CLOSING = /\b(?:thanks|thank you|that's it|that's all|see you|let's wrap)\b/i;
export const ZH_VAGUE = /以后有空|有机会|找时间|考虑一下|想想|研究研究/;

/** A statement put to the room for consent ("Everyone okay with that?", "大家没意见吧？"): the statement is a proposal, settled by assent. */
export const EN_CONSENT_Q =
  /^(?:(?:is )?every(?:one|body) (?:okay|ok|fine|good|happy) with (?:that|this)|any objections|(?:does )?(?:that|this) work for (?:everyone|everybody|you all)|are we (?:all )?(?:okay|ok|good|agreed) (?:with|on) (?:that|this))\b/i;
export const ZH_CONSENT_Q = /^(?:大家)?(?:有没有意见|没意见吧|有意见吗|同意吗|都同意吗|觉得行吗|可以吗|没问题吧)/;
/**
 * A recap of what was already agreed ("再确认一下…对吧？", "to recap:"): restates to-dos, creates none.
 * Not when someone is asked to do the confirming ("周鹏你跟技术再确认一下原因").
 */
export const ZH_RECAP = /(?<!(?:你|您)[^，。？]{0,8})(?:再|最后)确认一下|复述一下|总结一下|(?:我|再|最后)(?:最后|再)?(?:过|捋|串|梳理)一(?:下|遍)(?=[：:，,]|$)/;
export const EN_RECAP =
  /\b(?:to recap|quick recap|just to confirm|so to confirm|to summari[sz]e)\b|\brecap:|^\W*(?:(?:okay|ok|so|alright|right|and)[,\s]+)*(?:recapping|wrapping up|to wrap up|summing up|in summary)\s*(?::|[.!]*$)|^\W*(?:(?:okay|ok|so|alright|right)[,\s]+)?(?:a )?recap\W*$/i;
