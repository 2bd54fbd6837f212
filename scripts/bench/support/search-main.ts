/**
 * Child body of the search benchmark: a fresh database in the bench's embedded Postgres, a library of
 * generated documents in one workspace (worst case: everything is searched), then searchWorkspace timed
 * for Chinese and English queries of every shape. BENCH_SEARCH_REUSE=1 keeps the library in a database
 * of its own (bench_search_<documents>) and reuses it on the next run, so a query change is timed in
 * seconds instead of after minutes of seeding.
 */
import type { BenchRow } from "../../bench";
import { openDatabase } from "../../database";
import { db, disconnectDb } from "@/lib/db/client";
import { searchWorkspace } from "@/lib/db/search";
import { makeBenchWorkspace, NEEDLE, seedLibrary } from "./corpus";
import { finish } from "./child";
import { isFull, summarize } from "./stats";

const QUERIES: Array<{ lang: "zh" | "en"; shape: string; q: string }> = [
  { lang: "zh", shape: "1 char", q: "会" },
  { lang: "zh", shape: "2 chars, common", q: "预算" },
  { lang: "zh", shape: "2 chars, rare", q: "量子" },
  { lang: "zh", shape: "4 chars", q: "灰度发布" },
  { lang: "zh", shape: "2 terms", q: "数据 迁移" },
  { lang: "zh", shape: "3 terms", q: "支付接口 测试 上线" },
  { lang: "zh", shape: "needle phrase", q: NEEDLE.zh },
  { lang: "en", shape: "2 chars", q: "Q3" },
  { lang: "en", shape: "word, common", q: "budget" },
  { lang: "en", shape: "word, rare", q: "quantum" },
  { lang: "en", shape: "2 terms", q: "billing migration" },
  { lang: "en", shape: "3 terms", q: "vendor contract legal" },
  { lang: "en", shape: "no match", q: "zeppelin" },
];

/** Seeds the library (and a smaller one in another workspace) and returns its workspace. */
async function seed(documents: number): Promise<{ workspaceId: string; seconds: number }> {
  const { userId, workspaceId } = await makeBenchWorkspace();
  // A second, smaller library in another workspace: scoping must keep it out of every result.
  const other = await makeBenchWorkspace("other");
  await seedLibrary(other.workspaceId, other.userId, Math.ceil(documents / 10), 2);
  return { workspaceId, seconds: (await seedLibrary(workspaceId, userId, documents)).seconds };
}

/** The library a previous BENCH_SEARCH_REUSE run left complete, or null after removing a partial one. */
async function keptLibrary(documents: number): Promise<string | null> {
  const ws = await db().workspace.findFirst({ where: { name: "bench library" }, select: { id: true, _count: { select: { documents: true } } } });
  if (ws?._count.documents === documents) return ws.id;
  await db().workspace.deleteMany({ where: { name: { in: ["bench library", "other library"] } } });
  return null;
}

async function main() {
  const documents = Number(process.env.BENCH_SEARCH_DOCS ?? (isFull() ? 10_000 : 2_000));
  const repeat = isFull() ? 30 : 10;
  const reuse = process.env.BENCH_SEARCH_REUSE === "1";
  const database = await openDatabase(reuse ? { name: `bench_search_${documents}`, log: () => {} } : { fresh: true, log: () => {} });
  const rows: BenchRow[] = [];
  try {
    const row = (c: string, metric: string, value: number, unit: string, goal?: string): BenchRow => ({ bench: "search", case: c, metric, value, unit, ...(goal && { goal }) });
    const kept = reuse ? await keptLibrary(documents) : null;
    const { workspaceId, seconds } = kept ? { workspaceId: kept, seconds: 0 } : await seed(documents);
    rows.push(row(`${documents} documents`, "segments", await db().segment.count({ where: { workspaceId } }), "lines"));
    if (!kept) rows.push(row(`${documents} documents`, "seed time", seconds, "s"));
    const all: number[] = [];
    for (const { lang, shape, q } of QUERIES) {
      await searchWorkspace(workspaceId, q); // first run: plan and cache warm-up, not billed
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < repeat; i++) {
        const t0 = performance.now();
        const res = await searchWorkspace(workspaceId, q);
        times.push(performance.now() - t0);
        hits = res.length;
      }
      all.push(...times);
      const s = summarize(times);
      const name = `${lang} ${shape} "${q}" (${hits} docs)`;
      rows.push(row(name, "p50", s.p50, "ms"), row(name, "p95", s.p95, "ms", "≤ 100 ms"));
    }
    const total = summarize(all);
    rows.push(row("all queries", "p50", total.p50, "ms"), row("all queries", "p95", total.p95, "ms", "≤ 100 ms"), row("all queries", "max", total.max, "ms"));
  } finally {
    await disconnectDb();
    await database.stop();
  }
  finish(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
