import { describe, expect, it } from "vitest";
import { summaryCandidates } from "@/lib/engine/local/candidates";
import { segmentUnits } from "@/lib/engine/local/units";

const cands = (text: string) => summaryCandidates(segmentUnits({ index: 0, speaker: "A", text }, 0), { meeting: true });

describe("a Chinese point's opening", () => {
  it("drops the link to the clause it was cut from, and the closure before what was settled; the evidence keeps them", () => {
    const c = cands("接口文档我们上周已经拿到了，但是对方的测试环境一直不稳定，我们这边联调基本上是卡住的。");
    const contrast = c.find((x) => x.evidence.some((e) => e.includes("但是")));
    expect(contrast?.text.startsWith("对方的测试环境一直不稳定")).toBe(true);
    const settled = cands("那就定了，上线时间推到十二月二十一号。");
    expect(settled[0].text).toMatch(/^上线时间推到十二月二十一号/);
    expect(settled[0].evidence.join("")).toContain("那就定了");
  });
  it("keeps the link when too little would be left", () => {
    expect(cands("但是不稳定。")[0].text).toMatch(/^但是/);
  });
});
