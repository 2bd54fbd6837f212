/** Reads blocks as a document: body blocks become segments, headings become their headingPath. */
import { HeadingTracker, type Block, type RawSegment, type ReadResult } from "./blocks";
import { normalizeSpace, stripArtifacts } from "./clean";

export function readDocument(blocks: Block[], opts: { titleFromFirstLine?: boolean } = {}): ReadResult {
  const segments: RawSegment[] = [];
  const headerLines: string[] = [];
  const headings = new HeadingTracker();
  let title: string | undefined;

  blocks.forEach((block, i) => {
    const text = normalizeSpace(stripArtifacts(block.text));
    if (!text) return;
    if (segments.length < 5) headerLines.push(text);
    if (block.headingLevel !== undefined) {
      if (title === undefined && block.headingLevel <= 1 && segments.length === 0) {
        title = text;
        // A level-1 heading that is the document's name still scopes the sections under it only if
        // other level-1 headings follow; treating it as the title keeps paths short either way.
        return;
      }
      headings.enter(block.headingLevel, text);
      return;
    }
    if (opts.titleFromFirstLine && i === 0 && title === undefined && blocks.length > 1 && isTitleLike(text)) {
      title = text;
      return;
    }
    segments.push({ text, page: block.page, headingPath: headings.path() });
  });
  return { segments, title, headerLines };
}

/** Short, unpunctuated first line: the way people title a plain-text note. */
export function isTitleLike(text: string): boolean {
  return text.length <= 60 && !/[。！？.!?,，;；:：]$/.test(text) && !/^[-*•]/.test(text);
}
