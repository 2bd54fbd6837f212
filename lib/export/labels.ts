import type { ExportLang, TodoStatus } from "@/lib/export/types";

/** Every fixed word an export writes, per language, so the writers never hard-code one. */
export interface ExportLabels {
  summary: string;
  topics: string;
  decisions: string;
  actionItems: string;
  droppedItems: string;
  item: string;
  owner: string;
  due: string;
  status: string;
  source: string;
  date: string;
  none: string;
  /** A template section the meeting did not discuss. */
  notDiscussed: string;
  /** Appended to an item whose citations could not be verified; carries its own leading space if the language needs one. */
  unverifiedSuffix: string;
  /** Appended to an item a person edited or added, so the reader knows the wording is not the engine's. */
  editedSuffix: string;
  noOwner: string;
  untitled: string;
  statusName: Record<TodoStatus, string>;
  /** Appended to the last bullet when a slide had more bullets than fit. */
  moreBullets: (count: number) => string;
  /** Separator between an item's parts ("Owner: A · Due: B"). */
  fieldSeparator: string;
  /** "Owner: " vs "负责人：" — Chinese uses a full-width colon without a space. */
  colon: string;
}

const en: ExportLabels = {
  summary: "Summary",
  topics: "Topics",
  decisions: "Decisions",
  actionItems: "Action items",
  droppedItems: "Dropped",
  item: "Item",
  owner: "Owner",
  due: "Due",
  status: "Status",
  source: "Source",
  date: "Date",
  none: "None.",
  notDiscussed: "Not discussed.",
  unverifiedSuffix: " (unverified)",
  editedSuffix: " (edited)",
  noOwner: "—",
  untitled: "Untitled",
  statusName: { open: "Open", done: "Done", dropped: "Dropped" },
  moreBullets: (count) => `… and ${count} more (see notes)`,
  fieldSeparator: " · ",
  colon: ": ",
};

const zh: ExportLabels = {
  summary: "摘要",
  topics: "议题",
  decisions: "决定",
  actionItems: "待办事项",
  droppedItems: "已取消",
  item: "事项",
  owner: "负责人",
  due: "截止",
  status: "状态",
  source: "来源",
  date: "日期",
  none: "无。",
  notDiscussed: "会上未讨论。",
  unverifiedSuffix: "（未核实）",
  editedSuffix: "（已编辑）",
  noOwner: "—",
  untitled: "无标题",
  statusName: { open: "未完成", done: "已完成", dropped: "已取消" },
  moreBullets: (count) => `……另有 ${count} 条（见备注）`,
  fieldSeparator: " · ",
  colon: "：",
};

/** Mixed-language meetings are mostly Chinese teams using English terms, so they get Chinese labels. */
export function labelsFor(lang: ExportLang): ExportLabels {
  return lang === "en" ? en : zh;
}

/** Whether East-Asian text is expected, which decides the zh-CN language tags in DOCX/PPTX. */
export function isChineseLang(lang: ExportLang): boolean {
  return lang === "zh" || lang === "mixed";
}
