/**
 * Recordings: a 2-hour recording generated now with the packaged ffmpeg (lavfi sine, mp3 mono),
 * transcribed through the fake speech server (tests/support/fake-speech-server.ts, a process of its
 * own, in its fast mode: it sizes each part instead of listening to it) answering every part in a
 * fixed latency. Measures
 *  - transcription wall time of the parts against ⌈parts / SPEECH_CONCURRENCY⌉ × latency + 10 %,
 *  - the peak resident memory of this process plus its ffmpeg children (sampled from /proc every
 *    50 ms) while the recording is decoded, split and uploaded: goal ≤ 300 MB.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchRow } from "../bench";
import { ffmpegPath } from "@/lib/ingest/speech/ffmpeg";
import { transcribeFile } from "@/lib/ingest/speech/transcribe";

const HOURS = Number(process.env.BENCH_SPEECH_HOURS ?? 2);
/** A short and a realistic endpoint latency for a 10-minute part (whisper servers run it in 10–30 s). */
const LATENCIES_MS = [3000, 10_000];
const CONCURRENCY = 4;
const MB = 1024 * 1024;

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * 4096;
  } catch {
    return 0;
  }
}

/** This process and its children (ffmpeg), not the fake server's process. */
function treeRss(exclude: number): number {
  let total = rssOf(process.pid);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === exclude) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid) total += rssOf(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

async function startServer(latencyMs: number): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/fake-speech-server.ts", "--port", "0"], {
    env: { ...process.env, FAKE_SPEECH_LATENCY_MS: String(latencyMs), FAKE_SPEECH_FAST: "1" },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      const m = /on (http\S+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child.once("exit", () => reject(new Error("fake speech server exited")));
  });
  return { url, pid: child.pid!, stop: () => child.kill() };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "jiyao-bench-speech-"));
  const file = path.join(dir, "two-hours.mp3");
  const seconds = HOURS * 3600;
  const t0 = performance.now();
  execFileSync(ffmpegPath(), [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=440:sample_rate=16000:duration=${seconds}`,
    "-ac",
    "1",
    "-c:a",
    "libmp3lame",
    "-b:a",
    "32k",
    "-compression_level",
    "9",
    file,
  ]);
  console.log(`speech: generated ${HOURS} h recording (${(statSync(file).size / MB).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const rows: BenchRow[] = [];
  try {
    for (const latency of LATENCIES_MS) rows.push(...(await measure(file, seconds, latency)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function measure(file: string, seconds: number, latencyMs: number): Promise<BenchRow[]> {
  const server = await startServer(latencyMs);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 50);
  let partsStartedAt = 0;
  let parts = 0;
  let segments = 0;
  let lastStartMs = 0;
  const started = performance.now();
  try {
    // The fake server (fast mode) answers a sentence per second of each part: 7,200 segments to stitch.
    const doc = await transcribeFile(file, "two-hours.mp3", "mp3", {
      speech: { baseUrl: server.url, model: "bench", responseFormat: "verbose_json", timeoutMs: 120_000 },
      concurrency: CONCURRENCY,
      maxChunkSeconds: 600,
      maxChunkBytes: 25 * MB,
      overlapMs: 2000,
      chunkFormat: "wav",
      maxRetries: 0,
      retryBaseMs: 0,
      ffmpeg: { memoryMb: 1536, timeoutSeconds: 900 },
      onProgress: (done, total) => {
        if (done === 0) partsStartedAt = performance.now();
        parts = total;
      },
    });
    segments = doc.segments.length;
    lastStartMs = doc.segments.at(-1)?.startMs ?? 0;
  } finally {
    clearInterval(sampler);
    server.stop();
  }
  const ended = performance.now();
  const bound = Math.ceil(parts / CONCURRENCY) * latencyMs * 1.1;
  const c = `${HOURS} h recording, ${parts} parts of ≤ 600 s, concurrency ${CONCURRENCY}, latency ${latencyMs} ms`;
  return [
    {
      bench: "speech",
      case: c,
      metric: "transcription wall time (parts)",
      value: ended - partsStartedAt,
      unit: "ms",
      goal: `≤ ${Math.round(bound)} (⌈${parts}/${CONCURRENCY}⌉ × ${latencyMs} + 10 %)`,
    },
    { bench: "speech", case: c, metric: "decode to 16 kHz WAV", value: partsStartedAt - started, unit: "ms" },
    { bench: "speech", case: c, metric: "total (decode + parts)", value: ended - started, unit: "ms" },
    { bench: "speech", case: c, metric: "peak RSS, this process + ffmpeg", value: peak / MB, unit: "MB", goal: "≤ 300" },
    { bench: "speech", case: c, metric: "segments stitched (one per second)", value: segments, unit: "segments", goal: `${seconds}` },
    { bench: "speech", case: c, metric: "last segment start", value: lastStartMs / 1000, unit: "s", goal: `${seconds - 1}` },
  ];
}
