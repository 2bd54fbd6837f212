/**
 * A recording → ParsedDoc. ffmpeg decodes the audio track once to a 16 kHz mono WAV file on disk
 * (streamed: memory stays flat however long the recording); each planned part is then a byte range
 * of that file (or, for mp3 parts, encoded from it just before it is sent). Parts are sent with
 * bounded concurrency; a failed part is retried with backoff and, if it still fails, the whole
 * transcription fails naming the part — a gap in a transcript is never passed off as the meeting.
 */
import { openAsBlob } from "node:fs";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { finalizeDoc } from "../build";
import type { ParsedDoc } from "../types";
import { partFromFile, SpeechRequestError, transcribePart, type PartAudio, type SpeechConfig } from "./client";
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

async function decodeToWav(input: string, out: string, opts: TranscribeOptions): Promise<Decoded & { durationMs: number }> {
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
  const dataOffset = await wavDataOffset(out);
  return { file: out, blob: await openAsBlob(out), dataOffset, durationMs: Math.floor((size - dataOffset) / WAV_BYTES_PER_MS) };
}

/** A 44-byte header for `dataBytes` of 16 kHz mono 16-bit PCM. */
export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write("RIFF", 0, "latin1");
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVEfmt ", 8, "latin1");
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(16_000, 24);
  h.writeUInt32LE(32_000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "latin1");
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

interface Decoded {
  file: string;
  /** The whole decoded WAV as a file-backed Blob, and where its samples start. */
  blob: Blob;
  dataOffset: number;
}

/**
 * One part's audio. WAV parts are slices of the decoded file behind a header of their own: nothing is
 * copied or re-encoded, and the bytes are read from disk as the request sends them. MP3 parts are
 * encoded by ffmpeg into a temp file, deleted once sent (`done`).
 */
async function partAudio(decoded: Decoded, part: ChunkPlan, dir: string, opts: TranscribeOptions): Promise<{ audio: PartAudio; done: () => Promise<void> }> {
  const name = `part-${String(part.index + 1).padStart(4, "0")}.${opts.chunkFormat}`;
  if (opts.chunkFormat === "wav") {
    const from = decoded.dataOffset + part.startMs * WAV_BYTES_PER_MS;
    const to = Math.min(decoded.blob.size, decoded.dataOffset + part.endMs * WAV_BYTES_PER_MS);
    const blob = new Blob([new Uint8Array(wavHeader(to - from)), decoded.blob.slice(from, to)], { type: "audio/wav" });
    return { audio: { blob, name }, done: async () => {} };
  }
  const file = path.join(dir, name);
  const run = await runFfmpeg(
    ["-ss", (part.startMs / 1000).toFixed(3), "-t", ((part.endMs - part.startMs) / 1000).toFixed(3), "-i", decoded.file, ...ENCODE.mp3.args, file],
    opts.ffmpeg,
  );
  opts.onFfmpeg?.(run.peakRssBytes);
  return { audio: await partFromFile(file), done: () => rm(file, { force: true }) };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
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
async function transcribeParts(decoded: Decoded, plan: ChunkPlan[], dir: string, opts: TranscribeOptions) {
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
        const { audio, done: release } = await partAudio(decoded, part, dir, opts);
        try {
          const seconds = (part.endMs - part.startMs) / 1000;
          results.push({ plan: part, segments: await withRetries(() => transcribePart(audio, seconds, opts.speech, stop.signal), opts, stop.signal) });
        } finally {
          await release();
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
    const decoded = await decodeToWav(input, wav, opts);
    const { durationMs } = decoded;
    if (durationMs <= 0) throw new AppError("NO_TEXT", "This recording is silent or empty: there is no audio to transcribe.");
    const plan = planChunks(durationMs, {
      maxChunkMs: opts.maxChunkSeconds * 1000,
      maxBytes: opts.maxChunkBytes,
      bytesPerSecond: ENCODE[opts.chunkFormat].bytesPerSecond,
      overlapMs: opts.overlapMs,
    });
    const parts = await transcribeParts(decoded, plan, dir, opts);
    const stitched = stitchParts(parts);
    if (!stitched.length) throw new AppError("NO_TEXT", "No speech was recognised in this recording.");
    return finalizeDoc({ segments: stitched, headerLines: [] }, { format, fileName });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
