/** A long English sentence cut into units is shown whole in an answer, not as two sentences. */
import { describe, expect, it } from "vitest";
import { answerLocal } from "@/lib/engine/local";
import { turnsMeeting } from "./fixtures";

describe("answers quote a long sentence as the one sentence it was", () => {
  it("joins the pieces of a sentence cut at a comma, keeping the continuation's case", () => {
    const doc = turnsMeeting([
      ["Priya", "Okay, let's go through the pricing test first."],
      ["Tom", "Variant B, the one with annual billing shown first and the monthly price below it, lifted trial signups by about eleven percent, but paid conversion was flat."],
      ["Priya", "Good, and what about the webinar planning for next month?"],
    ]);
    const a = answerLocal("How much did variant B lift trial signups?", doc).answer;
    expect(a).toContain("the monthly price below it, lifted trial signups");
    expect(a).not.toMatch(/below it\. Lifted/);
  });
});
