import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HAN_CLASS, hanCount, hanRuns, hasHan, isHan, replaceHan } from "@/lib/text/cjk";

describe("Han characters", () => {
  it("counts the basic block, Extension A and the compatibility ideographs alike", () => {
    // 㐀 is Extension A, 﨑 a compatibility ideograph: both were missed by some of the old ranges.
    expect(hanCount("会议㐀﨑 ok")).toBe(4);
    expect(hasHan("plain English, 1,2,3")).toBe(false);
    expect(hasHan("Q3 预算")).toBe(true);
  });

  it("does not take kana, Hangul or full-width punctuation for Han", () => {
    expect(hanCount("かなカナ한국어，。！")).toBe(0);
  });

  it("tells whether a string starts with a Han character", () => {
    expect(isHan("预算 Q3")).toBe(true);
    expect(isHan("Q3 预算")).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });

  it("finds the runs with their offsets and replaces them", () => {
    expect(hanRuns("用React写代码")).toEqual([
      { text: "用", index: 0 },
      { text: "写代码", index: 6 },
    ]);
    expect(replaceHan("用React写代码", " ")).toBe(" React ");
  });

  it("gives a class usable inside a larger unicode pattern", () => {
    expect(new RegExp(`[${HAN_CLASS}](?=[A-Za-z])`, "u").test("用React")).toBe(true);
  });
});

describe("the Han-class convention", () => {
  // Why: the class had been written two dozen ways; a new code-point range would drift again.
  const root = path.resolve(__dirname, "../../..");
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" ? [] : sources(rel);
      return /\.tsx?$/.test(e.name) ? [rel] : [];
    });

  it("no source file writes Han as a code-point range", () => {
    const files = ["lib", "app", "components", "cli"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => /\\u(?:3400|4e00)-/i.test(readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
