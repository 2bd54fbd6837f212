/** Reads blocks as a document: body blocks become segments, headings become their headingPath. */
import { HeadingTracker, type Block, type RawSegment, type ReadResult } from "./blocks";
import { normalizeSpace, stripArtifacts } from "./clean";

/**
 * `knownTitle` comes from file metadata (DOCX core.xml, HTML <title>, front matter). Without one,
 * a top-level heading before any text is the title; with one, only a heading repeating it is.
 */
export function readDocument(blocks: Block[], opts: { titleFromFirstLine?: boolean; knownTitle?: string } = {}): ReadResult {
  const segments: RawSegment[] = [];
  const headerLines: string[] = [];
  const headings = new HeadingTracker();
  let title = opts.knownTitle?.trim() || undefined;
  let leadingHeadingUsed = false;

  blocks.forEach((block, i) => {
    const text = normalizeSpace(stripArtifacts(block.text));
    if (!text) return;
    if (segments.length < 5) headerLines.push(text);
    if (block.headingLevel !== undefined) {
      if (!leadingHeadingUsed && block.headingLevel <= 1 && segments.length === 0 && (title === undefined || title === text)) {
        leadingHeadingUsed = true;
        title = text;
        return;
      }
      headings.enter(block.headingLevel, text);
      return;
    }
    if (opts.titleFromFirstLine && i === 0 && title === undefined && blocks.length > 1 && isTitleLike(text)) {
      title = text;
      return;
    }
    segments.push({ text, page: block.page, headingPath: headings.path(), confidence: block.confidence });
  });
  return { segments, title, headerLines };
}

/** Short, unpunctuated first line: the way people title a plain-text note. */
export function isTitleLike(text: string): boolean {
  return text.length <= 60 && !/[。！？.!?,，;；:：]$/.test(text) && !/^[-*•]/.test(text);
}
