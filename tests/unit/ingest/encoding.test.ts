import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/ingest/encoding";
import { parseDocument } from "@/lib/ingest";
import { expectCode, lines, parseFixture } from "./helpers";

describe("encodings", () => {
  it("decodes a GBK .txt from a Chinese Windows machine (CRLF)", async () => {
    const doc = await parseFixture("gbk-meeting.txt");
    expect(doc).toMatchObject({ title: "季度销售复盘", meetingDate: "2024-01-15", lang: "zh" });
    expect(doc.speakers).toEqual(["王经理", "李明", "陈静"]);
    expect(doc.segments[1].text).toBe("华东区完成了百分之一百二十，华南区稍微差一些。");
  });

  it("decodes Big5 traditional Chinese", async () => {
    const doc = await parseFixture("big5-meeting.txt");
    expect(doc.speakers).toEqual(["主持人", "林經理"]);
    expect(doc.segments[1].text).toBe("我們建議在六月發表，因為測試還需要一個月。");
  });

  it("decodes a short GBK line where statistical detection is unreliable", async () => {
    const doc = await parseFixture("short-gbk.txt");
    expect(doc.segments[0].text).toBe("明天下午三点开会");
  });

  it("decodes UTF-16 LE with BOM and UTF-16 BE without", async () => {
    const le = await parseFixture("utf16le-bom.txt");
    expect(lines(le)).toEqual(["Alice|-|你好，我们开始吧。", "Bob|-|Sounds good.", "Alice|-|第一项是预算。", "Bob|-|我同意。"]);
    const be = await parseFixture("utf16be-nobom.txt");
    expect(be.title).toBe("Meeting notes");
    expect(be.segments[0].text).toBe("The team agreed to ship the beta on Friday.");
  });

  it("strips a UTF-8 BOM and handles CRLF and bare CR", async () => {
    const doc = await parseFixture("utf8-bom-crlf.txt");
    expect(doc.speakers).toEqual(["甲", "乙"]);
    expect(doc.segments[0].text).toBe("今天的议题有三个。");
    const mac = await parseFixture("mac-cr.txt");
    expect(lines(mac)).toEqual(["Ann|-|First line.", "Ben|-|Second line.", "Ann|-|Third line."]);
  });

  it("decodes a file that mixes UTF-8 and GBK lines line by line", () => {
    const bytes = Buffer.concat([Buffer.from("第一行是UTF-8编码的中文。\n"), iconv.encode("第二行是GBK编码的中文。\n", "gbk")]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe("mixed");
    expect(text).toBe("第一行是UTF-8编码的中文。\n第二行是GBK编码的中文。\n");
  });

  it("reads Windows-1252 Latin text", () => {
    const { text, encoding } = decodeText(iconv.encode("Caf\u00e9 meeting notes: the r\u00e9sum\u00e9 review is on Monday.", "windows-1252"));
    expect(encoding).toBe("windows-1252");
    expect(text).toContain("Café");
  });

  it("rejects bytes that are not valid in any plausible encoding", async () => {
    const junk = new Uint8Array(4000);
    for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + ((i * 37) % 0x7f);
    await expectCode(parseDocument({ bytes: junk, fileName: "x.txt" }), "ENCODING_UNKNOWN");
  });
});
