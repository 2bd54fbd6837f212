import type { meetingsEn } from "./meetings.en";

/** 会议工具的中文界面文字：术语表、说话人、模板、提及、会后跟进。 */
export const meetingsZh: typeof meetingsEn = {
  nav: { glossary: "术语表", mentions: "提到我" },
  glossary: {
    title: "术语表",
    intro: "会议中常用的术语，以及它们常被听错或打错的写法（混元 ← 浑元、会员；DeFi ← define）。转写稿显示正确术语（悬停可看原始识别结果），搜索可找到所有写法，分析使用纠正后的文本。存储的转写原文不会被修改。",
    readOnly: "只有成员及以上角色可以修改术语表。",
    term: "术语",
    variants: "常被听错/打错为",
    variantsHint: "用逗号、顿号或换行分隔。",
    add: "添加术语",
    save: "保存",
    edit: "编辑",
    cancel: "取消",
    remove: "删除",
    confirmRemove: "从术语表中删除“{term}”？",
    empty: "还没有术语。",
    count: "{n} 个术语",
    showOriginal: "显示原始识别结果",
    corrected: "术语表：原文为“{original}”",
    correctedCount: "术语表纠正了 {n} 处",
  },
};
