import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("unbalanced brackets and quotes", () => {
  it("closes a bracket with its own width", () => {
    expect(fix("请参考附件中的说明（第三页)。")).toBe("请参考附件中的说明（第三页）。");
  });

  it("flags an unclosed or unopened bracket or quote", () => {
    const [open] = check("请参考附件（第3页。");
    expect(open).toMatchObject({ original: "（", replacement: "", kind: "punctuation" });
    expect(open.reason).toMatch(/never closed/);
    expect(check("see page 3) for details")[0].reason).toMatch(/no opening/);
    expect(check("他说：“好的。")[0].original).toBe("“");
    expect(check("a (b [c) d")).toHaveLength(1);
  });

  it("accepts balanced text, list markers, smileys and apostrophes", () => {
    for (const ok of [
      "会议决定（详见附件）下周启动。",
      "他说：“这个方案我同意。”",
      "1) first item",
      "（一）总则",
      "Nice :)",
      "The team’s feedback was great.",
      "《红楼梦》和【通知】",
      "Hello {name}, and ::cue {",
    ]) {
      expect(check(ok), ok).toEqual([]);
    }
  });
});
