/**
 * EPUB table of contents → sections. The TOC (EPUB 3 nav.xhtml, or EPUB 2's NCX) names the parts,
 * chapters and sections and points at a file and an anchor in it; the text between one entry's anchor
 * and the next belongs to that entry, so every paragraph gets the TOC path enclosing it as headingPath.
 * Headings inside the text below a TOC entry add to that path; the heading that repeats the entry's
 * own title is not a paragraph.
 */
import { Parser } from "htmlparser2";
import type { Block, RawSegment } from "./blocks";
import { HeadingTracker } from "./blocks";
import { normalizeSpace } from "./clean";

export interface TocEntry {
  /** Titles from the outermost TOC level down to this entry. */
  path: string[];
  /** Zip path of the content file. */
  file: string;
  fragment?: string;
}

export interface SpineDoc {
  file: string;
  blocks: Block[];
  anchors: Map<string, number>;
}

/** Resolves an href found in `base` (a zip path) to a zip path and fragment. */
export function resolveHref(base: string, href: string): { file: string; fragment?: string } {
  const [rawPath, fragment] = href.split("#", 2);
  let decoded = rawPath;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    // A malformed escape is kept as written.
  }
  const parts = decoded ? base.split("/").slice(0, -1).concat(decoded.split("/")) : base.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return { file: out.join("/"), fragment: fragment || undefined };
}

function parseWith(xml: string, handlers: ConstructorParameters<typeof Parser>[0]): void {
  const parser = new Parser(handlers, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}

/** EPUB 3: the <nav epub:type="toc"> of the navigation document, nested <ol>/<li>/<a href>. */
export function parseNav(xhtml: string, navPath: string): TocEntry[] {
  const entries: TocEntry[] = [];
  const titles: string[] = [];
  let navDepth = 0;
  let liDepth = 0;
  let link: { href?: string; text: string } | undefined;
  parseWith(xhtml, {
    onopentag(name, attrs) {
      const local = name.replace(/^.*:/, "").toLowerCase();
      if (local === "nav") {
        if (navDepth > 0) navDepth++;
        else if (/\btoc\b/.test(attrs["epub:type"] ?? "") || attrs.role === "doc-toc") navDepth = 1;
        return;
      }
      if (navDepth === 0) return;
      if (local === "li") {
        liDepth++;
        titles.length = liDepth;
        titles[liDepth - 1] = "";
      } else if ((local === "a" || local === "span") && liDepth > 0 && !link) link = { href: attrs.href, text: "" };
    },
    ontext(text) {
      if (link) link.text += text;
    },
    onclosetag(name) {
      const local = name.replace(/^.*:/, "").toLowerCase();
      if (local === "nav" && navDepth > 0) navDepth--;
      else if (navDepth > 0 && local === "li") liDepth--;
      else if (link && (local === "a" || local === "span")) {
        const title = normalizeSpace(link.text);
        titles[liDepth - 1] = title;
        if (link.href && title) entries.push({ path: titles.slice(0, liDepth).filter(Boolean), ...resolveHref(navPath, link.href) });
        link = undefined;
      }
    },
  });
  return entries;
}

/** EPUB 2: navMap → nested navPoint, each with navLabel/text and content@src. */
export function parseNcx(xml: string, ncxPath: string): TocEntry[] {
  const entries: TocEntry[] = [];
  const titles: string[] = [];
  let depth = 0;
  let inLabel = false;
  let label = "";
  parseWith(xml, {
    onopentag(name, attrs) {
      const local = name.replace(/^.*:/, "");
      if (local === "navPoint") {
        depth++;
        titles.length = depth;
        titles[depth - 1] = "";
      } else if (local === "navLabel" && depth > 0) {
        inLabel = true;
        label = "";
      } else if (local === "content" && depth > 0 && attrs.src) {
        entries.push({ path: titles.slice(0, depth).filter(Boolean), ...resolveHref(ncxPath, attrs.src) });
      }
    },
    ontext(text) {
      if (inLabel) label += text;
    },
    onclosetag(name) {
      const local = name.replace(/^.*:/, "");
      if (local === "navLabel" && inLabel) {
        inLabel = false;
        titles[depth - 1] = normalizeSpace(label);
      } else if (local === "navPoint") depth--;
    },
  });
  return entries.filter((e) => e.path.length > 0);
}

const same = (a: string, b: string) => {
  const x = normalizeSpace(a).toLowerCase();
  const y = normalizeSpace(b).toLowerCase();
  return x === y || (x.length > 1 && y.length > 1 && (x.startsWith(y) || y.startsWith(x)));
};

/** Spine documents in reading order + TOC → segments with headingPath. Without a TOC, the text's own headings. */
export function assignSections(docs: SpineDoc[], toc: TocEntry[]): RawSegment[] {
  const segments: RawSegment[] = [];
  let tocPath: string[] = [];
  let headings = new HeadingTracker();
  for (const doc of docs) {
    const starts = toc
      .filter((e) => e.file === doc.file)
      .map((e, order) => ({ e, at: e.fragment ? (doc.anchors.get(e.fragment) ?? 0) : 0, order }))
      .sort((a, b) => a.at - b.at || a.order - b.order);
    let next = 0;
    doc.blocks.forEach((block, i) => {
      while (next < starts.length && starts[next].at <= i) {
        tocPath = starts[next].e.path;
        headings = new HeadingTracker();
        next++;
      }
      if (block.headingLevel !== undefined) {
        // The chapter's own heading is the TOC entry already; other headings are sections inside it.
        if (tocPath.some((t) => same(block.text, t))) return;
        headings.enter(block.headingLevel, normalizeSpace(block.text));
        return;
      }
      const path = [...tocPath, ...(headings.path() ?? [])];
      segments.push({ text: block.text, headingPath: path.length ? path : undefined });
    });
  }
  return segments;
}
