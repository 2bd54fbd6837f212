/**
 * EPUB (2 and 3): container.xml → the package (OPF) → spine order; each XHTML file through the HTML
 * reader (footnotes and endnotes stay as text where they are); the TOC (nav.xhtml, else the NCX) gives
 * every paragraph its part/chapter/section as headingPath (lib/ingest/epub-toc.ts). Decompression is
 * capped as for DOCX: entry count and declared sizes first, then a streamed byte budget.
 */
import { Parser } from "htmlparser2";
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "./types";
import { finalizeDoc } from "./build";
import { joinText, normalizeSpace } from "./clean";
import { assignSections, parseNav, parseNcx, resolveHref, type SpineDoc, type TocEntry } from "./epub-toc";
import { htmlBlocks } from "./html";
import { openZip } from "./zip";

interface Package {
  title?: string;
  manifest: Map<string, { href: string; type: string; properties: string }>;
  spine: string[];
  ncxId?: string;
}

function corrupt(detail: string): AppError {
  return new AppError("CORRUPT_FILE", `This EPUB book is damaged and cannot be read (${detail}).`);
}

function parsePackage(xml: string, opfPath: string): Package {
  const pkg: Package = { manifest: new Map(), spine: [] };
  let inTitle = false;
  let title = "";
  const parser = new Parser(
    {
      onopentag(name, a) {
        const local = name.replace(/^.*:/, "");
        if (local === "title" && name.includes("dc:") && pkg.title === undefined) inTitle = true;
        else if (local === "item" && a.id && a.href)
          pkg.manifest.set(a.id, { href: resolveHref(opfPath, a.href).file, type: a["media-type"] ?? "", properties: a.properties ?? "" });
        else if (local === "spine") pkg.ncxId = a.toc;
        else if (local === "itemref" && a.idref) pkg.spine.push(a.idref);
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (inTitle && name.replace(/^.*:/, "") === "title") {
          inTitle = false;
          pkg.title = normalizeSpace(title) || undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return pkg;
}

/** The package document's path from META-INF/container.xml (an XML parser: a regex over tags can backtrack). */
function rootfile(containerXml: string): string | undefined {
  let path: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (path === undefined && name.replace(/^.*:/, "").toLowerCase() === "rootfile" && a["full-path"]) path = a["full-path"];
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(containerXml);
  parser.end();
  return path;
}

export async function parseEpub(bytes: Uint8Array, fileName: string): Promise<ParsedDoc> {
  const zip = await openZip(bytes, "EPUB book");
  const read = zip.text;
  const container = await read("META-INF/container.xml");
  const opfPath = container ? rootfile(container) : zip.names.find((n) => n.endsWith(".opf"));
  const opf = opfPath ? await read(opfPath) : undefined;
  if (!opfPath || !opf) throw corrupt("no package document (.opf)");
  const pkg = parsePackage(opf, opfPath);
  if (!pkg.spine.length) throw corrupt("the reading order (spine) is empty");

  const nav = [...pkg.manifest.values()].find((m) => /\bnav\b/.test(m.properties));
  const ncx = pkg.ncxId ? pkg.manifest.get(pkg.ncxId) : [...pkg.manifest.values()].find((m) => m.type === "application/x-dtbncx+xml");
  let toc: TocEntry[] = [];
  const navXml = nav ? await read(nav.href) : undefined;
  if (nav && navXml) toc = parseNav(navXml, nav.href);
  if (!toc.length && ncx) {
    const ncxXml = await read(ncx.href);
    if (ncxXml) toc = parseNcx(ncxXml, ncx.href);
  }

  const docs: SpineDoc[] = [];
  const seen = new Set<string>();
  for (const id of pkg.spine) {
    const item = pkg.manifest.get(id);
    if (!item || seen.has(item.href) || !/html|xml/.test(item.type)) continue;
    seen.add(item.href);
    // The navigation document is the TOC, not text of the book.
    if (item === nav) continue;
    const xhtml = await read(item.href);
    if (xhtml === undefined) continue;
    const { blocks, anchors } = htmlBlocks(xhtml);
    const joined = blocks.map((b) => (b.headingLevel === undefined ? { ...b, text: b.text.split("\n").reduce(joinText, "") } : b));
    docs.push({ file: item.href, blocks: joined, anchors });
  }
  const segments = assignSections(docs, toc);
  if (!segments.length) throw new AppError("NO_TEXT", "This EPUB book contains no readable text.");
  return finalizeDoc({ segments, title: pkg.title, headerLines: [] }, { format: "epub", fileName });
}
