/**
 * `jiyao ask <file> "<question>" [--engine local|llm] [--json]`
 * JSON: { answer, citations, found }. Without --json the answer streams to stdout as it comes.
 */
import { AppError } from "@/lib/errors";
import { loadFile, parseArgs, pickEngine } from "@/lib/eval/pipeline";

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine"]);
  const [file, question] = positional;
  if (!file || !question) throw new AppError("INVALID_INPUT", 'usage: jiyao ask <file> "<question>" [--engine local|llm] [--json]');
  const engine = await pickEngine(typeof flags.engine === "string" ? flags.engine : undefined);
  const { doc, chunks } = await loadFile(file);
  let answer = "";
  let citations: number[] = [];
  for await (const part of engine.answer(question, doc, chunks)) {
    if (part.type === "text") {
      answer += part.text ?? "";
      if (!flags.json) process.stdout.write(part.text ?? "");
    } else if (part.type === "citations") citations = part.citations ?? [];
    else if (part.type === "error") throw new AppError("MODEL_ERROR", part.error ?? "The answer failed.");
  }
  answer = answer.trim();
  // Engines cite nothing exactly when the sources do not contain the answer.
  const found = citations.length > 0;
  if (flags.json) process.stdout.write(`${JSON.stringify({ answer, citations, found }, null, 2)}\n`);
  else process.stdout.write(`\n${citations.length ? `Sources: ${citations.map((c) => `#${c}`).join(", ")}` : ""}\n`);
  return 0;
}
