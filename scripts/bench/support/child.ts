/**
 * Runs a benchmark body in its own Node process with the `react-server` condition (lib/db and the
 * pipeline import "server-only", which throws anywhere else), bounded in time, and collects its rows.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BenchRow } from "../../bench";

export const BENCH_PG_PORT = process.env.EMBEDDED_PG_PORT ?? "54501";
export const BENCH_DATA_DIR = process.env.JIYAO_DATA_DIR ?? `.data/bench-${BENCH_PG_PORT}`;

export async function runChild(script: string, timeoutMs: number, extraEnv: Record<string, string> = {}): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "jiyao-bench-"));
  const out = path.join(dir, "rows.json");
  const tsx = path.resolve("node_modules/.bin/tsx");
  const child = spawn(tsx, ["--conditions=react-server", path.join(__dirname, script)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    env: { ...process.env, EMBEDDED_PG_PORT: BENCH_PG_PORT, JIYAO_DATA_DIR: BENCH_DATA_DIR, BENCH_OUT: out, NODE_ENV: "production", ...extraEnv },
  });
  try {
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        console.error(`[bench] ${script} exceeded ${Math.round(timeoutMs / 1000)} s; stopping it`);
        // Its own process group: the tsx wrapper, the script, and whatever it started and failed to stop.
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      }, timeoutMs);
      child.once("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code !== 0) throw new Error(`${script} exited with ${code}`);
    return JSON.parse(readFileSync(out, "utf8")) as BenchRow[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The child's side: hand the rows back and exit (pools and timers must not keep it alive). */
export function finish(rows: BenchRow[]): never {
  writeFileSync(process.env.BENCH_OUT ?? "bench-child-rows.json", JSON.stringify(rows));
  process.exit(0);
}
