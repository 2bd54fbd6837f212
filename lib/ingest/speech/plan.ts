/**
 * Where to cut a recording. Chunks are sized so each encoded part stays under the endpoint's upload
 * limit (OpenAI's is 25 MB), with a short overlap so a word cut at a boundary is heard whole in one
 * of the two parts; stitch.ts later keeps each overlapped stretch from one part only.
 */
export interface ChunkPlan {
  index: number;
  /** Where the part starts and ends on the recording's clock (ms); consecutive parts overlap. */
  startMs: number;
  endMs: number;
}

export interface PlanOptions {
  /** Longest part wanted, in ms (SPEECH_CHUNK_SECONDS). */
  maxChunkMs: number;
  /** Upload limit of the endpoint in bytes, and the encoded size of one second of audio. */
  maxBytes: number;
  bytesPerSecond: number;
  overlapMs: number;
}

/** Room for the container's header and rounding: a part is never planned closer than this to the limit. */
const SIZE_MARGIN = 0.97;

export function chunkLengthMs(opts: PlanOptions): number {
  const bySize = Math.floor(((opts.maxBytes * SIZE_MARGIN) / opts.bytesPerSecond) * 1000);
  const length = Math.min(opts.maxChunkMs, bySize);
  // Each part must move the clock forward by at least one second beyond its overlap.
  if (length < opts.overlapMs + 1000) throw new RangeError(`chunk length ${length} ms leaves no room beyond the ${opts.overlapMs} ms overlap`);
  return length;
}

export function planChunks(durationMs: number, opts: PlanOptions): ChunkPlan[] {
  if (!(durationMs > 0)) return [];
  const length = chunkLengthMs(opts);
  const step = length - opts.overlapMs;
  const plan: ChunkPlan[] = [];
  for (let start = 0; ; start += step) {
    const end = Math.min(start + length, durationMs);
    plan.push({ index: plan.length, startMs: start, endMs: end });
    if (end >= durationMs) break;
  }
  // A last part that would lie entirely inside the previous one's overlap adds nothing.
  return plan;
}
