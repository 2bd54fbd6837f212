import { describe, expect, it } from "vitest";
import { retrievalIndex } from "@/lib/engine/local/retrieval-cache";
import { answerLocal } from "@/lib/engine/local";
import type { ParsedDoc } from "@/lib/ingest/types";

const doc = (lines: string[]): ParsedDoc => ({
  kind: "document",
  title: "t",
  lang: "en",
  speakers: [],
  format: "txt",
  segments: lines.map((text, index) => ({ index, text })),
});

describe("local retrieval index cache", () => {
  it("reuses the index for a copy with the same lines and builds a new one when a line changes", () => {
    const a = doc(["The budget is forty thousand dollars.", "The launch is on Friday."]);
    const first = retrievalIndex(a);
    expect(retrievalIndex(structuredClone(a))).toBe(first);
    const edited = structuredClone(a);
    edited.segments[1].text = "The launch is on Monday.";
    expect(retrievalIndex(edited)).not.toBe(first);
    // Answers come from the lines of the document asked, not a cached neighbour's.
    expect(answerLocal("When is the launch?", edited).answer).toContain("Monday");
    expect(answerLocal("When is the launch?", a).answer).toContain("Friday");
  });
});
