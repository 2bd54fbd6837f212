/**
 * `jiyao parse <file> [--json] [--max-bytes N]`: runs the ingest library on one file.
 * --json prints the ParsedDoc exactly as the app stores it; otherwise a readable listing.
 * A recording (mp3, m4a, wav, ogg/opus, webm, mp4, mov) is transcribed through SPEECH_BASE_URL, with
 * startMs/endMs on the recording's clock; without it the command exits 2 saying what to set.
 */
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { ocrWorkers } from "@/lib/env";
import { parseDocument } from "@/lib/ingest";
import { LIMITS } from "@/lib/ingest/limits";
import { formatClock } from "@/lib/ingest/timecode";
import type { ParsedDoc } from "@/lib/ingest/types";
import { sniffMedia } from "@/lib/ingest/speech/media";
import { transcribeFile } from "@/lib/ingest/speech/transcribe";
import { speechOptionsFromEnv } from "@/lib/pipelines/speech-options";

const USAGE = "usage: jiyao parse <file> [--json] [--max-bytes N]";

function listing(doc: ParsedDoc): string {
  const out = [
    `title:    ${doc.title}`,
    `kind:     ${doc.kind} (${doc.format}, ${doc.lang})`,
    ...(doc.meetingDate ? [`date:     ${doc.meetingDate}`] : []),
    ...(doc.speakers.length ? [`speakers: ${doc.speakers.join(", ")}`] : []),
    `segments: ${doc.segments.length}`,
    "",
  ];
  for (const s of doc.segments) {
    const where = [
      s.startMs !== undefined ? formatClock(s.startMs) : undefined,
      s.page !== undefined ? `p.${s.page}` : undefined,
      s.speaker,
      s.headingPath?.length ? `§ ${s.headingPath.join(" > ")}` : undefined,
      s.confidence !== undefined ? `ocr ${Math.round(s.confidence * 100)}%` : undefined,
    ].filter(Boolean);
    out.push(`[${s.index}]${where.length ? ` ${where.join(" ")}` : ""}: ${s.text}`);
  }
  return out.join("\n");
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function progressLine(done: number, total: number) {
  process.stderr.write(`transcribed ${done} of ${total} parts\n`);
}

export async function run(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const mbIdx = argv.indexOf("--max-bytes");
  const maxBytes = mbIdx >= 0 ? Number(argv[mbIdx + 1]) : LIMITS.maxBytes;
  const file = argv.find((a, i) => !a.startsWith("--") && !(mbIdx >= 0 && i === mbIdx + 1));
  if (!file || !Number.isFinite(maxBytes) || maxBytes <= 0) throw new AppError("INVALID_INPUT", USAGE);

  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error("not a file");
    size = st.size;
  } catch {
    throw new AppError("NOT_FOUND", `No such file: ${file}`);
  }
  // A recording is transcribed from the file itself (ffmpeg reads it; it is never loaded here).
  const media = sniffMedia(await readHead(file), path.basename(file));
  if (media) {
    if (mbIdx >= 0 && size > maxBytes) throw new AppError("FILE_TOO_LARGE", `This file is ${size} bytes; the limit is ${maxBytes}.`);
    const doc = await transcribeFile(path.resolve(file), path.basename(file), media.format, speechOptionsFromEnv({ where: "cli", onProgress: json ? undefined : progressLine }));
    process.stdout.write(json ? `${JSON.stringify(doc, null, 2)}\n` : `${listing(doc)}\n`);
    return 0;
  }
  // Checked before reading so a huge file is refused without loading it.
  if (size > maxBytes) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    throw new AppError("FILE_TOO_LARGE", `This file is ${mb(size)}; the limit is ${mb(maxBytes)}.`);
  }
  const handle = await open(file, "r");
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
  const doc = await parseDocument({ bytes, fileName: path.basename(file) }, { maxBytes, ocr: { workers: ocrWorkers() } });
  process.stdout.write(json ? `${JSON.stringify(doc, null, 2)}\n` : `${listing(doc)}\n`);
  return 0;
}
