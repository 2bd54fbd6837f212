/** The intermediate shape every text-bearing format is reduced to before transcript/document reading. */
export interface Block {
  text: string;
  /** 0 = document title, 1..6 = heading levels; undefined for body text. */
  headingLevel?: number;
  /** 1-based PDF page. */
  page?: number;
  /** OCR line confidence, 0–1. */
  confidence?: number;
}

/** A segment before indexing and final clean-up. */
export interface RawSegment {
  speaker?: string;
  startMs?: number;
  endMs?: number;
  page?: number;
  headingPath?: string[];
  confidence?: number;
  text: string;
}

export interface ReadResult {
  segments: RawSegment[];
  title?: string;
  /** Lines that describe the file (metadata, preamble, NOTE blocks): where a meeting date may be stated. */
  headerLines: string[];
}

/** Maintains the heading stack while walking blocks in order. */
export class HeadingTracker {
  private stack: Array<{ level: number; text: string }> = [];

  enter(level: number, text: string): void {
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    this.stack.push({ level, text });
  }

  path(): string[] | undefined {
    const p = this.stack.filter((h) => h.level > 0).map((h) => h.text);
    return p.length ? p : undefined;
  }
}
