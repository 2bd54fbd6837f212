import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

// Meetings written for these tests, not taken from the corpus.
const filler = (n: number, from: number): Array<[string, string]> =>
  Array.from({ length: n }, (_, i) => [i % 2 ? "Marketing" : "Project Manager", `We went through item ${from + i} of the agenda and the schedule for the week ahead.`]);

// The battery comes up twice, 30 turns apart; the second time the designer gives the actual figure.
const doc = turnsMeeting([
  ...filler(6, 1),
  ["Project Manager", "The battery of the remote is something we should look at later."],
  ["Marketing", "Yes, the battery matters to users who hate replacing it."],
  ...filler(30, 7),
  ["Industrial Designer", "The battery of the remote lasts about two years with the kinetic charger."],
  ...filler(6, 37),
]);

describe("pointed answers quote a second region that matches nearly as well", () => {
  it("cites both discussions of the battery, each as a verbatim line", async () => {
    const a = await answerLocal("What was said about the battery of the remote?", doc);
    expect(a.found).toBe(true);
    expect(a.citations.some((c) => c <= 7)).toBe(true);
    expect(a.citations).toContain(38);
    expect(a.answer).toContain("lasts about two years with the kinetic charger");
  });
  it("a question about one person quotes that person in both regions", async () => {
    // The designer speaks of it twice, 30 turns apart: both of the designer's lines are quoted.
    const two = turnsMeeting([
      ...filler(6, 1),
      ["Industrial Designer", "The kinetic battery is what I would pick, a kinetic battery lasts."],
      ...filler(30, 8),
      ["Marketing", "A kinetic battery, yes, users love a kinetic battery in a remote."],
      ["Industrial Designer", "The battery could be kinetic, I looked into it."],
      ...filler(6, 40),
    ]);
    const a = await answerLocal("What did the Industrial Designer think about the kinetic battery?", two);
    expect(a.citations).toContain(6);
    expect(a.citations).toContain(38);
  });
  it("an absent topic is still not found", async () => {
    const a = await answerLocal("What was decided about moving the office to Berlin?", doc);
    expect(a.citations).toEqual([]);
  });
});
