/** Session 8: the noun-density prior of summary selection, on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { lexicalDensity, nounShare, scoreUnits } from "@/lib/engine/local/summarize";
import type { Unit } from "@/lib/engine/local/units";
import { displayLen } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";

const unit = (id: number, text: string): Unit => ({ id, seg: id, text, raw: text, sentence: text, terms: contentTerms(text), content: true, len: displayLen(text) });

describe("nounShare", () => {
  it("is higher for a clause that names things than for one that narrates the talk", () => {
    expect(nounShare("数字基建是新基建的核心，区块链是信任基础。")).toBeGreaterThan(nounShare("我们其实一直都在说这个事情嘛。"));
    expect(nounShare("好的好的。")).toBe(0);
  });
  it("counts a term the dictionary lacks (tagged x) as a noun", () => {
    expect(nounShare("公链的瓶颈在性能。")).toBeGreaterThan(0.3);
  });
});

describe("scoreUnits", () => {
  it("ranks the noun-rich of two equally central clauses first", () => {
    const units = [
      unit(0, "预算审批流程需要财务部门确认。"),
      unit(1, "预算审批的话我们就是再看看吧。"),
      unit(2, "财务部门下周确认预算审批流程。"),
      unit(3, "预算审批我们再说一下看看怎么弄。"),
    ];
    const s = scoreUnits(units, undefined, { informative: true });
    expect(s.score[0]).toBeGreaterThan(s.score[1]);
    expect(s.score[2]).toBeGreaterThan(s.score[3]);
  });
});

describe("lexicalDensity (English)", () => {
  it("is higher for a sentence of content words than for talk to the room", () => {
    const a = unit(0, "The remote control uses a rubber case and a solar battery.");
    const b = unit(1, "So I think we just kind of have to see what you want.");
    expect(lexicalDensity(a)).toBeGreaterThan(lexicalDensity(b));
    expect(lexicalDensity(unit(2, "123"))).toBe(0);
  });
});
