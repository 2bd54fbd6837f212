/**
 * The local engine's items carry the raw sentences they came from as evidence; the citation check
 * (lib/engine/verify.ts) must find every one of them in the cited segments, so nothing the local
 * engine says is ever shown as unsourced.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { localEngine } from "@/lib/engine/local";
import { verifyAnalysisWithStats } from "@/lib/engine/verify";
import type { ParsedDoc } from "@/lib/ingest/types";
import { EN_MEETING, PAPER, ZH_MEETING } from "./fixtures";

const NOISY: ParsedDoc = {
  kind: "meeting",
  title: "noisy",
  lang: "en",
  speakers: ["PM", "UI"],
  format: "txt",
  segments: [
    { index: 0, speaker: "PM", text: "Um , so {vocalsound} we we decided to go with the the rubber case . Uh-huh ." },
    { index: 1, speaker: "UI", text: "Okay . I'll send the the design to everyone by Friday , you know , after the meeting ." },
    { index: 2, speaker: "PM", text: "Yeah . The L_C_D_ screen is too expensive for our budget of twelve Euros fifty ." },
    { index: 3, speaker: "UI", text: "嗯，那个，我们就是说下周一之前我来整理一下用户反馈。" },
  ],
};

/** A real transcript from the development corpus when present (it is not part of the repository). */
function corpusMeeting(id: string): ParsedDoc | null {
  const file = `/work/shared/corpus/${id}.json`;
  if (!existsSync(file)) return null;
  const c = JSON.parse(readFileSync(file, "utf8")) as { lang: "en" | "zh"; title: string; transcript: Array<{ speaker: string; text: string }> };
  const segments = c.transcript.map((t, index) => ({ index, speaker: t.speaker, text: t.text }));
  return { kind: "meeting", title: c.title, lang: c.lang, speakers: [...new Set(segments.map((s) => s.speaker))], segments, format: "txt" };
}

const DOCS: Array<[string, ParsedDoc | null]> = [
  ["English meeting", EN_MEETING],
  ["Chinese meeting", ZH_MEETING],
  ["paper", PAPER],
  ["noisy ASR", NOISY],
  ["qmsum/ES2002a", corpusMeeting("qmsum/ES2002a")],
  ["vcsum corpus meeting", corpusMeeting("vcsum/96")],
];

describe("verifyAnalysis(local output)", () => {
  for (const [name, doc] of DOCS) {
    it.skipIf(!doc)(`keeps every item verified: ${name}`, async () => {
      const a = await localEngine.analyze(doc!, []);
      const withEvidence = [...a.summary, ...a.topics, ...a.decisions, ...a.todos];
      for (const item of withEvidence) expect(item.evidence?.length ?? 0).toBeGreaterThan(0);
      const { analysis, stats } = verifyAnalysisWithStats(a, doc!);
      expect(stats.droppedCitations).toBe(0);
      const unverified = [...analysis.summary, ...analysis.topics, ...analysis.decisions, ...analysis.todos, ...analysis.outline.slides].filter((i) => !i.verified);
      expect(unverified).toEqual([]);
      expect(stats.verified).toBe(stats.items);
    });
  }

  it("flags evidence that is not in the cited segment", async () => {
    const a = await localEngine.analyze(EN_MEETING, []);
    const tampered = { ...a, summary: a.summary.map((p) => ({ ...p, evidence: ["The moon is made of cheese."] })) };
    const { analysis } = verifyAnalysisWithStats(tampered, EN_MEETING);
    expect(analysis.summary.every((p) => !p.verified)).toBe(true);
  });
});

describe("verifyAnalysis on a very long document", () => {
  it("checks a 500,000-line transcript's citations without overflowing the stack", () => {
    const segments = Array.from({ length: 500_000 }, (_, index) => ({ index, speaker: "A", text: `Line ${index} of the status report.` }));
    const doc: ParsedDoc = { kind: "meeting", title: "long", lang: "en", speakers: ["A"], format: "txt", segments };
    const analysis = {
      engine: "local" as const,
      model: null,
      lang: "en" as const,
      summary: [{ text: "Line 499999 of the status report.", citations: [499_999], verified: true, evidence: ["Line 499999 of the status report."] }],
      topics: [{ title: "All", summary: "", segmentStart: 0, segmentEnd: 600_000, citations: [0], verified: true }],
      decisions: [],
      todos: [],
      outline: { title: "long", slides: [] },
    };
    const { analysis: out } = verifyAnalysisWithStats(analysis as never, doc);
    expect(out.summary[0].verified).toBe(true);
    expect(out.topics[0].segmentEnd).toBe(499_999);
  });
});
