/**
 * The production server for load benchmarks: `scripts/start.ts start --fresh-db` (next start + its own
 * embedded Postgres on the bench port, database dropped on stop), run under the shared build lock so
 * nobody's `next build` swaps `.next` under it; built first only if there is no build yet.
 * AUTH_RATE_LIMIT=off: fifty sign-ups from one address within seconds would otherwise be refused.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BENCH_DATA_DIR, BENCH_PG_PORT } from "./child";

export interface BenchServer {
  base: string;
  /** The app's database (password filled in), for seeding through lib code and reading timings. */
  databaseUrl: string;
  /** The next-server process (its RSS is what "memory stays flat" is about). */
  pid: number;
  /** CPU time used so far by the server's processes, by group (see cpuMsByGroup). */
  cpu(): CpuByGroup;
  logFile: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The field after "(comm)" is the state, then the parent pid.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const kids = childrenOf(queue.shift()!);
    all.push(...kids);
    queue.push(...kids);
  }
  return all;
}

const procText = (pid: number, file: string) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
};

/** Resident set size in MB, from /proc/<pid>/status; NaN once the process is gone. */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(procText(pid, "status"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export interface CpuByGroup {
  next: number;
  postgres: number;
  other: number;
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/**
 * CPU milliseconds (user + system) of every process under root, grouped: the next-server, Postgres
 * (with the time of backends that already exited, which their postmaster collected), anything else
 * (start.ts, the job worker). Differences of two readings give a window's CPU, a figure that holds
 * on a shared machine where latencies do not.
 */
function cpuMsByGroup(root: number): CpuByGroup {
  const out: CpuByGroup = { next: 0, postgres: 0, other: 0 };
  for (const p of [root, ...descendants(root)]) {
    const stat = procText(p, "stat");
    if (!stat) continue;
    // Fields after "(comm)": state is 3rd overall; utime, stime, cutime, cstime are the 14th–17th.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const own = (Number(f[11]) + Number(f[12])) * TICK_MS;
    const comm = procText(p, "comm");
    if (comm.startsWith("postgres")) out.postgres += own + (Number(f[13]) + Number(f[14])) * TICK_MS;
    else if (comm.startsWith("next-server")) out.next += own;
    else out.other += own;
  }
  return out;
}

function findNextServer(root: number): number | undefined {
  const nodes = descendants(root).filter((p) => !procText(p, "comm").startsWith("postgres"));
  return nodes.find((p) => procText(p, "comm").startsWith("next-server")) ?? nodes.find((p) => procText(p, "cmdline").includes("next/dist"));
}

export async function startServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const logFile = path.resolve(BENCH_DATA_DIR, `server-${port}.log`);
  const log = createWriteStream(logFile);
  const script = "[ -f .next/BUILD_ID ] || npx next build; exec node --import tsx scripts/start.ts start --fresh-db";
  const child: ChildProcess = spawn("flock", ["-w", "1200", "/tmp/next-build.lock", "sh", "-c", script], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      APP_URL: base,
      AUTH_RATE_LIMIT: "off",
      EMBEDDED_PG_PORT: BENCH_PG_PORT,
      JIYAO_DATA_DIR: BENCH_DATA_DIR,
      DATABASE_URL: "",
      NODE_ENV: "production",
      ...extraEnv,
    },
  });
  let databaseUrl = "";
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    log.write(text);
    const m = /embedded Postgres ready: (\S+)/.exec(text);
    // The log masks the password; the generated one is beside the data dir (embeddedPasswordFile in lib/db/embedded.ts).
    if (m) databaseUrl = m[1].replace(":***@", `:${readFileSync(`${path.resolve(BENCH_DATA_DIR, "pg")}-password`, "utf8").trim()}@`);
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  let exited = false;
  child.once("exit", () => (exited = true));

  const stop = async () => {
    if (exited || !child.pid) return;
    // start.ts stops Next, then Postgres (dropping the fresh database); the group kill is the fallback.
    for (const p of descendants(child.pid).filter((p) => procText(p, "cmdline").includes("scripts/start.ts"))) process.kill(p, "SIGTERM");
    for (let i = 0; i < 300 && !exited; i++) await sleep(100);
    if (!exited) process.kill(-child.pid, "SIGKILL");
    log.end();
  };

  const deadline = Date.now() + 25 * 60_000;
  while (Date.now() < deadline && !exited) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && databaseUrl) {
      const pid = findNextServer(child.pid!);
      if (!pid) break;
      return { base, databaseUrl, pid, logFile, stop, cpu: () => cpuMsByGroup(child.pid!) };
    }
    await sleep(1000);
  }
  await stop();
  throw new Error(`server on :${port} did not come up (log: ${logFile})`);
}
