/**
 * `npx tsx scripts/make-speech-fixtures.ts`: writes the small recordings in tests/fixtures/recordings
 * with the packaged ffmpeg (run once; the files are committed, tests never need to make them).
 * Each second k of a "tones" recording is a pure tone of 300 + 100·k Hz, so the fake speech server
 * (tests/support/fake-speech-server.ts) can tell from any part which seconds of the recording it holds.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ffmpegPath } from "@/lib/ingest/speech/ffmpeg";

const DIR = path.join(process.cwd(), "tests", "fixtures", "recordings");
export const TONE_EXPR = "sin(2*PI*(300+100*floor(t))*t)";

function make(name: string, seconds: number, out: string[], video = false) {
  const audio = ["-f", "lavfi", "-i", `aevalsrc=${TONE_EXPR}:s=16000:d=${seconds}`];
  const picture = video ? ["-f", "lavfi", "-i", `color=c=0x3b82f6:s=32x32:r=5:d=${seconds}`] : [];
  const file = path.join(DIR, name);
  execFileSync(ffmpegPath(), ["-hide_banner", "-y", ...audio, ...picture, "-ac", "1", ...out, "-shortest", file], { stdio: "inherit" });
  console.log(file);
}

make("tones.mp3", 12, ["-c:a", "libmp3lame", "-b:a", "32k"]);
make("tones.m4a", 12, ["-c:a", "aac", "-b:a", "32k"]);
make("tones.wav", 12, ["-ar", "8000", "-c:a", "pcm_s16le"]);
make("tones.ogg", 12, ["-c:a", "libopus", "-b:a", "24k"]);
make("tones.webm", 12, ["-c:a", "libopus", "-b:a", "24k", "-c:v", "libvpx", "-b:v", "20k"], true);
make("tones.mp4", 12, ["-c:a", "aac", "-b:a", "32k", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart"], true);
make("tones.mov", 12, ["-c:a", "aac", "-b:a", "32k", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-f", "mov"], true);
// A video with no sound at all: transcription must say so rather than fail obscurely.
execFileSync(
  ffmpegPath(),
  ["-hide_banner", "-y", "-f", "lavfi", "-i", "color=c=black:s=32x32:r=5:d=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", path.join(DIR, "silent-video.mp4")],
  { stdio: "inherit" },
);
