import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("mixed Simplified and Traditional characters", () => {
  it("flags Traditional characters in a mostly Simplified text", () => {
    const text = "我们这周在會議上讨论了预算和进度，还确定了下个季度的目标与负责人。";
    expect(fix(text)).toBe("我们这周在会议上讨论了预算和进度，还确定了下个季度的目标与负责人。");
    expect(check(text)[0]).toMatchObject({ original: "會議", replacement: "会议", kind: "typo" });
  });

  it("flags Simplified characters in a mostly Traditional text", () => {
    expect(fix("我們在会議上討論了預算。")).toBe("我們在會議上討論了預算。");
  });

  it("leaves pure texts and characters both scripts use alone", () => {
    expect(check("我们在会议上讨论了预算。")).toEqual([]);
    expect(check("我們在會議上討論了預算。")).toEqual([]);
    expect(check("他是著名作家，成果显著。")).toEqual([]);
    expect(check("乾隆年间，台湾的发展")).toEqual([]);
  });
});
