import { readFileSync, readdirSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import * as oldM from "@/lib/ingest/docx-xml-old-tmp";
import * as newM from "@/lib/ingest/docx-xml";
import { docxParts } from "@/tests/fixtures/ingest/builders/docx";
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
let n = 0, bad = 0;
const check = (label: string, doc: string, styles = "", core = "") => {
  n++;
  const pairs: [string, unknown, unknown][] = [
    ["doc", oldM.scanDocumentXml(doc), newM.scanDocumentXml(doc)],
    ["styles", [...oldM.headingStyles(styles)], [...newM.headingStyles(styles)]],
    ["core", oldM.coreTitle(core), newM.coreTitle(core)],
  ];
  for (const [k, a, b] of pairs) if (!same(a, b)) { bad++; console.log("DIFF", label, k, JSON.stringify(a).slice(0, 300), "\n   vs", JSON.stringify(b).slice(0, 300)); }
};
const dirs = ["tests/fixtures/ingest", "/work/shared/corpus"];
const walk = (d: string): string[] => { try { return readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith(".docx") ? [`${d}/${e.name}`] : []); } catch { return []; } };
for (const f of dirs.flatMap(walk)) {
  try { const z = unzipSync(readFileSync(f)); const g = (k: string) => (z[k] ? strFromU8(z[k]) : ""); check(f, g("word/document.xml"), g("word/styles.xml"), g("docProps/core.xml")); } catch (e) { console.log("skip", f, String(e).slice(0, 80)); }
}
const p = docxParts([{ text: "Title &amp; <x>", style: "Heading1" } as never, { text: "Hello" }]);
check("builder", strFromU8(p["word/document.xml"]), p["word/styles.xml"] ? strFromU8(p["word/styles.xml"]) : "", p["docProps/core.xml"] ? strFromU8(p["docProps/core.xml"]) : "");
console.log("checked", n, "diffs", bad);
// timing
const big = `<w:document xmlns:w="x"><w:body>${'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Alice: hello &amp; welcome 你好</w:t></w:r><w:r><w:tab/><w:t>more</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'.repeat(40000)}</w:body></w:document>`;
check("big", big);
for (const [k, m] of [["old", oldM], ["new", newM], ["old", oldM], ["new", newM]] as const) { const t = performance.now(); m.scanDocumentXml(big); console.log(k, (big.length / 1e6).toFixed(1), "MB", (performance.now() - t).toFixed(0), "ms"); }
const hostile: [string, string][] = [
  ["nested p 100k", "<w:p>".repeat(100_000) + "<w:t>x</w:t>"],
  ["unclosed+stray 100k", "<w:p>".repeat(100_000) + "</w:q>".repeat(100_000)],
  ["nested tbl 50k", "<w:tbl><w:tr><w:tc>".repeat(50_000) + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>".repeat(50_000)],
  ["fallback nest", "<mc:Fallback>".repeat(50_000) + "<w:p><w:t>x</w:t></w:p>"],
  ["lt spam", "<".repeat(200_000)],
  ["attr spam", "<w:p " + 'a="1" '.repeat(100_000) + ">"],
];
for (const [k, x] of hostile) { const t = performance.now(); const r = newM.scanDocumentXml(x); console.log("hostile", k, (performance.now() - t).toFixed(0), "ms", r.length); check(k, x); }
