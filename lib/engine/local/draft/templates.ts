/**
 * The built-in draft templates, as data: sections with what fills them and an instruction for the
 * model. `{title}` in a title is replaced by the meetings' titles. A workspace's own templates
 * (custom.ts) are the same shape.
 */
import type { DraftTemplate } from "@/lib/engine/draft-types";

const meeting = { id: "meeting", kind: "meeting", heading: { zh: "会议名称", en: "Meeting" }, instruction: "The meeting's title as recorded." } as const;
const time = { id: "time", kind: "time", heading: { zh: "会议时间", en: "Date" }, instruction: "The meeting date as recorded; say it is not recorded otherwise." } as const;
const attendees = { id: "attendees", kind: "attendees", heading: { zh: "参会人", en: "Attendees" }, instruction: "The people who spoke in the meeting, one per item." } as const;

export const DRAFT_TEMPLATES: DraftTemplate[] = [
  {
    id: "minutes-zh",
    description: "正式会议纪要 (formal Chinese minutes)",
    lang: "zh",
    title: { zh: "会议纪要：{title}", en: "会议纪要：{title}" },
    sections: [
      meeting,
      time,
      attendees,
      { id: "topics", kind: "topics", heading: { zh: "会议议题", en: "Topics" }, instruction: "Each topic discussed, one short formal line each." },
      { id: "summary", kind: "summary", heading: { zh: "会议内容", en: "Discussion" }, instruction: "The main points of the discussion in formal written Chinese." },
      { id: "decisions", kind: "decisions", heading: { zh: "决议事项", en: "Decisions" }, instruction: "Each decision taken, as a formal statement." },
      { id: "todos", kind: "todos", heading: { zh: "待办事项", en: "Action items" }, instruction: "Each action item with its owner (负责人) and deadline (期限)." },
    ],
  },
  {
    id: "minutes-en",
    description: "English minutes document",
    lang: "en",
    title: { zh: "Minutes: {title}", en: "Minutes: {title}" },
    sections: [
      meeting,
      time,
      attendees,
      { id: "summary", kind: "summary", heading: { zh: "Summary", en: "Summary" }, instruction: "The main points of the discussion in plain English." },
      { id: "topics", kind: "topics", heading: { zh: "Topics", en: "Topics" }, instruction: "Each topic discussed, one line each." },
      { id: "decisions", kind: "decisions", heading: { zh: "Decisions", en: "Decisions" }, instruction: "Each decision taken." },
      { id: "todos", kind: "todos", heading: { zh: "Action items", en: "Action items" }, instruction: "Each action item with its owner and due date." },
    ],
  },
  {
    id: "followup-email",
    description: "follow-up email to the attendees",
    title: { zh: "会议跟进：{title}", en: "Follow-up: {title}" },
    opening: {
      zh: "各位好，\n\n感谢参加本次会议。以下是会议要点、决议和待办事项，请各位确认。",
      en: "Hi all,\n\nThanks for joining the meeting. Here is a recap of what we discussed, what we decided and who does what next.",
    },
    closing: { zh: "如有遗漏或需要更正，请直接回复本邮件。\n\n谢谢！", en: "If anything is missing or wrong, please reply to this email.\n\nThanks," },
    sections: [
      { ...attendees, heading: { zh: "收件人", en: "To" }, instruction: "The attendees, who receive this email." },
      { id: "summary", kind: "summary", heading: { zh: "会议要点", en: "Recap" }, instruction: "The main points, friendly and brief." },
      { id: "decisions", kind: "decisions", heading: { zh: "决议", en: "Decisions" }, instruction: "Each decision taken." },
      { id: "todos", kind: "todos", heading: { zh: "待办事项", en: "Next steps" }, instruction: "Each action item with its owner and due date." },
    ],
  },
  {
    id: "weekly-report",
    description: "周报 / weekly report over the given meetings",
    title: { zh: "周报：{title}", en: "Weekly report: {title}" },
    sections: [
      { id: "meetings", kind: "meeting", heading: { zh: "本周会议", en: "Meetings this week" }, instruction: "Each meeting covered, with its date when recorded." },
      { id: "summary", kind: "summary", heading: { zh: "工作进展", en: "Progress" }, instruction: "What was reported or discussed, across the meetings." },
      { id: "decisions", kind: "decisions", heading: { zh: "已做决定", en: "Decisions made" }, instruction: "Each decision made in the meetings." },
      {
        id: "todos",
        kind: "todos",
        heading: { zh: "待办事项", en: "To-dos" },
        instruction: "Each to-do with its owner and due date. Meetings do not record completion, so do not mark any as done.",
      },
    ],
  },
  {
    id: "meeting-notice",
    description: "notice for the next meeting (open items as agenda)",
    title: { zh: "会议通知：{title}（后续会议）", en: "Meeting notice: {title} (follow-up)" },
    opening: {
      zh: "各位好，\n\n现通知召开后续会议，跟进上次会议的未完成事项。",
      en: "Hi all,\n\nThis is the notice for the follow-up meeting on the open items from our last meeting.",
    },
    closing: { zh: "请各位提前准备负责事项的进展。", en: "Please come ready to report on the items you own." },
    sections: [
      {
        id: "time",
        kind: "next-time",
        heading: { zh: "会议时间", en: "Date and time" },
        instruction: "The next meeting's time only if the source states it; otherwise say it is to be decided.",
      },
      { ...attendees, heading: { zh: "参会人", en: "Attendees" }, instruction: "The previous meeting's attendees." },
      {
        id: "agenda",
        kind: "todos",
        heading: { zh: "议程（待跟进事项）", en: "Agenda (open items)" },
        instruction: "Each open action item from the last meeting as an agenda item, with its owner and due date.",
      },
      { id: "topics", kind: "topics", heading: { zh: "上次会议议题", en: "Last meeting's topics" }, instruction: "The topics of the previous meeting, for context." },
    ],
  },
];

export function findTemplate(id: string): DraftTemplate | undefined {
  return DRAFT_TEMPLATES.find((t) => t.id === id);
}
