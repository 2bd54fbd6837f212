import { describe, expect, it } from "vitest";
import { escapeText, foldLine, todosToIcs } from "@/lib/export/ics";

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("iCalendar to-dos (RFC 5545)", () => {
  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds at 75 octets without splitting a UTF-8 character; unfolding gives the line back", () => {
    const line = `SUMMARY:${"准备测试环境".repeat(10)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((p) => p.startsWith(" ")),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("an all-day event on a due date, a 30-minute floating event at a due time, CRLF everywhere", () => {
    const ics = todosToIcs(
      [
        { id: "t1", text: "发方案, 给客户; 确认", owner: "张伟", due: "2026-12-31", status: "open", documentTitle: "周会", url: "https://jiyao.test/w/1/d/2?tab=todos" },
        { id: "t2", text: "Call the vendor", owner: null, due: "2026-03-08T15:00", status: "done", documentTitle: "Review" },
      ],
      { name: "My to-dos", now: new Date("2026-12-01T08:09:10Z") },
    );
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const lines = unfold(ics).split("\r\n");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines).toContain("UID:todo-t1@jiyao");
    expect(lines).toContain("DTSTAMP:20261201T080910Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("SUMMARY:发方案\\, 给客户\\; 确认");
    expect(lines).toContain("DESCRIPTION:Owner: 张伟\\nFrom: 周会\\nhttps://jiyao.test/w/1/d/2?tab=todos");
    expect(lines).toContain("DTSTART:20260308T150000");
    expect(lines).toContain("DURATION:PT30M");
    expect(lines).toContain("SUMMARY:✓ Call the vendor");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});
