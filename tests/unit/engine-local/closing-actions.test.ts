import { describe, expect, it } from "vitest";
import { extractCommitments } from "@/lib/engine/local/actions";
import { closingStart } from "@/lib/engine/local/commitments/closing";
import type { Segment } from "@/lib/ingest/types";

// Meetings written for these tests, not taken from the corpus.
const ROLES = ["Project Manager", "Marketing", "User Interface", "Industrial Designer"];
const talk = (n: number): Array<[string, string]> =>
  Array.from({ length: n }, (_, i) => [ROLES[i % 4], `The case colour we looked at in round ${i + 1} felt a bit too dark for younger users.`]);
function todos(turns: Array<[string, string]>) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, ROLES, "2024-05-08").todos;
}

describe("the closing part of a meeting: individual actions handed out without commitment verbs", () => {
  it("starts at a closing cue in the second half, else in the last tenth; never in a short exchange", () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i === 30 ? "Okay, the next meeting starts in thirty minutes." : "We talked about the buttons."));
    expect(closingStart(texts)).toBe(30);
    expect(closingStart(texts.map((t, i) => (i === 30 ? "We talked about the buttons." : t)))).toBe(36);
    // A cue in the first half is an agenda, not the close.
    expect(closingStart(texts.map((t, i) => (i === 30 ? t : i === 5 ? "Before the next meeting we need a plan." : t)).map((t, i) => (i === 30 ? "x" : t)))).toBe(36);
    expect(closingStart(["Next meeting tomorrow.", "Mark gets the interface design."])).toBe(Infinity);
  });

  it("'X gets Y', 'Y is for X', 'X the Y, and Z the W' and an addressed imperative are to-dos there", () => {
    const t = todos([
      ...talk(29),
      ["Project Manager", "That was a good point from Mark and from Sammy."],
      ["Project Manager", "Okay, so the next meeting is in thirty minutes. Mark the user interface design, and Sammy the product evaluation."],
      ["Project Manager", "The look and feel design is for Industrial Designer."],
      ["Project Manager", "And you, well, think about the user requirements, eh?"],
      ["Project Manager", "Further instructions will be sent to you by email."],
    ]);
    const by = (w: string) => t.find((x) => x.text.toLowerCase().includes(w));
    expect(by("user interface design")).toMatchObject({ owner: "Mark", citations: [30] });
    expect(by("product evaluation")).toMatchObject({ owner: "Sammy", citations: [30] });
    expect(by("look and feel")).toMatchObject({ owner: "Industrial Designer", citations: [31] });
    expect(by("user requirements")?.citations).toEqual([32]);
    expect(by("instructions")?.text).toBe("Receive further instructions by email");
  });

  it("the same shapes mid-meeting, or a question, past work and product talk at the close, are no to-dos", () => {
    expect(todos([["Project Manager", "The look and feel design is for Industrial Designer."], ...talk(30)])).toEqual([]);
    const t = todos([
      ...talk(30),
      ["Marketing", "So the user gets the menu on the screen?"],
      ["Project Manager", "Last time the prototype was for Marketing already."],
      ["Project Manager", "Nobody gets the point of the scroll wheel."],
    ]);
    expect(t).toEqual([]);
  });
});
