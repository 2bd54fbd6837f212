import { describe, expect, it } from "vitest";
import { FACTOIDS_SESSION10 } from "@/lib/eval/factoid-set-session10";
import { honestyRows, type HonestyResult } from "@/lib/eval/honesty";

const item = (first: boolean) => ({ question: "q", expected: ["v"], answer: "a", first, cited: true });

describe("the second factoid set", () => {
  it("asks only about half-A office meetings (1st, 3rd, … in path order), so half B stays held out", () => {
    const halfA = new Set(
      ["en01-sprint-planning", "en03-design-critique", "zh01-campaign-retro", "zh03-onboarding", "zh05-complaint", "zh07-budget-request"].map((f) => `office/${f}`),
    );
    for (const id of Object.keys(FACTOIDS_SESSION10)) expect(halfA.has(id)).toBe(true);
    for (const f of Object.values(FACTOIDS_SESSION10).flat()) {
      expect(f.answers.length).toBeGreaterThan(0);
      expect(f.turns.length).toBeGreaterThan(0);
    }
  });
  it("is reported on rows of its own; the first set's rows count only the first set", () => {
    const r: HonestyResult = { id: "office/x", corpus: "office", absent: [], skipped: 0, factoids: [item(true), item(false)], factoids2: [item(true), item(true), item(false)] };
    const rows = honestyRows([r]);
    expect(rows.find((x) => x.label === "factoid questions: expected value in the first sentence")).toMatchObject({ n: 2, value: "50.0 %" });
    expect(rows.find((x) => x.label.startsWith("factoid set 2") && x.label.endsWith("first sentence"))).toMatchObject({ n: 3, value: "66.7 %" });
  });
});
