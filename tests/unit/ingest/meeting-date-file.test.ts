import { describe, expect, it } from "vitest";
import { dateInFileName } from "@/lib/ingest/meeting-date";
import { parseText } from "./helpers";

describe("the meeting date comes from the file when it says one", () => {
  it("reads a date in the file name, ISO, Chinese or compact", () => {
    expect(dateInFileName("2025-03-06 standup.txt")).toBe("2025-03-06");
    expect(dateInFileName("周会2025年3月6日.docx")).toBe("2025-03-06");
    expect(dateInFileName("rec_20250306_1030.vtt")).toBe("2025-03-06");
    expect(dateInFileName("standup-v2.txt")).toBeUndefined();
    expect(dateInFileName("ticket-12345678.txt")).toBeUndefined();
    expect(dateInFileName("20251399.txt")).toBeUndefined();
  });

  it("a plain transcript without a dated header takes the date in its name; a header date wins", async () => {
    const plain = await parseText("Mei: I'll send it by Friday.\nSam: Thanks.", "2025-02-11 sync.txt");
    expect(plain.meetingDate).toBe("2025-02-11");
    const headed = await parseText("Date: 2024-04-18\n\nMei: I'll send it by Friday.\nSam: Thanks.", "2025-02-11 sync.txt");
    expect(headed.meetingDate).toBe("2024-04-18");
    expect((await parseText("Mei: I'll send it by Friday.\nSam: Thanks.", "sync.txt")).meetingDate).toBeUndefined();
  });

  it('a JSON turn list under "transcript" is read with its meetingDate', async () => {
    const json = JSON.stringify({
      title: "Sync",
      meetingDate: "2025-02-11",
      transcript: [
        { speaker: "Mei", text: "I'll send it by Friday." },
        { speaker: "Sam", text: "Thanks." },
      ],
    });
    const doc = await parseText(json, "case.json");
    expect(doc).toMatchObject({ format: "json", meetingDate: "2025-02-11", speakers: ["Mei", "Sam"] });
    expect(doc.segments.map((s) => s.text)).toEqual(["I'll send it by Friday.", "Thanks."]);
  });
});
