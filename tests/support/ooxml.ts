import { strFromU8, unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";

/** Helpers that read generated Office files back, the way Word/PowerPoint would see them. */

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Concatenated text of each element `tag` (e.g. "w:p", "w:tr", "a:p"), decoded, one string per element. */
export function elementTexts(xml: string, tag: string, textTag: string): string[] {
  const elements = xml.match(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, "g")) ?? [];
  return elements.map((element) =>
    (element.match(new RegExp(`<${textTag}(?: [^>]*)?>[\\s\\S]*?</${textTag}>`, "g")) ?? []).map((run) => decodeXml(run.replace(/<[^>]+>/g, ""))).join(""),
  );
}

/** Every XML part of the package must be well-formed, or Office refuses to open the file. */
export function malformedParts(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(".xml") || path.endsWith(".rels"))
    .filter(([, xml]) => XMLValidator.validate(xml) !== true)
    .map(([path]) => path);
}
