/**
 * `jiyao quiz <file> [--count N] [--engine local|llm] [--json]`
 * Questions with answers, explanations and segment citations, each checked against its cited lines.
 */
import type { Quiz } from "@/lib/engine/quiz-types";
import { AppError } from "@/lib/errors";
import { loadFile, parseArgs } from "@/lib/eval/pipeline";
import { localQuiz } from "@/lib/engine/local/quiz";

function toText(q: Quiz): string {
  return q.questions
    .map((x, i) => {
      const opts = x.options?.map((o, j) => `   ${String.fromCharCode(65 + j)}. ${o}`).join("\n");
      const ans = Array.isArray(x.answer)
        ? x.answer.map((j) => String.fromCharCode(65 + j)).join(", ")
        : x.type === "single"
          ? String.fromCharCode(65 + (x.answer as number))
          : String(x.answer);
      return [`${i + 1}. [${x.type}] ${x.question}`, opts, `   Answer: ${ans} — ${x.explanation} [${x.citations.map((c) => `#${c}`).join(", ")}]`].filter(Boolean).join("\n");
    })
    .join("\n\n");
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine", "count"]);
  const file = positional[0];
  if (!file) throw new AppError("INVALID_INPUT", "usage: jiyao quiz <file> [--count N] [--engine local|llm] [--json]");
  let count: number | undefined;
  if (flags.count !== undefined) {
    count = Number(flags.count);
    if (!Number.isInteger(count) || count < 1 || count > 200) throw new AppError("INVALID_INPUT", `--count must be a whole number from 1 to 200 (got "${String(flags.count)}").`);
  }
  const engine = typeof flags.engine === "string" ? flags.engine : "local";
  if (engine !== "local" && engine !== "llm") throw new AppError("INVALID_INPUT", `Unknown engine "${engine}" (use local or llm).`);
  const { doc } = await loadFile(file);
  // The LLM module is loaded only when asked for, so --engine local never loads the AI SDK.
  const quiz: Quiz = engine === "llm" ? await (await import("@/lib/engine/llm/quiz")).llmQuiz(doc, { count }) : localQuiz(doc, { count });
  process.stdout.write(flags.json ? `${JSON.stringify(quiz, null, 2)}\n` : `${toText(quiz)}\n`);
  return 0;
}
