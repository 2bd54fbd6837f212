import type { Draft, DraftItem } from "@/lib/engine/draft-types";
import { bulletList, heading, link, paragraph, text, type RichNode } from "@/lib/text/rich-doc";

/**
 * A draft from meetings as an editable document: title, greeting, one heading per section with its
 * items as a list, and after each item links to the transcript lines it came from ([#12] opens the
 * meeting at that line), so every fact keeps its source in the editor and in the exports.
 */
export function draftToRichDoc(draft: Draft, lineHref: (source: string, segment: number) => string | null): RichNode {
  const multi = draft.sources.length > 1;
  const cite = (item: DraftItem): RichNode[] =>
    item.citations.flatMap((c) => {
      const href = lineHref(item.source, c);
      const label = multi ? `[${item.source} #${c}]` : `[#${c}]`;
      return href ? [text(" "), link(label, href)] : [];
    });
  const prose = (body: string) =>
    body
      .split(/\n+/)
      .filter((l) => l.trim())
      .map((l) => paragraph(text(l)));
  const content: RichNode[] = [heading(1, draft.title)];
  if (draft.opening) content.push(...prose(draft.opening));
  for (const s of draft.sections) {
    content.push(heading(2, s.heading));
    if (s.items.length) content.push(bulletList(s.items.map((i) => [text(i.text), ...cite(i)])));
    else content.push(paragraph(text(s.empty ?? "")));
  }
  if (draft.closing) content.push(...prose(draft.closing));
  return { type: "doc", content };
}
