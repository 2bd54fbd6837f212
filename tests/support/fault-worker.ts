/**
 * `npm run worker` as a real child process, for crash tests. It runs in its own process group so a
 * SIGKILL reaches npm, tsx and node at once (killing only npm would leave the worker running).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  output(): string;
  /** Resolves when the worker logged that it is running. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

const root = path.resolve(__dirname, "../..");

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn("npm", ["run", "--silent", "worker"], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const take = (d: Buffer) => {
    log += d.toString();
    if (log.includes("[worker] running")) onReady();
  };
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const pid = child.pid!;
  return {
    pid,
    child,
    output: () => log,
    ready: Promise.race([ready, exited.then(() => Promise.reject(new Error(`worker exited before it was ready:\n${log}`)))]),
    exited,
    kill(signal) {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    },
  };
}
