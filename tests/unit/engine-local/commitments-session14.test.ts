import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";

// Sentences written for these tests (session 14), not taken from any corpus or dev set.
const todosOf = (turns: Array<[string, string]>) => runCommitments(turns).todos;

describe("what is no work", () => {
  it("leaving the call adds nothing to the task just taken", () => {
    const todos = todosOf([
      ["Ruth Ames", "Priya, can you send the venue shortlist round by Friday?"],
      ["Priya Shah", "Yep, will do. Sorry, I have to drop now. Bye!"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("Priya Shah");
    expect(todos[0].text).not.toMatch(/drop/i);
  });
  it("leaving is not the work it sounds like, in either language", () => {
    expect(todosOf([["Ruth Ames", "Okay, I need to jump off, sorry."]])).toEqual([]);
    expect(todosOf([["孙倩", "不好意思，我得先下了，还有个会。"]])).toEqual([]);
  });
  it("“I have to run the numbers” is still work", () => {
    expect(todosOf([["Ruth Ames", "I have to run the numbers for the board by Thursday."]])).toHaveLength(1);
  });
  it("a bare “我尽量” after a guess hopes; it takes on nothing", () => {
    expect(todosOf([["周凯", "90天应该能谈下来，违约金他们可能还会压，我尽量。"]])).toEqual([]);
    expect(todosOf([["周凯", "我尽量周五之前把报价单发出来。"]])).toHaveLength(1);
  });
});

describe("a team's work asked of its lead", () => {
  it("“老黄，你们组…给我” is the lead's to-do, taken in the reply", () => {
    const todos = todosOf([
      ["郭静", "老黄，你们组那几单投诉的工单，明早之前把处理结果给我。"],
      ["黄志强", "行，我今晚弄完。"],
    ]);
    expect(todos).toHaveLength(1);
    expect(todos[0].owner).toBe("黄志强");
    expect(todos[0].text).not.toMatch(/^们/);
  });
});

describe("English recaps and request frames", () => {
  it("a recap 'wrapping up' lists who does what and adds no to-do; the chair's own new work in it does", () => {
    const todos = todosOf([
      ["Colleen Park", "Tariq, can you get the electrician to close out the open tickets by Thursday?"],
      ["Tariq Aziz", "Yep, will do."],
      ["Colleen Park", "Deb, would you mind filing the permit renewal today?"],
      ["Deb Lawson", "Sure."],
      [
        "Colleen Park",
        "So, wrapping up: Tariq, the tickets before Thursday; Deb, permit renewal today; I'll call the inspector tomorrow and I'll send the minutes round by Friday.",
      ],
    ]);
    expect(todos.map((t) => t.owner)).toEqual(["Tariq Aziz", "Deb Lawson", "Colleen Park", "Colleen Park"]);
    expect(todos[1].text).toBe("File the permit renewal");
  });
  it("“Is X something you could pick up?” “I'll action that.” is X, as a task", () => {
    const todos = todosOf([
      ["Priya Nair", "Tom, is chasing the landlord something you could pick up?"],
      ["Tom Ashworth", "Yep, I'll action that."],
    ]);
    expect(todos.map((t) => [t.owner, t.text])).toEqual([["Tom Ashworth", "Chase the landlord"]]);
  });
  it("a reason before the request is not the task", () => {
    const todos = todosOf([
      ["Ray Dominguez", "Since the form is in your name, would you mind sending the renewal by Friday?"],
      ["Deb Lawson", "Sure thing."],
    ]);
    expect(todos[0].text).toBe("Send the renewal");
  });
  it("a supplier's promise relayed and an item held till next week are nobody's work", () => {
    expect(todosOf([["Gemma Hale", "Still on back order. The supplier's saying they'll ship by the end of March."]])).toEqual([]);
    expect(todosOf([["Colleen Park", "I haven't priced it yet, so let's hold that till next week's meeting."]])).toEqual([]);
  });
  it("“a week today” is seven days on", () => {
    const todos = todosOf([["Priya Nair", "I'll do the walk-round a week today, straight after the huddle."]]);
    expect(todos[0].due).toBe("2024-05-15");
  });
});

describe("how English meetings settle things (session 14)", () => {
  const decisionsOf = (turns: Array<[string, string]>) => runCommitments(turns).decisions.map((d) => d.text);
  it("“that's agreed —” states the decision after it", () => {
    expect(decisionsOf([["Priya Nair", "Fine, from May then. So that's agreed — weekend cover is a named person on the rota."]])).toEqual([
      "Weekend cover is a named person on the rota.",
    ]);
  });
  it("“I'm gonna make the call:” announces a decision, not the speaker's work", () => {
    const r = runCommitments([
      ["Rob Delgado", "The platform takes five percent, though."],
      ["Dana Whitaker", "Okay, I'm gonna make the call: we're going with the mobile auction this year."],
    ]);
    expect(r.decisions.map((d) => d.text)).toEqual(["We're going with the mobile auction this year."]);
    expect(r.todos).toEqual([]);
  });
  it("the reason given before “everyone happy with that?” is not what is decided", () => {
    expect(
      decisionsOf([
        ["Priya Nair", "And until it is fixed, we stop booking procedures into room four. It's not worth the risk. Everyone happy with that?"],
        ["Femi Okoye", "Absolutely."],
      ]),
    ).toEqual(["Until it is fixed, we stop booking procedures into room four."]);
  });
  it("“let's get started” proposes nothing, so the account that follows decides nothing", () => {
    expect(
      decisionsOf([
        ["Noor Haddad", "Okay, let's get started. Jess, do you want to walk us through the timeline?"],
        ["Jess Liang", "Yeah. So the cert on the gateway expired at eleven on Sunday."],
      ]),
    ).toEqual([]);
  });
  it("a bare closure settles the rule before it, not the incident that prompted it", () => {
    const d = decisionsOf([
      ["Colleen Park", "We had a near-miss last week with somebody nobody knew was on site. Starting Monday, nobody works on site unless they're on the sign-in sheet."],
      ["Shaun O'Brien", "Fair enough."],
      ["Colleen Park", "Okay, that's settled, it starts Monday."],
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/sign-in sheet/);
  });
});
