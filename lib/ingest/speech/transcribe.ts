/**
 * A recording → ParsedDoc. ffmpeg decodes the audio track once to a 16 kHz mono WAV file on disk
 * (streamed: memory stays flat however long the recording), then cuts each planned part from it
 * just before it is sent, so at most SPEECH_CONCURRENCY parts exist at a time. Parts are sent with
 * bounded concurrency; a failed part is retried with backoff and, if it still fails, the whole
 * transcription fails naming the part — a gap in a transcript is never passed off as the meeting.
 */
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { finalizeDoc } from "../build";
import type { ParsedDoc } from "../types";
import { SpeechRequestError, transcribePart, type SpeechConfig } from "./client";
import { runFfmpeg, type FfmpegLimits } from "./ffmpeg";
import { planChunks, type ChunkPlan } from "./plan";
import { stitchParts, type SpeechSegment } from "./stitch";

export type ChunkFormat = "wav" | "mp3";

export interface TranscribeOptions {
  speech: SpeechConfig;
  concurrency: number;
  maxChunkSeconds: number;
  maxChunkBytes: number;
  overlapMs: number;
  chunkFormat: ChunkFormat;
  maxRetries: number;
  retryBaseMs: number;
  ffmpeg: FfmpegLimits;
  /** Parts transcribed so far of all parts; called once with (0, n) when the plan is known. */
  onProgress?: (done: number, total: number) => void;
  /** Measurement hook for the bench: ffmpeg's peak resident memory per run. */
  onFfmpeg?: (peakRssBytes: number) => void;
}

const ENCODE: Record<ChunkFormat, { args: string[]; bytesPerSecond: number }> = {
  // 16-bit PCM at 16 kHz mono: what every speech model hears anyway, and what whisper.cpp's server reads without converting.
  wav: { args: ["-c:a", "pcm_s16le"], bytesPerSecond: 32_000 },
  mp3: { args: ["-c:a", "libmp3lame", "-b:a", "64k"], bytesPerSecond: 8_000 },
};

const WAV_BYTES_PER_MS = 32;

/** Offset of the PCM data in a WAV file ffmpeg wrote (after RIFF, fmt and any LIST chunk). */
async function wavDataOffset(file: string): Promise<number> {
  const h = await open(file, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await h.read(head, 0, head.length, 0);
    for (let at = 12; at + 8 <= bytesRead; ) {
      const id = head.toString("latin1", at, at + 4);
      if (id === "data") return at + 8;
      at += 8 + head.readUInt32LE(at + 4);
    }
    return 44;
  } finally {
    await h.close();
  }
}

async function decodeToWav(input: string, out: string, opts: TranscribeOptions): Promise<number> {
  try {
    const run = await runFfmpeg(["-i", input, "-map", "0:a:0", "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-map_metadata", "-1", "-f", "wav", out], opts.ffmpeg);
    opts.onFfmpeg?.(run.peakRssBytes);
  } catch (e) {
    if (e instanceof AppError && /matches no streams|does not contain any stream/.test(e.message)) {
      throw new AppError("NO_TEXT", "This recording has no audio track, so there is nothing to transcribe.");
    }
    throw e;
  }
  const size = (await stat(out)).size;
  return Math.floor((size - (await wavDataOffset(out))) / WAV_BYTES_PER_MS);
}

async function cutPart(wav: string, part: ChunkPlan, dir: string, opts: TranscribeOptions): Promise<string> {
  const file = path.join(dir, `part-${String(part.index + 1).padStart(4, "0")}.${opts.chunkFormat}`);
  const run = await runFfmpeg(
    ["-ss", (part.startMs / 1000).toFixed(3), "-t", ((part.endMs - part.startMs) / 1000).toFixed(3), "-i", wav, ...ENCODE[opts.chunkFormat].args, file],
    opts.ffmpeg,
  );
  opts.onFfmpeg?.(run.peakRssBytes);
  return file;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });

async function withRetries(fn: () => Promise<SpeechSegment[]>, opts: TranscribeOptions, signal: AbortSignal): Promise<SpeechSegment[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const retryable = e instanceof SpeechRequestError && e.retryable;
      if (!retryable || attempt >= opts.maxRetries || signal.aborted) throw e;
      const backoff = opts.retryBaseMs * 2 ** attempt;
      await sleep(backoff / 2 + Math.random() * (backoff / 2), signal);
    }
  }
}

/** Sends every part with at most `concurrency` in flight; the first part that fails for good stops the rest. */
async function transcribeParts(wav: string, plan: ChunkPlan[], dir: string, opts: TranscribeOptions) {
  const results: { plan: ChunkPlan; segments: SpeechSegment[] }[] = [];
  const stop = new AbortController();
  let failed: { part: ChunkPlan; reason: string } | undefined;
  let next = 0;
  let done = 0;
  opts.onProgress?.(0, plan.length);
  const lane = async () => {
    while (next < plan.length && !stop.signal.aborted) {
      const part = plan[next++];
      try {
        const file = await cutPart(wav, part, dir, opts);
        try {
          const seconds = (part.endMs - part.startMs) / 1000;
          results.push({ plan: part, segments: await withRetries(() => transcribePart(file, seconds, opts.speech, stop.signal), opts, stop.signal) });
        } finally {
          await rm(file, { force: true });
        }
        opts.onProgress?.(++done, plan.length);
      } catch (e) {
        if (!failed || part.index < failed.part.index) failed = { part, reason: e instanceof Error ? e.message : String(e) };
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, plan.length)) }, lane));
  if (failed) {
    throw new AppError("TRANSCRIPTION_FAILED", `Part ${failed.part.index + 1} of ${plan.length} failed: ${failed.reason}. The recording is kept; press Retry to try again.`, {
      part: failed.part.index + 1,
      parts: plan.length,
    });
  }
  return results;
}

export async function transcribeFile(input: string, fileName: string, format: string, opts: TranscribeOptions): Promise<ParsedDoc> {
  const dir = await mkdtemp(path.join(tmpdir(), "jiyao-speech-"));
  try {
    const wav = path.join(dir, "audio.wav");
    const durationMs = await decodeToWav(input, wav, opts);
    if (durationMs <= 0) throw new AppError("NO_TEXT", "This recording is silent or empty: there is no audio to transcribe.");
    const plan = planChunks(durationMs, {
      maxChunkMs: opts.maxChunkSeconds * 1000,
      maxBytes: opts.maxChunkBytes,
      bytesPerSecond: ENCODE[opts.chunkFormat].bytesPerSecond,
      overlapMs: opts.overlapMs,
    });
    const parts = await transcribeParts(wav, plan, dir, opts);
    const stitched = stitchParts(parts);
    if (!stitched.length) throw new AppError("NO_TEXT", "No speech was recognised in this recording.");
    return finalizeDoc({ segments: stitched, headerLines: [] }, { format, fileName });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
