export interface Chunk {
  index: number;
  /** Inclusive segment index range covered by this chunk. */
  segmentStart: number;
  segmentEnd: number;
  tokenCount: number;
  text: string;
}

export interface ChunkOptions {
  /** Maximum tokens per chunk (default 1500). */
  budget?: number;
  /** Tokens of trailing context repeated at the start of the next chunk (default 100). */
  overlap?: number;
}
