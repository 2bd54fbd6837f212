/**
 * Entity decoding and XML tokenizing that come from libraries (entities, htmlparser2's Tokenizer):
 * cue text gets HTML character references, WordprocessingML gets XML's, and the DOCX scanner stays
 * flat on nesting that htmlparser2's Parser would make quadratic.
 */
import { describe, expect, it } from "vitest";
import { stripCueMarkup } from "@/lib/ingest/cues";
import { coreTitle, headingStyles, scanDocumentXml } from "@/lib/ingest/docx-xml";
import { scanXml } from "@/lib/ingest/xml-events";

describe("cue text entities (HTML)", () => {
  it("decodes numeric references, decimal and hex", () => {
    expect(stripCueMarkup("&#20320;&#x597D; &#39;ok&#x27;")).toBe("你好 'ok'");
  });

  it("decodes named references, HTML's full set", () => {
    expect(stripCueMarkup("Q&amp;A &lt;b&gt; &quot;x&quot; &eacute;t&eacute; &hellip;")).toBe('Q&A <b> "x" été …');
    expect(stripCueMarkup("a&nbsp;b")).toBe("a\u00a0b");
  });

  it("leaves unknown or unterminated references as written", () => {
    expect(stripCueMarkup("R&D &copy 2024 &bogus; AT&T")).toBe("R&D &copy 2024 &bogus; AT&T");
  });

  it("replaces invalid code points with U+FFFD", () => {
    expect(stripCueMarkup("a&#0;b&#x110000;c&#xD800;d")).toBe("a\ufffdb\ufffdc\ufffdd");
  });
});

describe("WordprocessingML (XML)", () => {
  const doc = (body: string) => `<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;

  it("decodes XML entities in text and attributes, but not HTML-only names", () => {
    const paras = scanDocumentXml(doc('<w:p><w:pPr><w:pStyle w:val="A&amp;B"/></w:pPr><w:r><w:t>&lt;1&gt; &#x4F60;&#22909; &nbsp;</w:t></w:r></w:p>'));
    expect(paras).toEqual([{ text: "<1> 你好 &nbsp;", styleId: "A&B", outlineLevel: undefined }]);
    expect(coreTitle("<cp:coreProperties><dc:title> Q&amp;A &#8212; plan </dc:title></cp:coreProperties>")).toBe("Q&A — plan");
  });

  it("skips comments and the VML fallback of text boxes", () => {
    const xml = doc("<!-- <w:p><w:r><w:t>hidden</w:t></w:r></w:p> --><w:p><w:r><mc:Fallback><w:p><w:t>dup</w:t></w:p></mc:Fallback><w:t>shown</w:t></w:r></w:p>");
    expect(scanDocumentXml(xml).map((p) => p.text)).toEqual(["shown"]);
  });

  it("reads heading styles from attributes in any order and quoting", () => {
    const styles = `<w:styles><w:style w:styleId='x1' w:type="paragraph"><w:name w:val="heading 2"/></w:style><w:style w:styleId="t"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="10"/><w:outlineLvl w:val="3"/></w:pPr></w:style><w:style w:styleId="n"><w:name w:val="Normal"/></w:style></w:styles>`;
    expect([...headingStyles(styles)]).toEqual([
      ["x1", 2],
      ["t", 4],
    ]);
  });

  it("reads through deep nesting and unmatched end tags", () => {
    // No stack of open elements (htmlparser2's Parser searches one on every end tag: over 30 s on the first
    // input); how long it takes is for the benchmarks, not a unit test.
    const deep = `${"<w:p>".repeat(100_000)}<w:r><w:t>deep</w:t></w:r>${"</w:q>".repeat(100_000)}`;
    expect(scanDocumentXml(deep)).toEqual([]);
    const tables = `${"<w:tbl><w:tr><w:tc>".repeat(20_000)}<w:p><w:r><w:t>in</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(20_000)}`;
    expect(scanDocumentXml(tables)).toEqual([{ text: "in" }]);
  });

  it("reads attributes only for the tags asked for", () => {
    const seen: Array<[string, Record<string, string>, boolean]> = [];
    scanXml('<a x="1"><b y="2"/></a>', new Set(["b"]), { open: (n, a, s) => seen.push([n, { ...a }, s]), close: () => {}, text: () => {} });
    expect(seen).toEqual([
      ["a", {}, false],
      ["b", { y: "2" }, true],
    ]);
  });
});
