import { describe, expect, it } from "vitest";
import { talk, roleDecisions } from "./commitments-fixtures";

// Sentences and meetings written for these tests (session 8), not taken from any corpus.
const decisions = roleDecisions;
const texts = (turns: Array<[string, string]>) => decisions(turns).map((d) => d.text);

const shown: Array<[string, string]> = [
  ["Industrial Designer", "This is it. And the strap is brown leather."],
  ["User Interface", "And there's a little dial on the side."],
  ["Project Manager", "That's great."],
  ["User Interface", "It's really nice."],
  ["Marketing", "I think the buckle is too big."],
  ["Industrial Designer", "Is the dial made of steel?"],
];

describe("a prototype presented to the meeting states the design settled on", () => {
  it("what the presenters say the object is or has, inside the presentation part, is a decision", () => {
    const got = texts([["Project Manager", "Okay, so now I ask you to present the prototype."], ...shown, ...talk(20)]);
    expect(got.some((t) => /brown leather/.test(t))).toBe(true);
    expect(got.some((t) => /little dial on the side/.test(t))).toBe(true);
  });
  it("judgements, opinions and questions inside the part are not", () => {
    const got = texts([["Project Manager", "Okay, we've got a prototype here, let's see."], ...shown, ...talk(20)]);
    expect(got.some((t) => /great|nice|buckle|steel/.test(t))).toBe(false);
    expect(got.some((t) => /^This is it/.test(t))).toBe(false);
  });
  it("the same descriptions without a prototype brought in are no decisions", () => {
    expect(texts([["Project Manager", "Okay, so let's talk about watches."], ...shown, ...talk(20)])).toEqual([]);
  });
  it("a prototype named late in the meeting (the work plan) opens no presentation part", () => {
    expect(texts([...talk(20), ["Project Manager", "Next time you present the prototype."], ...shown])).toEqual([]);
  });
  it("once the meeting moves on to evaluating it, descriptions are talk again", () => {
    const got = texts([["Project Manager", "Please show us your prototype."], ["Marketing", "First the evaluation criteria."], ...shown, ...talk(20)]);
    expect(got).toEqual([]);
  });
});
