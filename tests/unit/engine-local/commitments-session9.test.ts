import { describe, expect, it } from "vitest";
import { roleDecisions, roleTodos, talk } from "./commitments-fixtures";
import { closingStart } from "@/lib/engine/local/commitments/closing";

// Sentences and meetings written for these tests (session 9), not taken from any corpus.
const todos = roleTodos;
const decisions = roleDecisions;

describe("an attempt promised is the speaker's work", () => {
  it("'I'll see if I can …' commits, like 'I'll try to …'", () => {
    const t = todos([["Project Manager", "I'll see if I can get hold of the strap samples for the next meeting."]]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Project Manager" });
    expect(t[0].text).toMatch(/strap samples/);
  });
  it("a hedge, or seeing something in the room, does not", () => {
    expect(todos([["Project Manager", "I'll order the samples if I can."]])).toEqual([]);
    expect(todos([["Project Manager", "I'll see you all after lunch."]])).toEqual([]);
    expect(todos([["Project Manager", "Let me see if I can find the slide."]])).toEqual([]);
  });
});

describe("the closing part", () => {
  it("opens at the chair's last call for comments", () => {
    const turns = [...talk(30), ["Project Manager", "Okay. Any last comments before we stop?"] as [string, string], ...talk(6)];
    expect(closingStart(turns.map((t) => t[1]))).toBe(30);
    // Asked early on, it is no closing.
    expect(closingStart([["Project Manager", "Any last comments on the agenda?"] as [string, string], ...talk(35)].map((t) => t[1]))).toBe(32);
  });
  it("a duty stated there with 'should' and an investigating verb is the speaker's to-do", () => {
    const t = todos([...talk(30), ["Project Manager", "Any last comments?"], ["Industrial Designer", "So I should just look at the speaker and the battery."]]);
    expect(t.map((x) => [x.owner, x.text])).toEqual([["Industrial Designer", "Look at the speaker and the battery"]]);
    // Said mid-meeting it is design talk.
    expect(todos([["Industrial Designer", "So I should just look at the speaker and the battery."], ...talk(30)])).toEqual([]);
  });
  it("the chair's softened imperative hands out work: 'you can have a look at …'", () => {
    const t = todos([...talk(30), ["Project Manager", "Any last comments?"], ["Project Manager", "So you can have a look at our other watches and see if they share a style."]]);
    expect(t).toHaveLength(1);
    expect(t[0].text).toMatch(/^Have a look at our other watches/);
    // Generic "you" with a verb of no work is not a hand-out.
    expect(todos([...talk(30), ["Project Manager", "Any last comments?"], ["Project Manager", "You can see it on the screen."]])).toEqual([]);
  });
});

describe("the product checked against its budget", () => {
  it("is one decision however often it is said, citing every statement, worded by the last", () => {
    const d = decisions([
      ["Project Manager", "So that takes off the second sensor. Now we're under budget."],
      ["Marketing", "The strap is leather, that's two more."],
      ["Project Manager", "Well, it's still within budget."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].citations).toEqual([0, 2]);
    expect(d[0].text).toMatch(/still within budget/);
  });
  it("a question, a hedge or a condition is no verdict", () => {
    expect(decisions([["Project Manager", "Are we within budget?"]])).toEqual([]);
    expect(decisions([["Project Manager", "Maybe we're under budget now."]])).toEqual([]);
    expect(decisions([["Project Manager", "If we drop the screen it's within budget."]])).toEqual([]);
    expect(decisions([["Project Manager", "We went way over budget on the last project."]])).toEqual([]);
  });
});

describe("the future progressive of work, and a role introduced", () => {
  it("'I'll be putting the minutes in the folder' is the speaker's work", () => {
    const t = todos([["Project Manager", "So I'll be putting the minutes of this meeting into the shared folder."]]);
    expect(t).toHaveLength(1);
    expect(t[0].owner).toBe("Project Manager");
    // Being somewhere, or next, is no work.
    expect(todos([["Project Manager", "I'll be next, then Marketing."]])).toEqual([]);
  });
  it("a speaker introducing their role describes the job: no to-do", () => {
    expect(todos([["Marketing", "I will be the Marketing Expert, and I'll be doing research on what users want."]])).toEqual([]);
    expect(todos([["Industrial Designer", "My role is the inside of the watch, so I'll be looking into the chips."]])).toEqual([]);
    // The same commitment without the introduction is one.
    expect(todos([["Marketing", "After lunch I'll be doing research on what users want."]])).toHaveLength(1);
  });
});

describe("'not already' marks no past work", () => {
  it("a request whose condition says the work is not done yet stands", () => {
    const t = todos([
      ["Project Manager", "Can you put all these reports in the shared folder if they're not already in there?"],
      ["Marketing", "Yeah, sure."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0].owner).toBe("Marketing");
    // Work already done is no to-do.
    expect(todos([["Marketing", "I've already put the reports in the shared folder."]])).toEqual([]);
  });
});

describe("a choice proposed with 'we should go with / for'", () => {
  it("is a decision once someone agrees", () => {
    const d = decisions([
      ["Project Manager", "I think, we should just go with the simplest strap on everything."],
      ["Marketing", "Yeah, agreed."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].text).toMatch(/simplest strap/);
  });
  it("unanswered, or turned down, it is not", () => {
    expect(decisions([["Project Manager", "We should go with the leather strap."]])).toEqual([]);
    expect(
      decisions([
        ["Project Manager", "We should go with the leather strap."],
        ["Marketing", "No, that's far too expensive."],
      ]),
    ).toEqual([]);
  });
  it("'we're gonna scratch X' drops it from the design", () => {
    expect(decisions([["Project Manager", "So we're gonna scratch the speech recognition."]])[0]?.text).toMatch(/scratch the speech recognition/);
  });
});
