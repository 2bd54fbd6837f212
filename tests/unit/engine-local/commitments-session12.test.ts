import { describe, expect, it } from "vitest";
import { roleDecisions, roleTodos, talk } from "./commitments-fixtures";

// Sentences written for these tests (session 12), not taken from any corpus.
describe("the chair by role label", () => {
  // The designer opens, talks most and asks most: by habit alone they would be read as the chair.
  const designerLeads: Array<[string, string]> = [
    ["Industrial Designer", "Right, so before anything else, I have a few questions about the case and the chip we can afford for this one."],
    ...Array.from({ length: 22 }, (_, k): [string, string] =>
      k % 3 === 2 ? ["Project Manager", "Mm-hmm."] : ["Industrial Designer", `Would option ${k} fit in the budget, do you think, given what the case costs?`],
    ),
    ["Marketing", "So is that the solar battery then?"],
    ["Industrial Designer", "Yeah."],
    ["Project Manager", "Solar battery. Okay."],
  ];
  it("a speaker labelled Project Manager chairs, so their bare note of an option is minuted", () => {
    expect(roleDecisions(designerLeads).map((d) => d.text)).toContain("Solar battery");
  });
  it("the same note from a speaker who does not chair is no decision", () => {
    const byMarketing = designerLeads.map(([who, text], i): [string, string] => (i === designerLeads.length - 1 ? ["Marketing", text] : [who, text]));
    expect(roleDecisions(byMarketing).map((d) => d.text)).not.toContain("Solar battery");
  });
});

describe("a name said once, at the close", () => {
  it("addressing someone by a name the dictionary knows only as a name hands them the work", () => {
    const todos = roleTodos([...talk(40), ["Project Manager", "Okay, for next time. Corrine we'll want a product evaluation."], ["Marketing", "Sure."]]);
    expect(todos.map((t) => [t.owner, t.text])).toContainEqual(["Corrine", "A product evaluation"]);
  });
  it("a word that is also an ordinary word opening the sentence is nobody's name", () => {
    const todos = roleTodos([...talk(40), ["Project Manager", "Okay, for next time. Then we'll want a product evaluation."], ["Marketing", "Sure."]]);
    expect(todos.map((t) => t.owner)).not.toContain("Then");
  });
});

describe("an option the room is asked about and welcomes", () => {
  it("'What do people think about X?' answered 'I think it's awesome' settles X", () => {
    const d = roleDecisions([
      ["Industrial Designer", "What do people think about the solar panel idea?"],
      ["Project Manager", "I think it's awesome. It saves changing batteries."],
      ["Marketing", "Yeah."],
    ]);
    expect(d.map((x) => x.text)).toContain("Solar panel");
    expect(d.find((x) => x.text === "Solar panel")?.citations).toEqual([0, 1]);
  });
  it("a lukewarm or negative reply, or a question about 'that', settles nothing", () => {
    expect(
      roleDecisions([
        ["Industrial Designer", "What do people think about the solar panel idea?"],
        ["Project Manager", "Mm-hmm."],
      ]),
    ).toEqual([]);
    expect(
      roleDecisions([
        ["Industrial Designer", "What do people think about the solar panel idea?"],
        ["Project Manager", "I think it's awesome."],
        ["Marketing", "No, it costs too much for our budget."],
      ]),
    ).toEqual([]);
    expect(
      roleDecisions([
        ["Industrial Designer", "What do you think about that?"],
        ["Project Manager", "I think it's great."],
      ]),
    ).toEqual([]);
  });
});
