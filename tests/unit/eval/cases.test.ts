import { describe, expect, it } from "vitest";
import { EvalCaseSchema, renderCase } from "@/lib/eval/cases";
import { alignSegmentsToTurns, segmentTurns, turnsToSegments } from "@/lib/eval/align";
import { firstSentenceOutline, outlineText } from "@/lib/eval/run";
import { buildReport } from "@/lib/eval/report";

const meeting = EvalCaseSchema.parse({
  id: "qmsum/x",
  lang: "en",
  kind: "meeting",
  transcript: [
    { speaker: "A", text: "Hello\nthere ." },
    { speaker: "B", text: "" },
    { speaker: "A", text: "We ship Friday ." },
  ],
});

describe("case rendering", () => {
  it("renders one Speaker: text line per turn", () => {
    expect(renderCase(meeting)).toEqual({ fileName: "qmsum_x.txt", text: "A: Hello there .\nB: \nA: We ship Friday .\n" });
  });
  it("renders documents as Markdown with title, abstract and sections", () => {
    const doc = EvalCaseSchema.parse({
      id: "sciduet/1",
      lang: "en",
      kind: "document",
      document: { title: "T", abstract: "Abs.", sections: [{ heading: "Intro", text: "First. Second." }] },
    });
    expect(renderCase(doc).text).toBe("# T\n\nAbs.\n\n## Intro\n\nFirst. Second.\n");
    expect(firstSentenceOutline(doc)).toEqual([{ title: "Intro", bullets: ["First."] }]);
    expect(outlineText([{ title: "a", bullets: ["b", "c"] }])).toBe("a\nb\nc");
  });
});

describe("segment ↔ turn alignment", () => {
  it("is the identity when counts match and skips a dropped empty turn otherwise", () => {
    const turns = meeting.transcript!;
    expect(
      alignSegmentsToTurns(
        [0, 1, 2].map((i) => ({ index: i, text: turns[i].text })),
        turns,
      ),
    ).toEqual([0, 1, 2]);
    const map = alignSegmentsToTurns(
      [
        { index: 0, text: "Hello there ." },
        { index: 1, text: "We ship Friday ." },
      ],
      turns,
    );
    expect(map).toEqual([0, 2]);
    expect(turnsToSegments(map, 1, 2)).toEqual({ start: 1, end: 1 });
    // Segment 0 stands for turns 0–1 when the parser folded the empty turn into it.
    expect(segmentTurns(map, 0, 3)).toEqual([0, 1]);
    expect(segmentTurns(map, 1, 3)).toEqual([2]);
  });

  it("does not drift onto a later backchannel, and keeps a split turn's second line on that turn", () => {
    const turns = [
      { speaker: "A", text: "We should test the parser ." },
      { speaker: "B", text: "" },
      { speaker: "A", text: "Mm - hmm ." },
      { speaker: "B", text: "The gold span starts here ." },
      { speaker: "A", text: "Mm - hmm ." },
      { speaker: "B", text: "It ends here . And the second line of this turn." },
      { speaker: "B", text: "" },
      { speaker: "A", text: "Done ." },
    ];
    const seg = (index: number, speaker: string, text: string) => ({ index, speaker, text });
    // Turns 1 and 6 are dropped (empty); the parser split turn 5 in two lines.
    const map = alignSegmentsToTurns(
      [
        seg(0, "A", "We should test the parser ."),
        seg(1, "A", "Mm - hmm ."),
        seg(2, "B", "The gold span starts here ."),
        seg(3, "A", "Mm - hmm ."),
        seg(4, "B", "It ends here ."),
        seg(5, "", "And the second line of this turn."),
        seg(6, "A", "Done ."),
      ],
      turns,
    );
    expect(map).toEqual([0, 2, 3, 4, 5, 5, 7]);
    expect(segmentTurns(map, 3, 8)).toEqual([4]);
  });
});

describe("report", () => {
  it("averages per task and computes the gold-span hit share", () => {
    const base = { ms: 1, lang: "en", prediction: { id: "", summary: "", queries: [], sections: [], outline: [], todos: [], decisions: [] }, sections: [] };
    const rows = buildReport([
      { ...base, id: "q/1", corpus: "q", summary: { en: { r1: 10, r2: 2, rl: 8 } }, queries: [{ kind: "specific", scores: { en: { r1: 30, r2: 5, rl: 20 } }, hit: true }] },
      { ...base, id: "q/2", corpus: "q", summary: { en: { r1: 20, r2: 4, rl: 12 } }, queries: [{ kind: "specific", scores: { en: { r1: 10, r2: 1, rl: 10 } }, hit: false }] },
    ]);
    expect(rows.find((r) => r.task === "summary")).toMatchObject({ n: 2, r1: 15, r2: 3, rl: 10 });
    expect(rows.find((r) => r.task.startsWith("specific queries citing"))!.value).toBe(50);
  });
});
