import { describe, expect, it } from "vitest";
import { findNames, givenNameOf, isOwnName, mentionsPerson, nameForms } from "@/lib/text/names";

const people = [
  { userId: "zw", name: "王小明", aliases: ["Tommy"] },
  { userId: "lm", name: "李明", aliases: [] },
  { userId: "ac", name: "Alice Chen", aliases: [] },
  { userId: "oy", name: "欧阳娜娜", aliases: [] },
];
const forms = nameForms(people);
const who = (text: string) => [...new Set(findNames(text, forms).map((h) => h.userId))];

describe("name forms", () => {
  it("a three- or four-character Chinese name is also its last two characters; a two-character one has no given form", () => {
    expect(givenNameOf("王小明")).toBe("小明");
    expect(givenNameOf("欧阳娜娜")).toBe("娜娜");
    expect(givenNameOf("李明")).toBeNull();
    expect(givenNameOf("Alice Chen")).toBe("Alice");
    expect(givenNameOf("alice")).toBeNull();
  });

  it("keeps a given-name form only when no other member shares it", () => {
    const f = nameForms([
      { userId: "a", name: "王小明", aliases: [] },
      { userId: "b", name: "张小明", aliases: [] },
      { userId: "c", name: "陈大海", aliases: [] },
    ]);
    expect(f.filter((x) => x.form === "小明")).toEqual([]);
    expect(f.find((x) => x.form === "大海")?.userId).toBe("c");
  });

  it("drops a given-name form that is someone else's alias", () => {
    const f = nameForms([
      { userId: "a", name: "Alice Chen", aliases: [] },
      { userId: "b", name: "Bob Li", aliases: ["Alice"] },
    ]);
    expect(f.filter((x) => x.form === "Alice").map((x) => x.userId)).toEqual(["b"]);
  });
});

describe("finding names in a line", () => {
  it("finds full names, aliases and given names", () => {
    expect(who("小明你下周把报告发给大家。")).toEqual(["zw"]);
    expect(who("王小明说得对")).toEqual(["zw"]);
    expect(who("Thanks, tommy, for the slides.")).toEqual(["zw"]);
    expect(who("Alice will send the deck.")).toEqual(["ac"]);
    expect(who("娜娜负责预算")).toEqual(["oy"]);
  });

  it("does not take a name out of a longer word", () => {
    // 明天 is a word: 李明天 is "李 tomorrow", not 李明.
    expect(who("李明天再来")).toEqual([]);
    expect(who("李明明天再来")).toEqual(["lm"]);
    expect(who("Aliceson said so")).toEqual([]);
  });

  it("a capitalised given name only: the common word is not the person", () => {
    const f = nameForms([{ userId: "w", name: "Will Smith", aliases: [] }]);
    expect(mentionsPerson("we will ship it", f, "w")).toBe(false);
    expect(mentionsPerson("Will, can you ship it?", f, "w")).toBe(true);
    expect(mentionsPerson("will smith can ship it", f, "w")).toBe(true);
  });

  it("the longer name wins where two people's forms overlap", () => {
    const f = nameForms([
      { userId: "a", name: "李小明", aliases: [] },
      { userId: "b", name: "小明", aliases: [] },
    ]);
    expect(mentionsPerson("李小明来了", f, "b")).toBe(false);
    expect(mentionsPerson("李小明来了", f, "a")).toBe(true);
    expect(mentionsPerson("小明来了", f, "b")).toBe(true);
  });

  it("a speaker label is the person's own name only by name or alias", () => {
    expect(isOwnName("王小明", forms, "zw")).toBe(true);
    expect(isOwnName("tommy", forms, "zw")).toBe(true);
    expect(isOwnName("李明", forms, "zw")).toBe(false);
    expect(isOwnName(null, forms, "zw")).toBe(false);
  });
});
