/** A draft as Markdown: one citation marker per item (`[#12]`, or `[file #12]` when several files). */
import type { Draft, DraftItem } from "@/lib/engine/draft-types";

function marker(item: DraftItem, manyFiles: boolean): string {
  if (!item.citations.length) return manyFiles ? ` [${item.source}]` : "";
  const refs = item.citations.map((c) => `#${c}`).join(", ");
  return manyFiles ? ` [${item.source} ${refs}]` : ` [${refs}]`;
}

export function draftToMarkdown(draft: Draft): string {
  const many = draft.sources.length > 1;
  const out = [`# ${draft.title}`, ""];
  if (draft.opening) out.push(draft.opening, "");
  for (const s of draft.sections) {
    out.push(`## ${s.heading}`, "");
    if (!s.items.length) out.push(s.empty ?? "", "");
    else out.push(...s.items.map((i) => `- ${i.text}${marker(i, many)}`), "");
  }
  if (draft.closing) out.push(draft.closing, "");
  return `${out.join("\n").trimEnd()}\n`;
}
