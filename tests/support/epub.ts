/**
 * Builds EPUB books for tests, fixtures and the 1,000,000-character benchmark: parts → chapters →
 * sections, footnotes as EPUB 3 <aside epub:type="footnote">, and the TOC as nav.xhtml (EPUB 3) or an
 * NCX (EPUB 2). One XHTML file per chapter; sections are anchors inside it.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export interface BookSection {
  title: string;
  paragraphs: string[];
}
export interface BookChapter {
  title: string;
  /** Title of the part this chapter opens, when a new part starts here. */
  part?: string;
  sections: BookSection[];
  footnotes?: string[];
}
export interface Book {
  title: string;
  lang: "zh" | "en";
  chapters: BookChapter[];
  toc?: "nav" | "ncx";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function chapterXhtml(c: BookChapter, n: number, lang: string): string {
  const notes = (c.footnotes ?? []).map((f, i) => `<aside epub:type="footnote" id="fn${n}-${i + 1}"><p>${esc(f)}</p></aside>`).join("\n");
  const body = c.sections.map((s, k) => `<section id="s${n}-${k + 1}"><h2>${esc(s.title)}</h2>\n${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}</section>`).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}"><head><title>${esc(c.title)}</title></head>
<body><h1 id="c${n}">${esc(c.title)}</h1>
${body}
${notes}
</body></html>`;
}

/** Part → chapter → section tree, the shape both TOC formats nest. */
function tocTree(book: Book) {
  const parts: Array<{ title?: string; chapters: Array<{ n: number; c: BookChapter }> }> = [];
  book.chapters.forEach((c, i) => {
    if (c.part || !parts.length) parts.push({ title: c.part, chapters: [] });
    parts[parts.length - 1].chapters.push({ n: i + 1, c });
  });
  return parts;
}

function navXhtml(book: Book): string {
  const chapters = (list: Array<{ n: number; c: BookChapter }>) =>
    list
      .map(
        ({ n, c }) =>
          `<li><a href="text/ch${n}.xhtml">${esc(c.title)}</a><ol>${c.sections.map((s, k) => `<li><a href="text/ch${n}.xhtml#s${n}-${k + 1}">${esc(s.title)}</a></li>`).join("")}</ol></li>`,
      )
      .join("\n");
  const items = tocTree(book)
    .map((p) => (p.title ? `<li><a href="text/ch${p.chapters[0].n}.xhtml">${esc(p.title)}</a><ol>${chapters(p.chapters)}</ol></li>` : chapters(p.chapters)))
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>TOC</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
${items}
</ol></nav></body></html>`;
}

function ncxXml(book: Book): string {
  let order = 0;
  const point = (label: string, src: string, inner = "") =>
    `<navPoint id="p${++order}" playOrder="${order}"><navLabel><text>${esc(label)}</text></navLabel><content src="${src}"/>${inner}</navPoint>`;
  const chapters = (list: Array<{ n: number; c: BookChapter }>) =>
    list.map(({ n, c }) => point(c.title, `text/ch${n}.xhtml`, c.sections.map((s, k) => point(s.title, `text/ch${n}.xhtml#s${n}-${k + 1}`)).join(""))).join("\n");
  const map = tocTree(book)
    .map((p) => (p.title ? point(p.title, `text/ch${p.chapters[0].n}.xhtml`, chapters(p.chapters)) : chapters(p.chapters)))
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>${esc(book.title)}</text></docTitle><navMap>
${map}
</navMap></ncx>`;
}

export function buildEpub(book: Book): Uint8Array {
  const useNav = (book.toc ?? "nav") === "nav";
  const manifest = book.chapters.map((_, i) => `<item id="ch${i + 1}" href="text/ch${i + 1}.xhtml" media-type="application/xhtml+xml"/>`).join("\n");
  const spine = book.chapters.map((_, i) => `<itemref idref="ch${i + 1}"/>`).join("");
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${useNav ? "3.0" : "2.0"}" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier><dc:title>${esc(book.title)}</dc:title><dc:language>${book.lang === "zh" ? "zh-CN" : "en"}</dc:language></metadata>
<manifest>
${useNav ? `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` : `<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>`}
${manifest}
</manifest>
<spine${useNav ? "" : ` toc="ncx"`}>${useNav ? `<itemref idref="nav" linear="no"/>` : ""}${spine}</spine>
</package>`;
  const files: Zippable = {
    // The mimetype entry comes first and is stored, as the EPUB spec requires.
    mimetype: [strToU8("application/epub+zip"), { level: 0 }],
    "META-INF/container.xml": strToU8(
      `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    ),
    "OEBPS/content.opf": strToU8(opf),
  };
  if (useNav) files["OEBPS/nav.xhtml"] = strToU8(navXhtml(book));
  else files["OEBPS/toc.ncx"] = strToU8(ncxXml(book));
  book.chapters.forEach((c, i) => {
    files[`OEBPS/text/ch${i + 1}.xhtml`] = strToU8(chapterXhtml(c, i + 1, book.lang));
  });
  return zipSync(files, { level: 6 });
}
