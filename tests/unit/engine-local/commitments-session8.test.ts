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

describe("the chair summing up a course settles it", () => {
  const opening: Array<[string, string]> = [
    ["Project Manager", "Good morning everyone, today we look at the strap, the buckle and the dial, and then we plan the next round of work together."],
  ];
  const at = (speaker: string, text: string) => texts([...opening, ...talk(12), [speaker, text], ...talk(12)]);
  it("'so (maybe / I guess) have X', 'so the X would be Y' from the chair is a decision", () => {
    expect(at("Project Manager", "Okay, so maybe have one strap in leather and another one in rubber.").some((t) => /^Have one strap in leather/.test(t))).toBe(true);
    expect(at("Project Manager", "So I guess the buckle would be steel, with a matt finish.").some((t) => /buckle would be steel/.test(t))).toBe(true);
  });
  it("the same words from another speaker, a question, a cut-off or the meeting's own course are not", () => {
    expect(at("Marketing", "Okay, so maybe have one strap in leather and another one in rubber.")).toEqual([]);
    expect(at("Project Manager", "So the buckle would be steel?")).toEqual([]);
    expect(at("Project Manager", "So the buckle would be like, or")).toEqual([]);
    expect(at("Project Manager", "So we'll have another meeting after lunch.")).toEqual([]);
  });
  it("a meeting of a few turns has no chair reading", () => {
    expect(texts([...opening, ["Project Manager", "So I guess the buckle would be steel."]])).toEqual([]);
  });
});

describe("the chair noting an option back settles it (second pass)", () => {
  const opening: Array<[string, string]> = [
    ["Project Manager", "Good morning everyone, today we look at the strap, the buckle and the dial, and then we plan the next round of work together."],
  ];
  const meeting = (...mid: Array<[string, string]>) => decisions([...opening, ...talk(12), ...mid, ...talk(12)]);
  const proposal: [string, string] = ["Marketing", "I'd like the buckle in brushed steel, it wears well."];
  it("a bare phrase from the chair, next to an acknowledgement, echoing the turn before, is a decision citing both", () => {
    const got = meeting(proposal, ["Project Manager", "Brushed steel. Okay."]);
    const note = got.find((d) => d.text === "Brushed steel");
    expect(note?.citations).toEqual([13, 14]);
    expect(meeting(proposal, ["Industrial Designer", "Yeah."], ["Project Manager", "Okay. Brushed steel."]).some((d) => d.text === "Brushed steel")).toBe(true);
  });
  it("not from someone else, not unechoed, not without an acknowledgement, not as a question", () => {
    const none = (...mid: Array<[string, string]>) => meeting(...mid).filter((d) => /steel|titanium/i.test(d.text));
    expect(none(proposal, ["Industrial Designer", "Brushed steel. Okay."])).toEqual([]);
    expect(none(proposal, ["Project Manager", "Titanium. Okay."])).toEqual([]);
    expect(none(proposal, ["Project Manager", "Brushed steel."])).toEqual([]);
    expect(none(proposal, ["Project Manager", "Brushed steel? Okay."])).toEqual([]);
  });
  it("a judgement, a score, a name or a cut-off phrase is no note", () => {
    const rated: [string, string] = ["Marketing", "I'd give the buckle three, it's a good idea and too expensive."];
    for (const said of ["Good idea. Okay.", "Three. Okay.", "Too expensive. Okay.", "The buckle in. Okay."]) expect(meeting(rated, ["Project Manager", said])).toEqual([]);
  });
  it("the opening (the agenda) holds no notes", () => {
    const got = decisions([...opening, ["Marketing", "We will talk about the steel buckle today, and the strap."], ["Project Manager", "Steel buckle. Okay."], ...talk(24)]);
    expect(got).toEqual([]);
  });
  it("the chair is who most of their habits point to, not only who talks most at the start", () => {
    // The designer presents at length first; the manager opened the meeting, takes most turns and asks the questions.
    const turns: Array<[string, string]> = [
      ["Project Manager", "Okay, let's start, the designer shows the new strap first."],
      [
        "Industrial Designer",
        "So this strap is made of woven nylon with a leather lining, it comes in three widths, and the buckle sits flush with the band so it does not catch on sleeves.",
      ],
      ...talk(8),
      ["Project Manager", "What do you all think of the nylon?"],
      ["Marketing", "Woven nylon feels cheap, I'd like the buckle in brushed steel."],
      ["Project Manager", "Brushed steel. Okay."],
      ["Project Manager", "Any other thoughts on the width?"],
      ...talk(10),
    ];
    expect(decisions(turns).some((d) => d.text === "Brushed steel")).toBe(true);
  });
});
