/**
 * Questions about topics that would be absent from most meetings, for the "does it answer
 * honestly" check of `jiyao eval` (lib/eval/honesty.ts). Written for this project, not taken from
 * any corpus: everyday office and world topics (a relocation, a ski trip, a trade show in Tokyo)
 * asked the ways people ask about meetings (what was decided, who, when, how much).
 *
 * `marks`: the words without which the topic cannot be present. A case whose transcript contains
 * any of them (English: as a word, with plural and verb endings, case-insensitive; Chinese: as a substring) is
 * skipped for that question, so every question that is asked really is about an absent topic.
 * The other words of a question (office, company, 预算) may well occur: that is the point.
 */
import { hasHan } from "@/lib/text/cjk";
export interface AbsentQuestion {
  question: string;
  marks: string[];
}

export const ABSENT_EN: AbsentQuestion[] = [
  { question: "What was decided about moving the office to Berlin?", marks: ["berlin"] },
  { question: "Who is organising the company ski trip?", marks: ["ski"] },
  { question: "What did the team say about the new cafeteria menu?", marks: ["cafeteria", "canteen"] },
  { question: "How much was budgeted for the Tokyo trade show?", marks: ["tokyo"] },
  { question: "When will the data centre migration to Azure happen?", marks: ["azure"] },
  { question: "What was discussed about the CEO's retirement party?", marks: ["retire", "retiring"] },
  { question: "Who volunteered for the charity marathon?", marks: ["marathon"] },
  { question: "What was agreed about the parking garage renovation?", marks: ["garage", "parking"] },
  { question: "What did they conclude about yoga classes for staff?", marks: ["yoga"] },
  { question: "How many tickets were sold for the jazz concert?", marks: ["jazz", "concert"] },
  { question: "What was said about the merger with Siemens?", marks: ["siemens"] },
  { question: "What is the plan for the Christmas party?", marks: ["christmas", "xmas"] },
  { question: "Who will fix the leaking roof in the warehouse?", marks: ["roof", "leak"] },
  { question: "Which espresso machine did the group decide to buy?", marks: ["espresso"] },
  { question: "What was the outcome of the discussion about the football tournament?", marks: ["football", "tournament"] },
  { question: "When are the dentist appointments for new hires?", marks: ["dentist", "dental"] },
  { question: "What did everyone think about the Mars rover mission?", marks: ["mars", "rover"] },
  { question: "How much will the helicopter rental cost?", marks: ["helicopter"] },
  { question: "Who is responsible for the wine tasting event?", marks: ["wine"] },
  { question: "What did the meeting decide about the submarine cable contract?", marks: ["submarine"] },
];

export const ABSENT_ZH: AbsentQuestion[] = [
  { question: "关于把办公室搬到柏林的事情最后怎么决定的？", marks: ["柏林"] },
  { question: "公司滑雪团建由谁来组织？", marks: ["滑雪"] },
  { question: "大家对新的食堂菜单有什么意见？", marks: ["食堂"] },
  { question: "东京展会的预算是多少？", marks: ["东京"] },
  { question: "机房什么时候迁移到阿里云？", marks: ["阿里云", "机房"] },
  { question: "关于董事长退休晚宴讨论了什么？", marks: ["退休", "晚宴"] },
  { question: "谁报名了慈善马拉松？", marks: ["马拉松"] },
  { question: "停车场翻修的事情定了吗？", marks: ["停车场"] },
  { question: "员工瑜伽课最后怎么安排的？", marks: ["瑜伽"] },
  { question: "爵士音乐会卖出了多少张票？", marks: ["爵士", "音乐会"] },
  { question: "和西门子合并的事情大家怎么看？", marks: ["西门子"] },
  { question: "圣诞晚会的计划是什么？", marks: ["圣诞"] },
  { question: "仓库屋顶漏水谁来修？", marks: ["屋顶", "漏水"] },
  { question: "会上决定买哪台咖啡机？", marks: ["咖啡"] },
  { question: "足球比赛的讨论结果是什么？", marks: ["足球"] },
  { question: "新员工的牙科体检安排在哪天？", marks: ["牙科", "体检"] },
  { question: "大家怎么看火星探测任务？", marks: ["火星"] },
  { question: "直升机租赁要花多少钱？", marks: ["直升机"] },
  { question: "品酒会由谁负责？", marks: ["品酒", "葡萄酒", "红酒"] },
  { question: "会议对海底光缆合同做了什么决定？", marks: ["海底", "光缆"] },
];

/** Whether `text` mentions any of `marks` (English: the word or its -s/-ed/-ing/-ment forms; Chinese: substring). */
export function mentionsAny(text: string, marks: string[]): boolean {
  const lower = text.toLowerCase();
  return marks.some((m) => (hasHan(m) ? lower.includes(m) : new RegExp(`(?:^|[^\\p{L}\\p{N}])${m}(?:s|es|d|ed|ing|ment|ments)?(?:$|[^\\p{L}\\p{N}])`, "u").test(lower)));
}
