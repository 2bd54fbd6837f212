/**
 * `jiyao analyze <file> [--engine local|llm] [--date YYYY-MM-DD] [--json]`
 * Prints the Analysis (summary, topics, decisions, todos, outline, coverage; every item with
 * segment citations) as JSON, or as readable Markdown minutes without --json.
 */
import type { Analysis } from "@/lib/engine/types";
import { AppError } from "@/lib/errors";
import { loadFile, parseArgs, pickEngine } from "@/lib/eval/pipeline";

function cite(c: number[]): string {
  return c.length ? ` [${c.map((i) => `#${i}`).join(", ")}]` : "";
}

function toMarkdown(a: Analysis, title: string): string {
  const out = [`# ${title}`, "", "## Summary", ...a.summary.map((p) => `- ${p.text}${cite(p.citations)}`), ""];
  if (a.topics.length) out.push("## Topics", ...a.topics.map((t) => `### ${t.title}${cite(t.citations)}\n${t.summary}`), "");
  if (a.decisions.length) out.push("## Decisions", ...a.decisions.map((d) => `- ${d.text}${cite(d.citations)}`), "");
  if (a.todos.length) out.push("## To-dos", ...a.todos.map((t) => `- [ ] ${t.text}${t.owner ? ` — ${t.owner}` : ""}${t.due ? ` (due ${t.due})` : ""}${cite(t.citations)}`), "");
  out.push(`## Slides: ${a.outline.title}`, ...a.outline.slides.map((s, i) => `${i + 1}. **${s.title}**\n${s.bullets.map((b) => `   - ${b}`).join("\n")}`));
  return out.join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine", "date"]);
  const file = positional[0];
  if (!file) throw new AppError("INVALID_INPUT", "usage: jiyao analyze <file> [--engine local|llm] [--date YYYY-MM-DD] [--json]");
  const engine = await pickEngine(typeof flags.engine === "string" ? flags.engine : undefined);
  const { doc, chunks } = await loadFile(file);
  const meetingDate = typeof flags.date === "string" ? flags.date : undefined;
  const analysis = await engine.analyze(doc, chunks, { meetingDate });
  process.stdout.write(flags.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${toMarkdown(analysis, doc.title)}\n`);
  return 0;
}
