/** The quality probe (tests/fixtures/proofread/probe.jsonl) holds the bars of issue 11 on both halves. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proofreadLocal } from "@/lib/engine/local/proofread";
import { loadProbe, scoreProbe } from "@/lib/eval/proofread-probe";

const dir = path.resolve(__dirname, "../../fixtures/proofread");
const cases = [...loadProbe(path.join(dir, "probe.jsonl")), ...loadProbe(path.join(dir, "probe-fresh.jsonl"))];

describe("proofreading probe", () => {
  it("has both halves, error and clean sentences", () => {
    expect(cases.filter((c) => c.half === "A").length).toBeGreaterThan(60);
    expect(cases.filter((c) => c.half === "B").length).toBeGreaterThan(60);
    expect(cases.filter((c) => c.fixed === undefined).length).toBeGreaterThanOrEqual(40);
  });

  for (const half of ["A", "B", "C"] as const) {
    it(`half ${half}: ≥ 90 % fixed, ≥ 95 % of suggestions correct, ≥ 90 % of clean sentences quiet`, () => {
      const s = scoreProbe(
        cases.filter((c) => c.half === half),
        (t) => proofreadLocal(t),
      );
      expect(s.fixed / s.errors).toBeGreaterThanOrEqual(0.9);
      expect(s.correct / s.suggestions).toBeGreaterThanOrEqual(0.95);
      expect(s.cleanQuiet / s.clean).toBeGreaterThanOrEqual(0.9);
    });
  }
});
