import type { MinutesContent } from "@/lib/db/artifacts";

/**
 * Starter questions in the document's language: one per main chapter, the action items, and
 * "what was just said" for timestamped meetings (the 会中问答 question people ask most).
 */
export function suggestQuestions(opts: { lang: string | null; timestamped: boolean; minutes: MinutesContent | null }): string[] {
  const zh = opts.lang === "zh";
  const out: string[] = [];
  for (const t of opts.minutes?.topics.slice(0, 2) ?? []) out.push(zh ? `关于“${t.title}”讨论了什么？` : `What was discussed about ${t.title}?`);
  out.push(zh ? "有哪些待办事项，分别由谁负责？" : "What are the action items and who owns them?");
  if (opts.minutes?.decisions.length) out.push(zh ? "会议做了哪些决定？" : "What was decided?");
  if (opts.timestamped) out.push(zh ? "刚刚说了什么？" : "What was said in the last 5 minutes?");
  return out;
}
