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
  speakers: {
    title: "说话人（{n}）",
    intro: "为整场会议重命名说话人，或把两位改成同一个名字来合并。纪要、待办、搜索和导出会随之更新；重新生成纪要可让文字中也用上新名字。",
    recordedAs: "原始标签：{labels}",
    rename: "重命名",
    newName: "{name} 的新名字",
    mergeInto: "把 {name} 合并到…",
    merge: "合并",
    member: "{name} 对应的工作区成员",
    noMember: "不是成员",
    undo: "撤销上一次修改",
    lines: "{n} 行",
    none: "本文档没有记录说话人。",
  },
};
