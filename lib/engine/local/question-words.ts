/**
 * The closed word families a question about a meeting is read with (question.ts): words that frame
 * the asking, generic meeting vocabulary, and aspect nouns. Families of words, not phrases from any
 * corpus; English entries are stemmed like the terms they are compared with.
 */
import { stem } from "@/lib/text/stem";

/** Whitespace-separated words → the set of their stems (English) or the words (Chinese). */
function family(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (/[a-z]/.test(w) ? stem(w) : w)),
  );
}

/** Words that frame a question about a meeting but say nothing about its subject. */
export const FRAME = family(
  `
    summarize summarise summary discussion discuss discussed talk talked think thought say said mention
    mentioned opinion meeting group team what why how did does was were about regarding detail details
    conclusion explain describe question questioning debate view views consider considered propose proposed
    suggest suggested recommend
    总结 讨论 认为 看法 会议 关于 介绍 一下 说明 提到 观点 内容 谈到 问题 如何 哪些
  `,
);

/**
 * The closed vocabulary of asking about a meeting, beyond FRAME: question words, speech acts and
 * deliberation (decide, agree, conclude, plan), meeting roles and allocation (team, responsible,
 * 负责, 安排), generic result words (outcome, 结果). None of them names a subject, so none of them
 * can show that a meeting talked about what is asked: the not-found test (answer-support.ts)
 * looks only at the other terms — the topic.
 */
export const GENERIC = family(
  `
    which who whom whose when where much many happen happened anyone someone everyone everybody people
    decide decided decision agree agreed agreement conclude concluded outcome result plan planned idea ideas
    point points topic issue issues matter reason reasons feel felt believe tell told ask asked raise raised
    comment comments concern concerns argue argued present presented report reported speak spoke responsible
    charge volunteer volunteered assign assigned owner owns handle organise organize organising organizing
    lead member members participant participants staff
    决定 决策 定 定了 决议 结论 结果 意见 大家 怎么 怎么样 什么 哪个 哪台 哪位 哪天 谁 谁来 由谁 多少 几 是否 有没有 最后 事情 情况 方面 安排 负责 计划 打算 提出 同意 怎么看
    讨论结果 什么时候 时候 会上 会议
  `,
);

/**
 * Aspect nouns name a facet of a subject (its advantages, cost, status, structure), not a
 * subject: a meeting can discuss the disadvantages of ATLAS without ever saying "disadvantages".
 * So they never decide whether a topic is present; the subject nouns do.
 */
export const ASPECT = family(
  `
    advantage disadvantage pro con benefit drawback problem option alternative size cost price status
    progress update structure appearance content direction evaluation reason approach way method difficulty
    feature role impact effect future summary detail aspect part kind type situation process suggestion
    proposal view requirement need goal purpose importance quality change improvement development strategy
    responsibility relationship possibility solution answer work task job step stage phase mate presentation
    thought opinion overview performance current example number amount percentage figure total date time day
    deadline name
    优点 缺点 好处 问题 方案 选项 成本 费用 价格 进展 进度 状态 情况 结构 内容 方向 评价 评估 原因 方法 办法 难点 困难 功能 作用 影响 未来 细节 部分 类型 过程 建议 需求 目标 目的
    质量 变化 改进 策略 责任 关系 能力 时间 日期 数量 数字 比例 名字 哪些 看法 想法
  `,
);

/**
 * Nouns made from verbs and adjectives (arrangement, accusation, analyses, hiring, nonuniformity)
 * name events and properties, which people word in many ways: like verbs they do not decide
 * whether a subject is present. Concrete and proper nouns (garage, Berlin, ATLAS) do.
 */
export const NOMINALIZATION = /(?:ments?|ity|ities|ness|sions?|tions?|ances?|ences?|ysis|yses|ings?|ures?|ships?|isms?|als?)$/;
