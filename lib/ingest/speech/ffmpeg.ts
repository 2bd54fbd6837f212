/**
 * The ffmpeg binary shipped inside an npm package (@ffmpeg-installer/<platform>, an optional
 * dependency: nothing is downloaded at install or run time), run as a child process with a memory
 * cap (its resident memory, polled from /proc) and a time limit, like the isolated parser.
 */
import { spawn } from "node:child_process";
import { accessSync, chmodSync, constants, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppError } from "@/lib/errors";

let cachedPath: string | undefined;

export function ffmpegPath(): string {
  if (cachedPath) return cachedPath;
  let p: string;
  try {
    // Resolved from the project root at run time, not bundled: the binary sits beside its package.json.
    const require = createRequire(path.join(process.cwd(), "package.json"));
    p = (require("@ffmpeg-installer/ffmpeg") as { path: string }).path;
  } catch {
    throw new AppError("INTERNAL", "The ffmpeg package for this platform is not installed (npm install @ffmpeg-installer/ffmpeg).");
  }
  try {
    accessSync(p, constants.X_OK);
  } catch {
    // The package's own postinstall only sets the executable bit, which its tarball already carries; in case it does not.
    chmodSync(p, 0o755);
  }
  cachedPath = p;
  return p;
}

export interface FfmpegLimits {
  memoryMb: number;
  timeoutSeconds: number;
}

export interface FfmpegRun {
  stderr: string;
  /** Highest resident memory seen while it ran, in bytes (0 where /proc is not there). */
  peakRssBytes: number;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * 4096;
  } catch {
    return 0;
  }
}

/** Runs ffmpeg to completion; a non-zero exit is CORRUPT_FILE with ffmpeg's last lines, a limit is TOO_COMPLEX. */
export function runFfmpeg(args: string[], limits: FfmpegLimits, signal?: AbortSignal): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ["-hide_banner", "-nostdin", "-y", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peak = 0;
    let failure: Error | undefined;
    const stop = (e: Error) => {
      failure ??= e;
      child.kill("SIGKILL");
    };
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString("utf8")).slice(-16_000);
    });
    const poll = setInterval(() => {
      const rss = child.pid ? residentBytes(child.pid) : 0;
      peak = Math.max(peak, rss);
      if (rss > limits.memoryMb * 1024 * 1024)
        stop(new AppError("TOO_COMPLEX", `Decoding this recording needed more than ${limits.memoryMb} MB of memory, the limit for one document.`));
    }, 100);
    const timer = setTimeout(
      () => stop(new AppError("TOO_COMPLEX", `Decoding this recording took longer than ${limits.timeoutSeconds} s, the limit for one step.`)),
      limits.timeoutSeconds * 1000,
    );
    const onAbort = () => stop(new Error("aborted"));
    signal?.addEventListener("abort", onAbort, { once: true });
    child.once("error", (e) => stop(e));
    child.once("close", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (failure) return reject(failure);
      if (code !== 0) {
        const tail = stderr.trim().split("\n").slice(-3).join(" ").slice(0, 400);
        return reject(new AppError("CORRUPT_FILE", `This recording could not be decoded (${tail || `ffmpeg exited with ${code}`}).`));
      }
      resolve({ stderr, peakRssBytes: peak });
    });
  });
}

/** "Duration: 01:02:03.45" from ffmpeg's description of its input, in ms; undefined when it states none. */
export function durationFromStderr(stderr: string): number | undefined {
  const m = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  if (!m) return undefined;
  return Math.round((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000);
}
