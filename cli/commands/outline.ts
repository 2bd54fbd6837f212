/**
 * `jiyao outline <file> [--json|--opml]`
 * The outline tree (parts → chapters → sections → key points, each citing its segments) as JSON,
 * OPML, or Markdown by default.
 */
import { AppError } from "@/lib/errors";
import { loadFile, parseArgs } from "@/lib/eval/pipeline";
import { localOutline } from "@/lib/engine/local/book-outline";
import { outlineToMarkdown, outlineToOpml } from "@/lib/export/outline";

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, []);
  const file = positional[0];
  if (!file) throw new AppError("INVALID_INPUT", "usage: jiyao outline <file> [--json|--opml]");
  const { doc } = await loadFile(file);
  const tree = localOutline(doc);
  const out = flags.json ? JSON.stringify(tree, null, 2) : flags.opml ? outlineToOpml(tree) : outlineToMarkdown(tree);
  process.stdout.write(`${out}\n`);
  return 0;
}
