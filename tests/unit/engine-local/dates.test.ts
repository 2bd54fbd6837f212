import { describe, expect, it } from "vitest";
import { resolveDue } from "@/lib/engine/local/dates";

// Meeting on Wednesday 2024-03-06.
const D = "2024-03-06";
const cases: Array<[string, string | null]> = [
  ["I'll send it by Friday", "2024-03-08"],
  ["we need it next week", "2024-03-15"],
  ["tomorrow morning works", "2024-03-07"],
  ["by the end of the month", "2024-03-31"],
  ["by next Tuesday at 3pm", "2024-03-12T15:00"],
  ["give me one second", null],
  // Session 13: hour counts, ordinal words, the middle of the month.
  ["I'll get it in within 48 hours", "2024-03-08"],
  ["put me down for the close on the nineteenth", "2024-03-19"],
  ["the first version is fine", null],
  ["ratings in by mid-month", "2024-03-15"],
  ["知识产权条款月中之前改完", "2024-03-15"],
  ["在讨论中，我们先定方案", null],
  ["下周五之前发给我", "2024-03-15"],
  ["明天下午三点前提交", "2024-03-07T15:00"],
  ["月底前完成", "2024-03-31"],
  ["后天再说", "2024-03-08"],
  ["下个月上线", "2024-04-30"],
  ["这周内搞定", "2024-03-08"],
  ["三天内回复", "2024-03-09"],
  ["本周五", "2024-03-08"],
  ["下下周一", "2024-03-18"],
  ["今晚八点半", "2024-03-06T20:30"],
  ["3月10日前", "2024-03-10"],
  ["年底前", "2024-12-31"],
];

describe("resolveDue", () => {
  it.each(cases)("%s → %s", (text, iso) => {
    expect(resolveDue(text, D)?.iso ?? null).toBe(iso);
  });
});

describe("resolveDue — corpus conventions (meeting on Wednesday 2024-03-06)", () => {
  it.each([
    ["I'll send it tomorrow EOD", "2024-03-07"],
    ["Friday works, but not this week", "2024-03-15"],
    ["by Wednesday", "2024-03-13"],
    ["by next Friday", "2024-03-15"],
    ["in two weeks", "2024-03-20"],
    ["by the 5th", "2024-04-05"],
    ["by the end of the quarter", "2024-03-31"],
    ["季度末之前交", "2024-03-31"],
    ["5号之前", "2024-04-05"],
    ["下下周三之前", "2024-03-20"],
    ["到底哪个渠道好", null],
    // Part of a month names no day: not its first, not its last.
    ["放在下个月初", null],
    ["early next month", null],
    ["by the start of next month", null],
    ["下个月10号之前", "2024-04-10"],
    // A weekday with the day of the month is that date ("Give me a week, so, Wednesday the first?").
    ["Give me a week, so, Monday the first?", "2024-04-01"],
    ["by Friday the 15th", "2024-03-15"],
  ] as Array<[string, string | null]>)("%s → %s", (text, iso) => {
    expect(resolveDue(text, D)?.iso.slice(0, 10) ?? null).toBe(iso);
  });
  it("keeps vague deadline words without a date", async () => {
    const { vagueDue } = await import("@/lib/engine/local/dates");
    expect(vagueDue("这个我尽快弄")).toBe("尽快");
    expect(vagueDue("国庆后找他们问问")).toBe("国庆后");
    expect(vagueDue("答辩放在下个月初")).toBe("下个月初");
    expect(vagueDue("I'll send it tomorrow")).toBeNull();
  });
});
