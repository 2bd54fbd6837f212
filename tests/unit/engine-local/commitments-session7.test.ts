import { describe, expect, it } from "vitest";
import { ROLES, talk, roleDecisions, roleTodos } from "./commitments-fixtures";
import { closingRoleHandOut } from "@/lib/engine/local/commitments/closing";
import { People } from "@/lib/engine/local/commitments/people";
import { cutOff, isRating } from "@/lib/engine/local/commitments/resolution";

// Sentences and meetings written for these tests (session 7), not taken from any corpus.
const todos = roleTodos;
const decisions = roleDecisions;
const one = (speaker: string, text: string) => decisions([[speaker, text]]);

describe("requirements handed to the group are decisions", () => {
  it("the objectives / requirements stated, and what the company wants, are adopted", () => {
    expect(one("Project Manager", "Some of the objectives are that the watch has to be light and waterproof.")[0]?.text).toMatch(/waterproof/);
    expect(one("Project Manager", "The new requirements say it only works with the phone app.")).toHaveLength(1);
    expect(one("Project Manager", "And the company wants the corporate logo on the strap.")[0]?.text).toMatch(/logo/);
    expect(one("Project Manager", "We've just been told that the strap is leather only.")).toHaveLength(1);
  });
  it("talk about the requirements, a question or a hedge about them is not", () => {
    expect(one("Marketing", "The requirements are still a bit unclear to me.")).toEqual([]);
    expect(one("Marketing", "What does the company want from us?")).toEqual([]);
    expect(one("Marketing", "Maybe the company wants a bigger dial.")).toEqual([]);
    expect(one("Marketing", "I'll be looking at the user requirements.")).toEqual([]);
    expect(one("Marketing", "My company is small.")).toEqual([]);
  });
});

describe("design changes and choices reported back", () => {
  it("'we're gonna get rid of / we'll take out X' resolves; a rating or a hedge does not", () => {
    expect(one("Project Manager", "So it looks like we're gonna get rid of the whole alarm thing.")[0]?.text).toMatch(/alarm/);
    expect(one("Project Manager", "We'll take out the second sensor to save money.")).toHaveLength(1);
    expect(one("Marketing", "We'll go for a three on that one.")).toEqual([]);
    expect(one("Marketing", "Maybe we're gonna get rid of the alarm.")).toEqual([]);
    expect(one("Marketing", "Are we gonna get rid of the alarm?")).toEqual([]);
  });
  it("'we've gone for / we opted for / we went with X' and 'we're in agreement' close", () => {
    expect(one("Industrial Designer", "The strap, we've gone for the double stitched one.")[0]?.text).toMatch(/double stitched/);
    expect(one("Industrial Designer", "We opted for very large buttons.")).toHaveLength(1);
    expect(one("Industrial Designer", "We went with green for the prototype.")).toHaveLength(1);
    expect(
      decisions([
        ["Industrial Designer", "I'd drop the second sensor, it costs too much."],
        ["Project Manager", "We're all in agreement on that."],
      ]),
    ).toHaveLength(1);
    // Not a choice: going somewhere, a deferral, a rejection.
    expect(one("Industrial Designer", "We went to the shop for lunch.")).toEqual([]);
    expect(one("Industrial Designer", "We haven't decided on the clasp yet.")).toEqual([]);
    expect(one("Industrial Designer", "No, we went with nothing in the end.")).toEqual([]);
  });
});

describe("a closing turn that hands a role its work product", () => {
  const people = new People(ROLES);
  it("names the role, then the product, even split over sentences", () => {
    expect(closingRoleHandOut("Um the User Interface Designer, that's for. Technical functions, I guess.", "Project Manager", people)).toEqual({
      owner: "User Interface",
      task: "Technical functions",
    });
    expect(closingRoleHandOut("Marketing they want product evaluation.", "Project Manager", people)).toEqual({ owner: "Marketing", task: "Product evaluation" });
    expect(closingRoleHandOut("The Industrial Designer will w or the working design, of course.", "Project Manager", people)?.owner).toBe("Industrial Designer");
  });
  it("not the product named after the role, the speaker's own role, a question or a negation", () => {
    expect(closingRoleHandOut("And they want a look and feel design, user interface design.", "Project Manager", people)).toBeNull();
    expect(closingRoleHandOut("From a marketing point of view I support either design.", "Marketing", people)).toBeNull();
    expect(closingRoleHandOut("Marketing, is there an evaluation to do?", "Project Manager", people)).toBeNull();
    expect(closingRoleHandOut("Marketing did not get the evaluation.", "Project Manager", people)).toBeNull();
    expect(closingRoleHandOut("Let's go to the user interface, then the chip.", "Project Manager", people)).toBeNull();
  });
  it("is a to-do only in the closing part, and only once per turn", () => {
    const late = todos([...talk(30), ["Project Manager", "Okay, next meeting in thirty minutes. Marketing they want product evaluation."]]);
    expect(late.map((t) => [t.owner, t.text])).toEqual([["Marketing", "Product evaluation"]]);
    expect(todos([["Project Manager", "Marketing they want product evaluation."], ...talk(30)])).toEqual([]);
  });
});

describe("votes and cut-off sentences are no to-dos or decisions", () => {
  it("a score given in an evaluation is neither", () => {
    expect(isRating("Yeah, I'll go with five.")).toBe(true);
    expect(isRating("Give it a two.")).toBe(true);
    expect(isRating("Let's go with three or four, then.")).toBe(true);
    expect(isRating("I'll go with two engineers from the platform team.")).toBe(false);
    expect(isRating("Let's go with five buttons.")).toBe(false);
    expect(
      todos([
        ["Marketing", "So what mark should we give?"],
        ["Industrial Designer", "Yeah, I'll go with five."],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["Marketing", "So what mark should we give?"],
        ["Project Manager", "Let's go with five."],
      ]),
    ).toEqual([]);
    expect(decisions([["Project Manager", "Let's go with five buttons."]])).toHaveLength(1);
  });
  it("a sentence that stops at a modal or a conjunction asks for nothing; a short yes still accepts", () => {
    expect(cutOff("If you could")).toBe(true);
    expect(cutOff("you are gonna")).toBe(true);
    expect(cutOff("I'll have a look if")).toBe(true);
    expect(cutOff("Yeah, I will.")).toBe(false);
    expect(cutOff("Who can?")).toBe(false);
    expect(cutOff("If you could send the sketches by Friday.")).toBe(false);
    expect(todos([["Project Manager", "If you could uh"]])).toEqual([]);
    const t = todos([
      ["Project Manager", "Priya, can you send the strap sketches by Friday?"],
      ["Priya", "Yeah, I will."],
    ]);
    expect(t.map((x) => x.owner)).toEqual(["Priya"]);
  });
});

describe("a bare 'No.' is a reply of its own", () => {
  it("its rejection does not spill onto the sentence after it", () => {
    const said = "And the minutes are in the folder. No. Your individual actions, you can find them in the email.";
    expect(todos([...talk(30), ["Project Manager", said]]).map((t) => t.text)).toEqual(["Receive the instructions by email"]);
    // A plain refusal still refuses.
    expect(todos([...talk(30), ["Project Manager", "No. I won't send the sketches."]])).toEqual([]);
  });
});

describe("a course put to the room with 'let's', and what the group keeps or drops", () => {
  it("'let's have / make X' taken up by the next speaker is a decision", () => {
    const d = decisions([
      ["Industrial Designer", "So let's have a rubber strap."],
      ["Marketing", "Yeah."],
    ]);
    expect(d.map((x) => x.text)).toEqual(["Have a rubber strap."]);
    expect(d[0].citations).toEqual([0, 1]);
  });
  it("not without agreement, nor about the meeting, an option kept open, or with a deadline (work)", () => {
    expect(decisions([["Industrial Designer", "So let's have a rubber strap."]])).toEqual([]);
    expect(
      decisions([
        ["Industrial Designer", "So let's have a rubber strap."],
        ["Marketing", "No, that won't work."],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["Project Manager", "Let's have a look."],
        ["Marketing", "Yeah."],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["Project Manager", "Okay, let's keep it as an option."],
        ["Marketing", "Yeah."],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ["Project Manager", "Let's get the strap sketches done by Friday."],
        ["Marketing", "Yeah."],
      ]),
    ).toEqual([]);
  });
  it("'we're keeping / dropping X' and 'we'll put the X…' resolve; a hedge does not", () => {
    expect(one("Project Manager", "So we're keeping the small screen.")).toHaveLength(1);
    expect(one("Project Manager", "We'll put the logo on the clasp.")).toHaveLength(1);
    expect(one("Project Manager", "Maybe we're dropping the screen, I don't know.")).toEqual([]);
    expect(one("Project Manager", "We're keeping notes on the board.")).toEqual([]);
  });
  it("what the product leaves out ('don't need to worry about X') resolves; about a pronoun it does not", () => {
    expect(one("Project Manager", "So we don't need to worry about the alarm.")).toHaveLength(1);
    expect(one("Project Manager", "Those are the two things, just not to worry about the app, and use the company colour.")).toHaveLength(1);
    expect(one("Industrial Designer", "The chip has a sensor built in, so we don't have to worry about that.")).toEqual([]);
  });
});
