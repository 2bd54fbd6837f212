import type { BuiltinType, MeetingTemplate, TemplateSection } from "./types";

const todos = (instructions: string): TemplateSection => ({
  key: "actions",
  title: { zh: "待办事项", en: "Action items" },
  instructions,
  from: ["todos"],
});

const decisions: TemplateSection = {
  key: "decisions",
  title: { zh: "决定", en: "Decisions" },
  instructions: "What was decided or agreed, each with who decided when the meeting says so.",
  from: ["decisions"],
};

/**
 * The built-in meeting types and what each one's minutes are made of. Cue words are written for
 * this app (what a person of that meeting would say), matched case-insensitively inside text.
 */
export const BUILTIN_TEMPLATES: Record<BuiltinType, MeetingTemplate> = {
  general: {
    id: "general",
    name: { zh: "通用会议", en: "General meeting" },
    instructions: "Balanced minutes: the main points, what was decided and who does what by when.",
    sections: [
      { key: "points", title: { zh: "要点", en: "Key points" }, instructions: "The main points of the discussion.", from: ["summary"] },
      decisions,
      todos("Who does what, by when."),
    ],
  },
  standup: {
    id: "standup",
    name: { zh: "周会 / 站会", en: "Stand-up / weekly sync" },
    instructions: "Per person: what they finished, what they will do next and what blocks them. Keep it short; blockers first.",
    sections: [
      {
        key: "blockers",
        title: { zh: "阻碍与风险", en: "Blockers" },
        instructions: "Anything that blocks or slows someone, and what they wait for.",
        from: ["lines", "summary"],
        cues: ["阻塞", "卡住", "卡在", "等待", "依赖", "风险", "问题", "延期", "blocked", "blocker", "stuck", "waiting", "depends on", "risk", "delay"],
      },
      {
        key: "done",
        title: { zh: "已完成", en: "Done" },
        instructions: "What each person finished since last time.",
        from: ["lines", "summary"],
        cues: ["完成", "做完", "搞定", "上线", "发布了", "已经", "修复了", "finished", "done", "completed", "shipped", "merged", "fixed"],
      },
      {
        key: "next",
        title: { zh: "接下来", en: "Next" },
        instructions: "What each person will work on next.",
        from: ["lines", "todos"],
        cues: ["今天", "本周", "这周", "接下来", "下周", "计划", "准备", "打算", "today", "this week", "next", "plan to", "going to", "will"],
      },
      todos("Follow-ups agreed in the meeting, with owner and due date."),
    ],
  },
  review: {
    id: "review",
    name: { zh: "项目评审", en: "Project review" },
    instructions: "What was reviewed, the feedback and open issues, the risks, and the verdict.",
    sections: [
      { key: "reviewed", title: { zh: "评审内容", en: "What was reviewed" }, instructions: "The proposal, design or milestone under review.", from: ["topics"] },
      {
        key: "feedback",
        title: { zh: "意见与问题", en: "Feedback and issues" },
        instructions: "Reviewers' questions, objections and suggestions.",
        from: ["lines", "summary"],
        cues: ["建议", "意见", "问题", "是否", "为什么", "不同意", "担心", "应该", "suggest", "concern", "why", "should", "issue", "question", "disagree"],
      },
      {
        key: "risks",
        title: { zh: "风险", en: "Risks" },
        instructions: "Risks, dependencies and what could slip.",
        from: ["lines", "summary"],
        cues: ["风险", "隐患", "延期", "依赖", "瓶颈", "来不及", "risk", "delay", "dependency", "bottleneck", "slip"],
      },
      { ...decisions, title: { zh: "结论", en: "Verdict and decisions" }, instructions: "The review's verdict (approved, approved with changes, rejected) and other decisions." },
      todos("Changes and follow-ups requested by the review, with owner and due date."),
    ],
  },
  one_on_one: {
    id: "one_on_one",
    name: { zh: "一对一", en: "1:1" },
    instructions: "A private conversation between two people: how things are going, feedback both ways, growth, and agreed next steps. Neutral tone.",
    sections: [
      { key: "updates", title: { zh: "近况", en: "Updates" }, instructions: "How work is going, in the person's own terms.", from: ["summary"] },
      {
        key: "feedback",
        title: { zh: "反馈", en: "Feedback" },
        instructions: "Feedback given or asked for, either way.",
        from: ["lines"],
        cues: ["反馈", "表现", "做得好", "改进", "希望你", "建议你", "感觉", "feedback", "great job", "improve", "well done", "could be better", "i felt"],
      },
      {
        key: "growth",
        title: { zh: "成长与目标", en: "Growth and goals" },
        instructions: "Goals, career, learning and support asked for.",
        from: ["lines"],
        cues: ["目标", "成长", "发展", "晋升", "学习", "职业", "培训", "goal", "career", "growth", "promotion", "learn", "training"],
      },
      todos("What each of the two agreed to do."),
    ],
  },
  sales: {
    id: "sales",
    name: { zh: "客户沟通", en: "Sales / customer call" },
    instructions: "The customer's needs and context, their objections or concerns, what was offered or committed, and the next steps with dates.",
    sections: [
      {
        key: "needs",
        title: { zh: "客户需求", en: "Customer needs" },
        instructions: "What the customer needs, wants or struggles with.",
        from: ["lines", "summary"],
        cues: ["需要", "需求", "希望", "想要", "痛点", "目前我们", "我们现在", "need", "want", "looking for", "require", "struggle", "currently we"],
      },
      {
        key: "objections",
        title: { zh: "顾虑与异议", en: "Objections" },
        instructions: "Price, timing, competitor or risk concerns the customer raised.",
        from: ["lines"],
        cues: ["太贵", "价格", "预算", "担心", "顾虑", "竞品", "对比", "便宜", "expensive", "price", "pricing", "budget", "concern", "competitor", "worried", "cheaper"],
      },
      { ...decisions, title: { zh: "承诺与约定", en: "Commitments" }, instructions: "What either side agreed or committed to (offers, discounts, trials)." },
      {
        key: "next",
        title: { zh: "下一步", en: "Next steps" },
        instructions: "Next steps with owner and date.",
        from: ["todos", "lines"],
        cues: ["下一步", "下次", "跟进", "发给", "安排", "试用", "报价单", "next step", "follow up", "send over", "trial", "proposal", "schedule"],
      },
    ],
  },
  interview: {
    id: "interview",
    name: { zh: "面试", en: "Interview" },
    instructions:
      "Hiring notes: who the candidate is, evidence of strengths and of concerns (quote what they said), and the recommendation if one was made. Do not judge beyond what was said.",
    sections: [
      {
        key: "candidate",
        title: { zh: "候选人", en: "Candidate" },
        instructions: "Who the candidate is: name if said, background and experience they described.",
        from: ["candidate"],
      },
      {
        key: "strengths",
        title: { zh: "优势", en: "Strengths" },
        instructions: "What the candidate showed they do well, with the lines that show it.",
        from: ["lines"],
        cues: ["负责", "主导", "带领", "擅长", "熟悉", "精通", "成功", "提升了", "优化了", "led", "built", "designed", "owned", "experienced", "improved", "good at", "strong"],
      },
      {
        key: "concerns",
        title: { zh: "顾虑", en: "Concerns" },
        instructions: "Gaps or doubts that came up, with the lines that show them.",
        from: ["lines"],
        cues: ["不太", "没有做过", "没接触", "不熟", "缺乏", "欠缺", "担心", "不确定", "never", "not sure", "haven't", "lack", "weak", "concern", "limited experience"],
      },
      {
        key: "recommendation",
        title: { zh: "结论与建议", en: "Recommendation" },
        instructions: "Hire / next round / no, if the interviewers said so; otherwise not discussed.",
        from: ["decisions", "lines"],
        cues: ["推荐", "录用", "通过", "下一轮", "复试", "不合适", "offer", "hire", "recommend", "next round", "move forward", "reject"],
      },
    ],
  },
  lecture: {
    id: "lecture",
    name: { zh: "培训 / 讲座", en: "Training / lecture" },
    instructions: "Study notes: the key ideas in order, terms and concepts explained, the questions asked and answered, and any assignment.",
    sections: [
      { key: "points", title: { zh: "要点", en: "Key ideas" }, instructions: "The main ideas taught, in order.", from: ["summary"] },
      { key: "concepts", title: { zh: "概念与主题", en: "Concepts" }, instructions: "Terms and concepts explained.", from: ["topics"] },
      { key: "qa", title: { zh: "问答", en: "Q&A" }, instructions: "Questions from the audience and the answers given.", from: ["questions"] },
      {
        key: "assignments",
        title: { zh: "作业与练习", en: "Assignments" },
        instructions: "Homework, exercises or reading given.",
        from: ["todos", "lines"],
        cues: ["作业", "练习", "课后", "阅读", "提交", "homework", "exercise", "assignment", "reading", "submit"],
      },
    ],
  },
};

export function isBuiltinType(id: string): id is BuiltinType {
  return Object.hasOwn(BUILTIN_TEMPLATES, id);
}
