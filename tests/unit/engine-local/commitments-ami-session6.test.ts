import { describe, expect, it } from "vitest";
import { notAResolution } from "@/lib/engine/local/commitments/resolution";
import { talk, runCommitments, roleTodos, roleDecisions } from "./commitments-fixtures";

// Sentences and meetings written for these tests (session 6), not taken from any corpus.

describe("design resolutions: what a stated plan is not", () => {
  it("talk about the meeting itself is no resolution", () => {
    expect(notAResolution("We will wait for Priya a few minutes.")).toBe(true);
    expect(notAResolution("We'll have another meeting in thirty minutes.")).toBe(true);
    expect(notAResolution("We're gonna brainstorm about the shape first.")).toBe(true);
    expect(notAResolution("We're going to have a rubber strap.")).toBe(false);
  });
  it("an indirect question or a clause cut off at its verb is no resolution", () => {
    expect(notAResolution("How it will be charged.")).toBe(true);
    expect(notAResolution("What it's gonna look like.")).toBe(true);
    expect(notAResolution("It has to be")).toBe(true);
    expect(notAResolution("The strap would be")).toBe(true);
    expect(notAResolution("What we'll do is, we will use the simple sensor.")).toBe(false);
    expect(notAResolution("The strap will be leather.")).toBe(false);
  });
  it("a judgement of what an option would be like is no resolution", () => {
    expect(notAResolution("It would be easier on the wrist.")).toBe(true);
    expect(notAResolution("I think it will be too expensive.")).toBe(true);
    expect(notAResolution("The strap will be made of leather.")).toBe(false);
  });
  it("such statements make no decision, a stated plan does", () => {
    expect(roleDecisions([["Project Manager", "We will wait for Priya a few minutes."]])).toEqual([]);
    expect(roleDecisions([["Project Manager", "It would be easier on the wrist."]])).toEqual([]);
    expect(roleDecisions([["Project Manager", "We're going to have a rubber strap."]])).toHaveLength(1);
  });
});

describe("decisions the group reports or marks as in or out", () => {
  it("'we (have) already decided / determined / come to an agreement' states a decision", () => {
    expect(roleDecisions([["Project Manager", "So we already decided that solar would be the power source."]])[0]?.text).toMatch(/solar/);
    expect(roleDecisions([["Industrial Designer", "The steel clasp is what we've determined, and we've come to some agreement on the strap."]]).length).toBeGreaterThan(0);
    // A deferral is still never one.
    expect(roleDecisions([["Project Manager", "We haven't decided on the clasp yet."]])).toEqual([]);
  });
  it("'the X are in / not / gone' settles what is in the product; a place or a pronoun subject does not", () => {
    expect(roleDecisions([["Project Manager", "Okay. So the alarms are in it. The voice control is not."]])).toHaveLength(1);
    expect(roleDecisions([["Project Manager", "Backlight is gone."]])).toHaveLength(1);
    expect(roleDecisions([["Project Manager", "The buttons are in the middle of the face."]])).toEqual([]);
    expect(roleDecisions([["User Interface", "My battery is gone."]])).toEqual([]);
    expect(roleDecisions([["User Interface", "It is gone."]])).toEqual([]);
  });
});

describe("a possibility floated ('we could…') needs real agreement", () => {
  it("a backchannel or a short non-committal reply settles nothing", () => {
    expect(
      roleDecisions([
        ["Industrial Designer", "We could do the strap in leather instead of rubber."],
        ["User Interface", "Mm-hmm."],
      ]),
    ).toEqual([]);
    expect(
      roleDecisions([
        ["Industrial Designer", "We could do the strap in leather instead of rubber."],
        ["User Interface", "That is possible too."],
      ]),
    ).toEqual([]);
  });
  it("an assent word does, and a proposal made as one takes any short assent", () => {
    expect(
      roleDecisions([
        ["Industrial Designer", "We could do the strap in leather instead of rubber."],
        ["Project Manager", "Yeah, agreed."],
      ]),
    ).toHaveLength(1);
    expect(
      roleDecisions([
        ["Industrial Designer", "I suggest we do the strap in leather instead of rubber."],
        ["Project Manager", "Leather then."],
      ]),
    ).toHaveLength(1);
  });
});

describe("duties stated at the close of a meeting", () => {
  it("'I have to write…' and 'we still have to make…' are to-dos in the closing part", () => {
    const t = roleTodos([
      ...talk(30),
      ["Project Manager", "Well, in closing, I have to write the final report for the board."],
      ["Marketing", "And it is a bit late, but we still have to fill in the evaluation forms and all those things."],
    ]);
    expect(t.find((x) => x.citations.includes(30))).toMatchObject({ owner: "Project Manager" });
    expect(t.find((x) => x.citations.includes(30))?.text).toMatch(/^Write the final report/);
    expect(t.find((x) => x.citations.includes(31))).toMatchObject({ owner: null, text: "Fill in the evaluation forms" });
  });
  it("the scheduled present counts there ('now I write the final report')", () => {
    const t = roleTodos([...talk(30), ["Project Manager", "Okay, in closing: apparently now I write the final report."]]);
    expect(t.find((x) => x.citations.includes(30))).toMatchObject({ owner: "Project Manager", text: "Write the final report" });
  });
  it("the meeting's own talk and the same words mid-meeting are not", () => {
    expect(roleTodos([...talk(30), ["Project Manager", "In closing, we have to decide the colour next time."]])).toEqual([]);
    expect(roleTodos([...talk(30), ["Project Manager", "In closing, I have to go now."]])).toEqual([]);
    expect(roleTodos([["Project Manager", "I have to write the final report."], ...talk(30)])).toEqual([]);
  });
  it("'you'll find them in your email' at the close is a to-do for the listeners", () => {
    const t = roleTodos([...talk(30), ["Project Manager", "Next meeting after lunch. Your individual actions, you can find them in the email."]]);
    expect(t.find((x) => x.citations.includes(30))).toMatchObject({ owner: null, text: "Receive the instructions by email" });
  });
});

describe("'I'll try to…' commits; trying something out in the meeting does not", () => {
  it("a hedged commitment to later work is the speaker's to-do", () => {
    expect(roleTodos([["Marketing", "I'll try to forward the survey results to the team by Friday."]])[0]).toMatchObject({
      owner: "Marketing",
      due: "2024-05-10",
      text: "Forward the survey results to the team",
    });
  });
  it("trying the pen, or 'I'll try to explain', is an act in the meeting", () => {
    expect(roleTodos([["Marketing", "I'll try the pen on the board."]])).toEqual([]);
    expect(roleTodos([["Marketing", "I'll try to explain the chart quickly."]])).toEqual([]);
    expect(roleTodos([["Marketing", "I'll try and do it as quick as possible."]])).toEqual([]);
    expect(roleTodos([["Marketing", "I hope I'm going to send it to you by Friday."]])).toEqual([]);
  });
});

describe("owners are people, not ordinary words that open a sentence", () => {
  it("a capitalised word the meeting also uses in lower case is no name", () => {
    const t = runCommitments([
      ["Project Manager", "I think the foam is really spongy and soft."],
      ["Industrial Designer", "Spongy will need a harder shell around the chip by Friday."],
      ["Industrial Designer", "Always gets lost, the small one, and it will be fixed by Friday."],
    ]).todos;
    for (const x of t) expect(["Spongy", "Always"]).not.toContain(x.owner);
  });
  it("a name used as a name stays an owner", () => {
    const t = runCommitments([
      ["Project Manager", "I talked to Rosa about the strap."],
      ["Project Manager", "Rosa will send the strap samples by Friday."],
    ]).todos;
    expect(t[0]).toMatchObject({ owner: "Rosa", due: "2024-05-10" });
  });
});

describe("requirements stated for the product", () => {
  it("'we don't need X (anymore)', 'we won't use X', 'not necessary' settle what the product leaves out", () => {
    expect(roleDecisions([["Project Manager", "Everyone has a phone now, so we don't need the radio anymore."]])[0]?.text).toMatch(/radio/);
    expect(roleDecisions([["Project Manager", "We will not use a touch screen."]])).toHaveLength(1);
    // A pronoun object or an amount is a reaction or a state, not a requirement; "we don't have" describes.
    expect(roleDecisions([["Project Manager", "We don't want that."]])).toEqual([]);
    expect(roleDecisions([["Project Manager", "We don't need much time for this part."]])).toEqual([]);
    expect(roleDecisions([["Project Manager", "We don't have the samples in front of us."]])).toEqual([]);
  });
  it("'we have to use / keep / incorporate X' is a requirement; keeping something in mind is not", () => {
    expect(roleDecisions([["Project Manager", "It's sold abroad, so we have to use the standard plug."]])).toHaveLength(1);
    expect(roleDecisions([["Marketing", "We've gotta keep the company colours."]])).toHaveLength(1);
    expect(roleDecisions([["Marketing", "We have to keep the weight thing in mind."]])).toEqual([]);
    expect(roleDecisions([["Marketing", "I don't suppose we have to use the standard plug."]])).toEqual([]);
  });
});

describe("instructions the group will receive after the meeting", () => {
  it("sent by the coach, or 'you'll get the specifications', at the close", () => {
    const coach = roleTodos([...talk(30), ["Project Manager", "Next meeting in thirty minutes. Further instructions will be sent by your personal coaches."]]);
    expect(coach.find((x) => x.citations.includes(30))?.text).toBe("Receive further instructions from the coach");
    const spec = roleTodos([...talk(30), ["Project Manager", "In closing: I don't know what it means exactly, but you'll get the specifications."]]);
    expect(spec.find((x) => x.citations.includes(30))).toMatchObject({ owner: null, text: "Receive the specifications" });
  });
  it("not mid-meeting", () => {
    expect(roleTodos([["Project Manager", "You'll get the specifications."], ...talk(30)])).toEqual([]);
  });
});

// Office-style meetings on Wednesday 2024-05-08 (week Mon 05-06 … Sun 05-12).
