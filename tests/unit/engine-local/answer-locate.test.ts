import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

// Meetings written for these tests, not taken from the corpus.
const filler: Array<[string, string]> = Array.from({ length: 12 }, (_, i) => [
  i % 2 ? "Marketing" : "Project Manager",
  `We went through item ${i + 1} of the agenda and the schedule for the week ahead.`,
]);
const doc = turnsMeeting([
  ...filler,
  ["Project Manager", "For the materials of the television remote, I think rubber is too soft for the case."],
  ["Industrial Designer", "In my presentation: plastic is cheaper, and the titanium look costs extra in production."],
  ["Marketing", "The remote should be easy to use, with few buttons, so older people can handle it."],
  ...filler,
]);

const ask = (q: string) => answerLocal(q, doc);

describe("locating answers when the question's focus words are not said", () => {
  it("'… when discussing X' with a focus nobody says is located by X", async () => {
    const a = await ask("What did the Project Manager elaborate on when discussing the materials of the television remote?");
    expect(a.citations).toContain(12);
  });
  it("a participant named in the question counts as a word of this meeting", async () => {
    const a = await ask("What questions did team members raise concerning the Industrial Designer's presentation?");
    expect(a.citations.length).toBeGreaterThan(0);
  });
  it("'ease of use' finds 'easy to use'", async () => {
    const a = await ask("What did Marketing think of the ease of use?");
    expect(a.citations).toContain(14);
  });
  it("an absent topic is still not found", async () => {
    const a = await ask("What was decided about moving the office to Berlin?");
    expect(a.citations).toEqual([]);
    const b = await ask("What did the Industrial Designer say about the ski trip?");
    expect(b.citations).toEqual([]);
  });
});
