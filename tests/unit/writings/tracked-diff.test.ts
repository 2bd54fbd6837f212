import { describe, expect, it } from "vitest";
import { applyTracked, changeIds, trackedChanges } from "@/lib/text/tracked-diff";

describe("tracked changes", () => {
  const cases: [string, string][] = [
    ["我们明天开会讨论预算，然后然后决定。", "我们明天召开会议讨论预算，然后作出决定。"],
    ["The the plan is good. We ship friday.", "The plan is good. We ship on Friday."],
    ["第一段\n第二段", "第一段，已改写\n\n新增的第三段"],
    ["", "全新内容"],
    ["删除全部", ""],
  ];
  it.each(cases)("rebuilds the original when nothing is accepted and the proposal when all are (%s)", (a, b) => {
    const parts = trackedChanges(a, b);
    expect(applyTracked(parts, new Set())).toBe(a);
    expect(applyTracked(parts, new Set(changeIds(parts)))).toBe(b);
  });

  it("accepts changes one by one", () => {
    const parts = trackedChanges("We ship friday and test monday.", "We ship Friday and test Monday.", "en");
    const ids = changeIds(parts);
    expect(ids.length).toBe(2);
    expect(applyTracked(parts, new Set([ids[0]]))).toBe("We ship Friday and test monday.");
    expect(applyTracked(parts, new Set([ids[1]]))).toBe("We ship friday and test Monday.");
  });

  it("diffs Chinese by word, so a changed word is one change", () => {
    const parts = trackedChanges("我们需要部署新的系统。", "我们必须部署新的系统。");
    const changes = parts.filter((p) => p.kind === "change");
    expect(changes).toEqual([{ kind: "change", id: 0, removed: "需要", added: "必须" }]);
  });
});
