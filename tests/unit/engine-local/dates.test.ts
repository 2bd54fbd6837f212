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
