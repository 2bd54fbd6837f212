/**
 * Runs one parse or analysis in a child process, off the web server's event loop, with a memory cap
 * (V8 heap via --max-old-space-size, and the whole process's resident memory, which also counts
 * buffers outside the heap, polled from /proc) and a time limit. A file that exceeds either fails
 * alone with a clear AppError; the child is killed and its memory returns to the system. One spare
 * child is kept started (its modules loaded) so a task does not wait for Node and tsx to boot.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { setPriority } from "node:os";
import type { Socket } from "node:net";
import path from "node:path";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { ChildMessage, Task, TaskResult } from "./protocol";

export interface Limits {
  memoryMb: number;
  timeoutSeconds: number;
  /**
   * Seconds added to the limit per unit of work the child reports (progress `total`): OCR pages. The
   * limit becomes timeoutSeconds + total × this, counted from the start, once the child says how many.
   */
  secondsPerUnit?: number;
}

const CHILD = path.join(process.cwd(), "lib", "pipelines", "isolate", "child.ts");
const POLL_MS = 200;
const PAGE_BYTES = 4096;
const CHILD_NICENESS = 10;

function startChild(memoryMb: number): ChildProcess {
  // NODE_OPTIONS from a dev server (inspector, its own heap size) must not reach the child.
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, "--import", "tsx", CHILD], {
    cwd: process.cwd(),
    env,
    stdio: ["ignore", "inherit", "pipe", "ipc"],
    serialization: "advanced",
  });
  // Parsing and analysis are batch work: on a 2-core machine the web server's requests (a live
  // meeting's lines, a question) must not queue behind them, so the child runs at a lower priority.
  // It loses nothing when the machine is idle.
  try {
    if (child.pid) setPriority(child.pid, CHILD_NICENESS);
  } catch {
    // not permitted here (some containers): the child keeps the default priority
  }
  // A spare must not keep a finished process (a test run, the CLI) alive.
  child.unref();
  child.channel?.unref();
  (child.stderr as Socket | null)?.unref();
  return child;
}

let spare: { child: ChildProcess; memoryMb: number } | undefined;

function takeChild(memoryMb: number): ChildProcess {
  const ready = spare && spare.memoryMb === memoryMb && spare.child.exitCode === null && spare.child.connected ? spare.child : undefined;
  if (spare && !ready) spare.child.kill();
  spare = undefined;
  const child = ready ?? startChild(memoryMb);
  try {
    spare = { child: startChild(memoryMb), memoryMb };
    spare.child.once("exit", () => {
      if (spare?.child.exitCode !== null) spare = undefined;
    });
  } catch {
    spare = undefined;
  }
  return child;
}

/** Resident memory of a process in bytes (Linux); undefined where /proc is not there. */
function residentBytes(pid: number): number | undefined {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
    return Number(statm[1]) * PAGE_BYTES;
  } catch {
    return undefined;
  }
}

function tooSlow(seconds: number): AppError {
  return new AppError(
    "TOO_COMPLEX",
    `Reading this file took longer than ${seconds} s, the limit for one document; it is too large or too complex. Split it into parts or simplify it.`,
  );
}

function tooBig(mb: number): AppError {
  return new AppError(
    "TOO_COMPLEX",
    `Reading this file needed more than ${mb.toLocaleString("en-US")} MB of memory, the limit for one document; it is too large or built to exhaust the reader.`,
  );
}

export async function runIsolated<T extends Task>(task: T, limits: Limits, onProgress?: (done: number, total: number) => void): Promise<TaskResult<T>> {
  const child = takeChild(limits.memoryMb);
  child.ref();
  child.channel?.ref();
  let stderrTail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString("utf8")).slice(-4000);
  });
  return new Promise<TaskResult<T>>((resolve, reject) => {
    let settled: AppError | "done" | undefined;
    const finish = (outcome: AppError | "done") => {
      if (settled) return;
      settled = outcome;
      clearTimeout(timer);
      clearInterval(poll);
      if (outcome !== "done") child.kill("SIGKILL");
    };
    const startedAt = Date.now();
    let limitSeconds = limits.timeoutSeconds;
    let timer = setTimeout(() => finish(tooSlow(limitSeconds)), limitSeconds * 1000);
    const extendFor = (total: number) => {
      const wanted = limits.timeoutSeconds + total * (limits.secondsPerUnit ?? 0);
      if (wanted <= limitSeconds || settled) return;
      limitSeconds = wanted;
      clearTimeout(timer);
      timer = setTimeout(() => finish(tooSlow(limitSeconds)), Math.max(0, startedAt + limitSeconds * 1000 - Date.now()));
    };
    const poll = setInterval(() => {
      const rss = child.pid ? residentBytes(child.pid) : undefined;
      if (rss !== undefined && rss > limits.memoryMb * 1024 * 1024) finish(tooBig(limits.memoryMb));
    }, POLL_MS);
    child.on("message", (msg: ChildMessage) => {
      if (msg.type === "progress") {
        extendFor(msg.total);
        onProgress?.(msg.done, msg.total);
      } else if (msg.type === "result") {
        finish("done");
        resolve(msg.result as TaskResult<T>);
      } else {
        finish("done");
        const e = msg.error;
        reject(e.internal ? new Error(`processing child failed: ${e.message}`) : new AppError(e.code as AppErrorCode, e.message, e.details));
      }
    });
    child.once("exit", (code, signal) => {
      if (settled === "done") return;
      if (settled) return reject(settled);
      finish("done");
      // V8 aborts with "heap limit" when --max-old-space-size is reached.
      if (/heap limit|out of memory/i.test(stderrTail)) return reject(tooBig(limits.memoryMb));
      reject(new Error(`processing child exited (${signal ?? code}) without a result`));
    });
    child.send(task, (err) => {
      if (err) {
        finish(new AppError("INTERNAL", "The processing worker could not be started."));
        reject(err);
      }
    });
  });
}
