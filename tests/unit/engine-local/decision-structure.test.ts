import { describe, expect, it } from "vitest";
import { extractCommitments } from "@/lib/engine/local/actions";
import { cleanSpoken } from "@/lib/text/spoken";
import type { Segment } from "@/lib/ingest/types";

// Sentences written for these tests, not taken from the corpus.
function decisions(turns: Array<[string, string]>) {
  const segments: Segment[] = turns.map(([speaker, text], index) => ({ index, speaker, text }));
  return extractCommitments(segments, [...new Set(turns.map((t) => t[0]))], "2024-05-08").decisions;
}

describe("decisions from the structure of the exchange", () => {
  it("a choice asked of the room and assented to is a decision; unanswered or refused it is not", () => {
    const d = decisions([
      ["Lena", "So for the charger, are we going for the magnetic one?"],
      ["Omar", "Yeah, I think so."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/magnetic one/);
    expect(d[0].citations).toEqual([0, 1]);
    expect(
      decisions([
        ["Lena", "So for the charger, are we going for the magnetic one?"],
        ["Omar", "No, it's too expensive."],
      ]),
    ).toEqual([]);
    expect(decisions([["Lena", "So for the charger, are we going for the magnetic one?"]])).toEqual([]);
    expect(
      decisions([
        ["周凯", "那我们就用新模板吗？"],
        ["刘洋", "可以。"],
      ]),
    ).toHaveLength(1);
  });

  it("dropping an option is a decision; 'if at all possible' is no hedge", () => {
    expect(decisions([["Lena", "Okay, so then we forget the ball shape."]])).toHaveLength(1);
    expect(decisions([["Lena", "So the consensus seems to be use solar power if it's at all possible."]])).toHaveLength(1);
    expect(decisions([["Lena", "So the consensus seems to be use solar power if the budget allows."]])).toEqual([]);
  });

  it("the group as subject still states a resolution, unless it sets a deadline", () => {
    expect(decisions([["Lena", "We must keep in mind that the selling price will be twenty euros."]])).toHaveLength(1);
    expect(decisions([["Lena", "We must keep in mind that the selling price will be twenty euros by Friday."]])).toEqual([]);
  });
});

describe("spoken restarts", () => {
  it("a cut-off start of the next word is dropped; short real words stay", () => {
    expect(cleanSpoken("Okay, we s skip the display.")).toBe("We skip the display.");
    expect(cleanSpoken("we will be fle flexible")).toBe("We will be flexible");
    expect(cleanSpoken("go to town")).toBe("Go to town");
    expect(cleanSpoken("it is a an apple")).toBe("It is a an apple");
    expect(cleanSpoken("we go going")).toBe("We go going");
  });
});
