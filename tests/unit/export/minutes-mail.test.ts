import { describe, expect, it } from "vitest";
import { minutesMail } from "@/lib/export/minutes-mail";
import type { MinutesInput } from "@/lib/export/types";

const minutes: MinutesInput = {
  title: "周会 <script>",
  meetingDate: "2026-12-01",
  lang: "zh",
  summary: [{ text: "确定下周发布 <b>1.0</b>。", citations: [0], verified: true }],
  topics: [],
  decisions: [{ text: "测试由张伟负责。", citations: [1], verified: true }],
  todos: [{ text: "准备测试环境", owner: "张伟", due: "2026-12-09", status: "open", citations: [1], verified: true }],
  segments: [
    { index: 0, speaker: "李娜", startMs: 0 },
    { index: 1, speaker: "张伟", startMs: 65_000 },
  ],
};

describe("minutes as an email", () => {
  const mail = minutesMail(minutes, { link: "https://jiyao.test/w/1/d/2", sender: "李娜", note: "请大家看一下" });

  it("has a subject, the link, the sender's note and the minutes with to-dos, owners and due dates as text", () => {
    expect(mail.subject).toBe("会议纪要：周会 <script>");
    expect(mail.text).toContain("https://jiyao.test/w/1/d/2");
    expect(mail.text).toContain("请大家看一下");
    expect(mail.text).toContain("准备测试环境");
    expect(mail.text).toContain("张伟");
    expect(mail.text).toContain("2026-12-09");
  });

  it("renders HTML with nothing from the minutes as markup", () => {
    expect(mail.html).toContain('<a href="https://jiyao.test/w/1/d/2">');
    expect(mail.html).toContain("<li>");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>1.0</b>");
    expect(mail.html).toContain("准备测试环境");
  });
});
