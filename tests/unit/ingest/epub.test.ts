import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { parseDocument, sniffType } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { assignSections, parseNav, parseNcx, resolveHref } from "@/lib/ingest/epub-toc";
import { buildEpub, type Book } from "@/tests/support/epub";

const BOOK: Book = {
  title: "数据治理实践",
  lang: "zh",
  chapters: [
    {
      title: "第一章 为什么要治理数据",
      part: "第一部分 基础",
      sections: [
        { title: "1.1 问题", paragraphs: ["很多公司的数据分散在几十个系统里。", "同一个客户在不同系统里有不同的编号。"] },
        { title: "1.2 目标", paragraphs: ["治理的目标是让数据可信、可查、可用。"] },
      ],
      footnotes: ["注释一：这里的系统包括 ERP 和 CRM。"],
    },
    { title: "第二章 组织", sections: [{ title: "2.1 数据负责人", paragraphs: ["每个数据域都要有一位负责人。"] }] },
    { title: "第三章 工具", part: "第二部分 实施", sections: [{ title: "3.1 元数据目录", paragraphs: ["元数据目录记录每张表的来源和口径。"] }] },
  ],
};

async function parse(book: Book) {
  return parseDocument({ bytes: buildEpub(book), fileName: "book.epub" });
}

describe("EPUB", () => {
  it("is sniffed from its content, whatever its name", async () => {
    expect(await sniffType(buildEpub(BOOK), { fileName: "book.zip" })).toBe("epub");
  });

  it.each(["nav", "ncx"] as const)("maps the TOC (%s) to parts → chapters → sections on every paragraph, in spine order", async (toc) => {
    const doc = await parse({ ...BOOK, toc });
    expect(doc.format).toBe("epub");
    expect(doc.title).toBe("数据治理实践");
    expect(doc.lang).toBe("zh");
    expect(doc.segments.map((s) => [s.text, s.headingPath])).toEqual([
      ["很多公司的数据分散在几十个系统里。", ["第一部分 基础", "第一章 为什么要治理数据", "1.1 问题"]],
      ["同一个客户在不同系统里有不同的编号。", ["第一部分 基础", "第一章 为什么要治理数据", "1.1 问题"]],
      ["治理的目标是让数据可信、可查、可用。", ["第一部分 基础", "第一章 为什么要治理数据", "1.2 目标"]],
      // Footnotes are kept, in the chapter they annotate.
      ["注释一：这里的系统包括 ERP 和 CRM。", ["第一部分 基础", "第一章 为什么要治理数据", "1.2 目标"]],
      ["每个数据域都要有一位负责人。", ["第一部分 基础", "第二章 组织", "2.1 数据负责人"]],
      ["元数据目录记录每张表的来源和口径。", ["第二部分 实施", "第三章 工具", "3.1 元数据目录"]],
    ]);
  });

  it("resolves TOC links relative to the TOC file, with fragments", () => {
    expect(resolveHref("OEBPS/nav.xhtml", "text/ch%201.xhtml#s1")).toEqual({ file: "OEBPS/text/ch 1.xhtml", fragment: "s1" });
    expect(resolveHref("OEBPS/toc/toc.ncx", "../text/ch2.xhtml")).toEqual({ file: "OEBPS/text/ch2.xhtml", fragment: undefined });
    const nav = parseNav(
      `<nav epub:type="landmarks"><ol><li><a href="x.xhtml">Skip</a></li></ol></nav><nav epub:type="toc"><ol><li><a href="a.xhtml">A</a><ol><li><a href="a.xhtml#b">B</a></li></ol></li></ol></nav>`,
      "nav.xhtml",
    );
    expect(nav).toEqual([
      { path: ["A"], file: "a.xhtml", fragment: undefined },
      { path: ["A", "B"], file: "a.xhtml", fragment: "b" },
    ]);
    const ncx = parseNcx(`<ncx><navMap><navPoint><navLabel><text>One</text></navLabel><content src="c1.html"/></navPoint></navMap></ncx>`, "toc.ncx");
    expect(ncx).toEqual([{ path: ["One"], file: "c1.html", fragment: undefined }]);
  });

  it("without a TOC, uses the text's own headings", () => {
    const segs = assignSections([{ file: "a", anchors: new Map(), blocks: [{ text: "Intro", headingLevel: 1 }, { text: "Body." }] }], []);
    expect(segs).toEqual([{ text: "Body.", headingPath: ["Intro"] }]);
  });

  it("refuses a decompression bomb and a book without a package", async () => {
    // A small archive whose directory declares a 200 MB chapter: refused before anything is inflated.
    const bomb = zipSync({ mimetype: [strToU8("application/epub+zip"), { level: 0 }], "OEBPS/big.xhtml": new Uint8Array(1024) }, { level: 9 });
    const view = new DataView(bomb.buffer);
    // Only the deflated chapter lies: a stored entry whose two sizes disagree is damaged, not a bomb.
    for (let i = 0; i + 4 <= bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50 && view.getUint16(i + 10, true) === 8) view.setUint32(i + 24, 200 * 1024 * 1024, true);
    const e1 = await parseDocument({ bytes: bomb, fileName: "bomb.epub" }).catch((e: unknown) => e);
    expect(isAppError(e1) && e1.code).toBe("ARCHIVE_TOO_LARGE");
    const empty = zipSync({ mimetype: [strToU8("application/epub+zip"), { level: 0 }], "x.txt": strToU8("hi") });
    const e2 = await parseDocument({ bytes: empty, fileName: "empty.epub" }).catch((e: unknown) => e);
    expect(isAppError(e2) && e2.code).toBe("CORRUPT_FILE");
  });
});
