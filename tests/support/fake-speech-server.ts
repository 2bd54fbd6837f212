/**
 * A fake OpenAI-compatible speech-to-text server (`POST /v1/audio/transcriptions`) for tests, e2e and
 * the bench. It really listens to each part it is sent: the fixtures (scripts/make-speech-fixtures.ts)
 * play a tone of 300 + 100·k Hz during second k, so every whole second of a part is "heard" as
 * sentence k — which lets tests check that parts were put back on the recording's clock and that
 * overlaps appear once. Latency, failures and speaker labels are configurable.
 * Run alone (e2e): `tsx tests/support/fake-speech-server.ts --port 3303`.
 */
import { execFileSync } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ffmpegPath } from "@/lib/ingest/speech/ffmpeg";

export const TONE_SENTENCES = [
  "Good morning everyone, let's start the weekly product meeting.",
  "The beta release is ready for testing.",
  "We decided to ship the beta on Friday.",
  "Li Wei will update the onboarding guide by Thursday.",
  "Customers asked for an offline mode.",
  "The login bug was fixed yesterday.",
  "Marketing needs the screenshots next week.",
  "Zhang Min will prepare the pricing proposal.",
  "We agreed to review the budget in January.",
  "The server costs went down this month.",
  "Any other questions before we finish?",
  "Thanks everyone, see you next week.",
];

export interface SpeechRequestInfo {
  model: string;
  responseFormat: string;
  prompt: string | null;
  language: string | null;
  fileName: string;
  bytes: number;
  durationS: number;
  /** The recording's second at which this part starts (from its first tone), or -1 when unknown. */
  firstTone: number;
  /** How many times a part starting at this tone was asked for before (0 on the first try). */
  attempt: number;
  /** The Authorization header sent, if any (which key the client used). */
  authorization: string | null;
}

export interface FakeSpeechOptions {
  latencyMs?: number;
  /**
   * For the bench: do not listen. The body is drained and its size gives the part's length (16 kHz
   * mono WAV parts), so the server's own work stays far below its latency even for 10-minute parts.
   */
  fast?: boolean;
  /** Speaker labels on segments, as diarizing endpoints give them. */
  speakers?: boolean;
  /** A status code to answer instead of a transcription (e.g. 503 on a part's first try). */
  fail?: (req: SpeechRequestInfo) => number | undefined;
}

export interface FakeSpeechServer {
  url: string;
  requests: SpeechRequestInfo[];
  maxInFlight: number;
  options: FakeSpeechOptions;
  /** Forgets the requests seen so far (and so the attempt counts) and sets new options. */
  reset(options?: FakeSpeechOptions): void;
  close(): Promise<void>;
}

/** 16-bit mono PCM of a part: read straight from a WAV, otherwise decoded by ffmpeg. */
function pcmOf(bytes: Buffer): { samples: Int16Array; rate: number } {
  if (bytes.toString("latin1", 0, 4) === "RIFF" && bytes.readUInt16LE(20) === 1 && bytes.readUInt16LE(22) === 1 && bytes.readUInt16LE(34) === 16) {
    let at = 12;
    while (at + 8 <= bytes.length && bytes.toString("latin1", at, at + 4) !== "data") at += 8 + bytes.readUInt32LE(at + 4);
    const data = bytes.subarray(at + 8);
    const copy = Buffer.from(data.subarray(0, data.length - (data.length % 2)));
    return { samples: new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2), rate: bytes.readUInt32LE(24) };
  }
  const raw = execFileSync(ffmpegPath(), ["-hide_banner", "-loglevel", "error", "-i", "pipe:0", "-ac", "1", "-ar", "16000", "-f", "s16le", "pipe:1"], {
    input: bytes,
    maxBuffer: 1 << 30,
  });
  return { samples: new Int16Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 2)), rate: 16000 };
}

/** Tone index of each whole second (the dominant frequency from zero crossings). */
export function tonesOf(samples: Int16Array, rate: number): number[] {
  const out: number[] = [];
  for (let s = 0; (s + 1) * rate <= samples.length + rate * 0.05; s++) {
    const from = s * rate;
    const to = Math.min(samples.length, from + rate);
    let crossings = 0;
    for (let i = from + 1; i < to; i++) if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
    const hz = crossings / 2 / ((to - from) / rate);
    out.push(Math.round((hz - 300) / 100) || 0);
  }
  return out;
}

async function formOf(req: IncomingMessage): Promise<FormData> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const request = new Request("http://fake/", { method: "POST", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
  return request.formData();
}

/** A segment per whole second of a WAV part, sized from the multipart body (its few hundred bytes of framing are well under a second). */
async function fastAnswer(req: IncomingMessage, res: ServerResponse, arrived: number, latencyMs: number) {
  let bytes = 0;
  for await (const c of req) bytes += (c as Buffer).length;
  const durationS = Math.max(0, bytes - 44) / 32_000;
  const segments = Array.from({ length: Math.floor(durationS) }, (_, s) => ({ id: s, start: s, end: s + 1, text: TONE_SENTENCES[s % TONE_SENTENCES.length] }));
  const wait = latencyMs - (Date.now() - arrived);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ task: "transcribe", duration: durationS, segments }));
}

export async function startFakeSpeechServer(options: FakeSpeechOptions = {}, port = 0): Promise<FakeSpeechServer> {
  const requests: SpeechRequestInfo[] = [];
  const seen = new Map<number, number>();
  let inFlight = 0;
  const state: FakeSpeechServer = {
    url: "",
    requests,
    maxInFlight: 0,
    options,
    reset(next = {}) {
      requests.length = 0;
      seen.clear();
      state.maxInFlight = 0;
      state.options = next;
    },
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    if (req.method === "GET") return void res.end("ok");
    if (req.method !== "POST" || !req.url?.endsWith("/audio/transcriptions")) return void res.writeHead(404).end();
    const arrived = Date.now();
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      if (state.options.fast) return await fastAnswer(req, res, arrived, state.options.latencyMs ?? 0);
      const form = await formOf(req);
      const file = form.get("file") as File;
      const bytes = Buffer.from(await file.arrayBuffer());
      const { samples, rate } = pcmOf(bytes);
      const tones = tonesOf(samples, rate);
      const firstTone = tones.length ? tones[0] : -1;
      const attempt = seen.get(firstTone) ?? 0;
      seen.set(firstTone, attempt + 1);
      const info: SpeechRequestInfo = {
        model: String(form.get("model")),
        responseFormat: String(form.get("response_format")),
        prompt: form.get("prompt") as string | null,
        language: form.get("language") as string | null,
        fileName: file.name,
        bytes: bytes.length,
        durationS: samples.length / rate,
        firstTone,
        attempt,
        authorization: req.headers.authorization ?? null,
      };
      requests.push(info);
      // A fixed latency from the request's arrival: reading and "hearing" the part count towards it.
      const wait = (state.options.latencyMs ?? 0) - (Date.now() - arrived);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const status = state.options.fail?.(info);
      if (status) return void res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { message: `injected failure ${status}` } }));
      const segments = tones.map((k, s) => ({
        id: s,
        start: s,
        end: Math.min(s + 1, info.durationS),
        text: k >= 0 ? TONE_SENTENCES[k % TONE_SENTENCES.length] : "",
        ...(state.options.speakers ? { speaker: k % 2 === 0 ? "SPEAKER_00" : "SPEAKER_01" } : {}),
      }));
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ task: "transcribe", language: "en", duration: info.durationS, text: segments.map((s) => s.text).join(" "), segments }));
    } catch (e) {
      res.writeHead(400, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { message: String(e) } }));
    } finally {
      inFlight--;
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

if (process.argv[1]?.endsWith("fake-speech-server.ts")) {
  const i = process.argv.indexOf("--port");
  const port = i >= 0 ? Number(process.argv[i + 1]) : 0;
  const latency = Number(process.env.FAKE_SPEECH_LATENCY_MS ?? 0);
  void startFakeSpeechServer({ latencyMs: latency, fast: process.env.FAKE_SPEECH_FAST === "1" }, port).then((s) => console.log(`fake speech server on ${s.url}`));
  // Started by another process (the bench, Playwright): ends with it.
  process.on("disconnect", () => process.exit(0));
}
