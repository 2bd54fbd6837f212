/**
 * Function words that carry no topic. Used to keep similarity, keyphrases and retrieval about
 * content words; never used for ROUGE (the scoring conventions keep stop words).
 */
const EN = `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't
you you'd you'll you're you've your yours yourself yourselves okay ok yeah yes yep um uh mm hmm mhm oh ah like
gonna wanna gotta got get gets getting thing things really actually basically maybe well right just sort kind
lot bit something anything everything one two also would could should might must shall will may go going
know think mean say said says see look want need s t d ll re ve m don doesn didn isn wasn aren won
kay mean guess stuff whatever though yet still even much many way ever sure let us`;

const ZH = `的 了 是 在 我 你 他 她 它 们 我们 你们 他们 她们 这 那 这个 那个 这些 那些 就 都 也 还 又 和 与 及 或 而 但 但是
因为 所以 如果 然后 就是 一个 一些 有 没有 不 没 很 非常 比较 可能 会 能 要 想 说 讲 看 去 来 到 对 对于 把 被 让 给 从 向
吧 吗 呢 啊 呀 嘛 哦 嗯 呃 哈 啦 么 什么 怎么 怎么样 为什么 哪 哪里 这样 那样 这么 那么 其实 然后 之后 以后 时候 现在
已经 因此 一下 一点 一样 东西 事情 可以 应该 需要 觉得 认为 知道 大家 自己 之前 还是 或者 以及 等 等等 个 种 些 上 下 中
里 去 过 着 得 地 之 其 该 每 各 某 另外 而且 并且 虽然 不过 只是 只 才 再 更 最 太 挺 蛮 好 对吧 是吧 好的 对对 嗯嗯`;

export const STOPWORDS_EN: ReadonlySet<string> = new Set(EN.split(/\s+/).filter(Boolean));
export const STOPWORDS_ZH: ReadonlySet<string> = new Set(ZH.split(/\s+/).filter(Boolean));

export function isStopword(token: string): boolean {
  return STOPWORDS_EN.has(token) || STOPWORDS_ZH.has(token);
}
