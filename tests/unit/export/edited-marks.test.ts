import { describe, expect, it } from "vitest";
import { minutesToDocx } from "@/lib/export/docx";
import { minutesToMarkdown } from "@/lib/export/markdown";
import type { MinutesInput } from "@/lib/export/types";
import { chineseMinutes, englishMinutes } from "./fixtures";
import { elementTexts, unzipText } from "@/tests/support/ooxml";

/** The fixtures with their first summary point and first decision edited by a person. */
function edited(m: MinutesInput): MinutesInput {
  return {
    ...m,
    summary: m.summary.map((p, i) => (i === 0 ? { ...p, edited: true } : p)),
    decisions: m.decisions.map((d, i) => (i === 0 ? { ...d, edited: true } : d)),
  };
}

describe("exports say which items a person edited", () => {
  it("Markdown marks exactly the edited items, after their sources", () => {
    const md = minutesToMarkdown(edited(englishMinutes));
    const first = englishMinutes.summary[0].text;
    expect(md.split("\n").find((l) => l.includes(first))).toMatch(/\(edited\)$/);
    expect(md.match(/\(edited\)/g)).toHaveLength(2);
    expect(minutesToMarkdown(englishMinutes)).not.toContain("(edited)");
  });

  it("DOCX marks them too, in the document's language", async () => {
    const doc = unzipText(await minutesToDocx(edited(chineseMinutes)))["word/document.xml"];
    const paragraphs = elementTexts(doc, "w:p", "w:t");
    expect(paragraphs.filter((p) => p.endsWith("（已编辑）"))).toHaveLength(2);
    expect(paragraphs.find((p) => p.startsWith(chineseMinutes.summary[0].text))).toMatch(/（已编辑）$/);
  });
});
