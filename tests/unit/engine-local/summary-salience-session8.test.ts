/** Session 8: the density prior of summary selection and frame joins of summary candidates, on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { nounShare, scoreUnits } from "@/lib/engine/local/summarize";
import type { Unit } from "@/lib/engine/local/units";
import { displayLen, segmentUnits } from "@/lib/engine/local/units";
import { summaryCandidates } from "@/lib/engine/local/candidates";
import { standaloneIssue } from "@/lib/text/standalone";
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

describe("summary candidates: a frame takes the clause that completes it", () => {
  const cands = (text: string) => summaryCandidates(segmentUnits({ index: 0, speaker: "A", text }, 0), { meeting: true });
  it("joins a framing clause to the main clause after it", () => {
    const c = cands("在推动金融数字化转型的过程中，科技公司需要更好地走进金融机构，这是第一点。");
    expect(c[0].text).toBe("在推动金融数字化转型的过程中，科技公司需要更好地走进金融机构，");
    expect(c[0].evidence).toHaveLength(2);
    expect(standaloneIssue(c[0].text.replace(/，$/, "。"))).toBeNull();
  });
  it("joins an English predicate to the subject cut off before it, in its own case", () => {
    const c = cands(
      "Variant B, the one with annual billing shown first and the monthly price below it, lifted trial signups by about eleven percent, but paid conversion was flat.",
    );
    expect(c[0].text).toBe(
      "Variant B, the one with annual billing shown first and the monthly price below it, lifted trial signups by about eleven percent, but paid conversion was flat.",
    );
  });
  it("joins a 以及-clause to the list before it", () => {
    const c = cands("我们讨论了线上教学的经验，以及对于智能教育方面的思考，最后做了总结。");
    expect(c.some((x) => x.text.includes("线上教学的经验，以及对于智能教育方面的思考"))).toBe(true);
  });
});

describe("frames opened by an example marker", () => {
  it("dangle like the frame itself", () => {
    expect(standaloneIssue("比如说在数据流转的效率方面。")).toBe("dangling");
  });
});
