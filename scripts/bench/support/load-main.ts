/**
 * Child body of the web load benchmark: a production server of its own, 50 users signed up through the
 * auth API, each with one ready meeting in their personal workspace (stored and processed through the
 * same lib code an upload uses), then all of them at once for BENCH_LOAD_SECONDS while the
 * next-server's RSS is sampled from /proc.
 */
import type { BenchRow } from "../../bench";
import { finish } from "./child";
import { runLoad, signUp, type Kind, type Sample, type VirtualUser } from "./driver";
import { startServer, rssMb } from "./server";
import { isFull, prng, summarize } from "./stats";
import { chineseMeeting, englishMeeting } from "./transcript";

const USERS = Number(process.env.BENCH_LOAD_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? (isFull() ? 600 : 60));
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3303);
const MIX: Record<Kind, number> = { library: 0.35, document: 0.3, question: 0.3, "sign-in": 0.05 };
/** BENCH_LOAD_ONLY=<kind> (library, document, question, sign-in): load one kind only, to attribute CPU per request. */
const ONLY = process.env.BENCH_LOAD_ONLY as Kind | undefined;

async function inBatches<T, R>(items: T[], size: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((t, k) => fn(t, i + k)))));
  return out;
}

async function seedDocument(u: VirtualUser, i: number) {
  // Imported only now: DATABASE_URL must point at the server's fresh database first.
  const { createDocumentFromUpload } = await import("@/lib/db/documents");
  const { processDocument } = await import("@/lib/pipelines/process-document");
  const t = i % 2 ? englishMeeting(1500, 100 + i) : chineseMeeting(2500, 100 + i);
  const doc = await createDocumentFromUpload({
    workspaceId: u.workspaceId,
    uploadedById: u.userId,
    fileName: t.fileName,
    mimeType: "text/plain",
    bytes: new TextEncoder().encode(t.text),
    maxBytes: 50 * 1024 * 1024,
  });
  await processDocument(u.workspaceId, doc.id);
  u.documentId = doc.id;
}

/** CPU milliseconds of the load window, by process group; the driver is this process (the 50 users). */
type WindowCpu = Record<"next-server" | "postgres" | "worker and start script" | "load driver", number>;

function rows(samples: Sample[], rss: Array<{ at: number; mb: number }>, seconds: number, cpu: WindowCpu): BenchRow[] {
  const out: BenchRow[] = [];
  const row = (c: string, metric: string, value: number, unit: string, goal?: string) => out.push({ bench: "web-load", case: c, metric, value, unit, ...(goal && { goal }) });
  const c = `${USERS} users, ${Math.round(seconds)} s`;
  row(c, "requests", samples.length, "requests");
  row(c, "throughput", samples.length / seconds, "req/s");
  row(c, "errors", samples.filter((s) => !s.ok).length, "requests", "0");
  const groups: Array<[string, Sample[], string?]> = [
    ["pages (library + document)", samples.filter((s) => s.kind === "library" || s.kind === "document"), "p95 ≤ 1000 ms"],
    ["library page", samples.filter((s) => s.kind === "library")],
    ["document page", samples.filter((s) => s.kind === "document")],
    ["questions (streamed to the end)", samples.filter((s) => s.kind === "question"), "p95 ≤ 1000 ms"],
    ["sign-in", samples.filter((s) => s.kind === "sign-in")],
  ];
  for (const [name, group, goal] of groups) {
    if (!group.length) continue; // BENCH_LOAD_ONLY
    const s = summarize(group.map((x) => x.ms));
    row(name, "count", s.n, "requests");
    row(name, "p50", s.p50, "ms");
    row(name, "p95", s.p95, "ms", goal);
    row(name, "p99", s.p99, "ms");
  }
  for (const kind of ["library", "document"] as const) {
    const chars = samples.filter((s) => s.kind === kind).map((s) => s.chars);
    if (chars.length) row(`${kind} page`, "HTML size (p50)", summarize(chars).p50 / 1000, "k chars");
  }
  for (const [group, ms] of Object.entries(cpu)) {
    row(`CPU: ${group}`, "per request", ms / samples.length, "ms");
    row(`CPU: ${group}`, "of one core", (100 * ms) / (seconds * 1000), "%");
  }
  const mbs = rss.map((r) => r.mb).filter((x) => !Number.isNaN(x));
  row("next-server RSS", "start", mbs[0], "MB", "flat");
  for (const q of [0.25, 0.5, 0.75]) row("next-server RSS", `at ${q * 100}%`, mbs[Math.floor(q * (mbs.length - 1))], "MB");
  row("next-server RSS", "peak", Math.max(...mbs), "MB");
  row("next-server RSS", "end", mbs[mbs.length - 1], "MB");
  return out;
}

async function main() {
  const server = await startServer(PORT);
  let result: BenchRow[] = [];
  try {
    process.env.DATABASE_URL = server.databaseUrl;
    const t0 = performance.now();
    const users = await inBatches(
      Array.from({ length: USERS }, (_, i) => i),
      5,
      (i) => signUp(server.base, `load${i}`),
    );
    await inBatches(users, 5, seedDocument);
    console.log(`[web-load] ${USERS} users signed up with a ready document each in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Warm-up, not billed: the first render of each route loads its server chunks.
    await inBatches(users.slice(0, 10), 5, async (u) => {
      for (const path of [`/w/${u.workspaceId}`, `/w/${u.workspaceId}/d/${u.documentId}`]) await (await fetch(`${server.base}${path}`, { headers: { cookie: u.cookie } })).text();
    });
    await runLoad(server.base, users.slice(0, 10), { seconds: 5, thinkMs: 200, mix: { library: 0, document: 0, question: 1, "sign-in": 0 }, rand: prng(3) });

    const rss: Array<{ at: number; mb: number }> = [{ at: 0, mb: rssMb(server.pid) }];
    const started = performance.now();
    const cpu0 = server.cpu();
    const driver0 = process.cpuUsage();
    const sampler = setInterval(() => rss.push({ at: performance.now() - started, mb: rssMb(server.pid) }), SECONDS > 120 ? 5000 : 1000);
    const mix = ONLY ? { library: 0, document: 0, question: 0, "sign-in": 0, [ONLY]: 1 } : MIX;
    const samples = await runLoad(server.base, users, { seconds: SECONDS, thinkMs: THINK_MS, mix, rand: prng(9) });
    clearInterval(sampler);
    const cpu1 = server.cpu();
    const driver = process.cpuUsage(driver0);
    const cpu: WindowCpu = {
      "next-server": cpu1.next - cpu0.next,
      postgres: cpu1.postgres - cpu0.postgres,
      "worker and start script": cpu1.other - cpu0.other,
      "load driver": (driver.user + driver.system) / 1000,
    };
    rss.push({ at: performance.now() - started, mb: rssMb(server.pid) });
    const failed = samples.filter((s) => !s.ok);
    const byStatus = new Map<string, number>();
    for (const s of failed) byStatus.set(`${s.kind} ${s.status}`, (byStatus.get(`${s.kind} ${s.status}`) ?? 0) + 1);
    if (failed.length) console.log(`[web-load] errors by kind and status: ${JSON.stringify(Object.fromEntries(byStatus))}`);
    result = rows(samples, rss, (performance.now() - started) / 1000, cpu);
  } finally {
    await server.stop();
  }
  finish(result);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
