import { describe, expect, it } from "vitest";
import { runCommitments } from "./commitments-fixtures";
import { resolveDue } from "@/lib/engine/local/dates";

// Shapes from the lead's probe meetings (session 10), written for these tests. The meeting day is Wednesday 2024-05-08.
const todos = (turns: Array<[string, string]>) => runCommitments(turns).todos;
const decisions = (turns: Array<[string, string]>) => runCommitments(turns).decisions;
const DAY = "2024-05-08";

describe("probe meetings written by the lead (session 10)", () => {
  it("an offer whose date is asked back and assented to by the one who offered is dated", () => {
    const t = todos([
      ["Mei", "I still need slides from product, and nobody has written the invite email yet."],
      ["Jordan", "I can write the invite. I did the last two, I have a template."],
      ["Priya", "Perfect, thanks Jordan. Can it go out by end of next week?"],
      ["Jordan", "Yep, end of next week works."],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "Jordan" });
    expect(t[0].text).toMatch(/invite/i);
    expect(t[0].due).toBeTruthy();
  });
  it("no date assented to, no to-do from a bare offer", () => {
    const t = todos([
      ["Jordan", "I can write the invite."],
      ["Priya", "Can it go out by end of next week?"],
      ["Jordan", "Hmm, probably not, I'm out Thursday and Friday."],
    ]);
    expect(t).toHaveLength(0);
  });
  it("我按这个重新做… is the speaker's work, worded without the manner frame", () => {
    const t = todos([
      ["陈静", "那就小红书九万，抖音六万，大家没意见就这么定了。"],
      ["周敏", "行，那我按这个重新做一下排期表，明天下班前发群里。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "周敏" });
    expect(t[0].text.startsWith("重新做")).toBe(true);
    // "我按理说…" is no work.
    expect(
      todos([
        ["周敏", "我按理说应该早点发出来的。"],
        ["陈静", "嗯。"],
      ]),
    ).toHaveLength(0);
  });
  it("'do that' in the same turn is the work just given, now dated; 'have it' adds no words", () => {
    const t = todos([
      ["Priya", "Let's not decide today. I want Mei to do a final call with both of them first. Mei, could you do that before Friday?"],
      ["Mei", "I can do Thursday afternoon for both."],
      ["Priya", "Tom, can you set up the paid conversion dashboard?"],
      ["Tom", "Sure, I'll have it by Wednesday."],
    ]);
    expect(t.map((x) => x.owner)).toEqual(["Mei", "Tom"]);
    expect(t[0].text).toMatch(/final call/);
    expect(t[0].due).toBeTruthy();
    expect(t[1].text).not.toMatch(/have it/i);
  });
  it("a counter-date after pushing back, accepted by the asker, dates the task; a feasibility question asks for work", () => {
    const t = todos([
      ["刘洋", "那培训材料下周三之前出来，来得及吧？"],
      ["郑丽", "下周三有点紧，下周四吧。"],
      ["刘洋", "行，下周四。"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ owner: "郑丽", text: "培训材料出来", due: resolveDue("下周四", DAY)!.iso });
  });
  it("'…不变了' settles it; the assent before the point is not part of the decision", () => {
    expect(
      decisions([
        ["刘洋", "切换时间还是定在下周一晚上十点吗？"],
        ["马超", "我觉得可以，那个时段工单量最少。"],
        ["刘洋", "行，那就下周一晚上十点切换，不变了。"],
      ]).map((d) => d.text),
    ).toEqual(["下周一晚上十点切换"]);
  });
  it("我提前… is the speaker's work; a short 这边没问题 before it is not", () => {
    const t = todos([
      ["郑丽", "客服这边没问题，我提前一天发通知给一线同学。"],
      ["刘洋", "好。"],
    ]);
    expect(t.map((x) => [x.owner, x.text])).toEqual([["郑丽", "提前一天发通知给一线同学"]]);
  });
});
