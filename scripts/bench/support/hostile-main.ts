/**
 * Child body of the hostile-file benchmark: one user uploads each refusing pathological file as the
 * browser does (raw body to the upload route) and polls it until it fails; another user loads the
 * library page every 200 ms the whole time.
 */
import pg from "pg";
import type { BenchRow } from "../../bench";
import { PATHOLOGICAL } from "../../../tests/fixtures/hostile/pathological";
import { finish } from "./child";
import { signUp, uploadRaw } from "./driver";
import { startServer } from "./server";
import { percentile } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 3305);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const server = await startServer(PORT);
  const client = new pg.Client({ connectionString: server.databaseUrl });
  const rows: BenchRow[] = [];
  const row = (c: string, metric: string, value: number, unit: string, goal?: string) => rows.push({ bench: "hostile", case: c, metric, value, unit, ...(goal && { goal }) });
  try {
    await client.connect();
    const attacker = await signUp(server.base, "hostile");
    const reader = await signUp(server.base, "reader");
    for (const c of PATHOLOGICAL.filter((p) => p.expect !== "ok")) {
      const body = c.build();
      const pages: number[] = [];
      let done = false;
      const readerLoop = (async () => {
        while (!done) {
          const t0 = performance.now();
          await fetch(`${server.base}/w/${reader.workspaceId}`, { headers: { cookie: reader.cookie } }).then((r) => r.arrayBuffer());
          pages.push(performance.now() - t0);
          await sleep(200);
        }
      })();
      const t0 = performance.now();
      const res = await uploadRaw(server.base, attacker, c.fileName, "application/octet-stream", body);
      const json = (await res.json()) as { ok: boolean; data?: { id: string }; error?: { message: string } };
      let outcome = json.ok ? "" : `refused at upload: ${json.error?.message}`;
      while (json.ok && json.data) {
        const { rows: d } = await client.query<{ status: string; errorCode: string | null }>(`SELECT status::text, "errorCode" FROM "Document" WHERE id = $1`, [json.data.id]);
        if (d[0].status === "failed" || d[0].status === "ready") {
          outcome = d[0].status === "failed" ? (d[0].errorCode ?? "failed") : "ready";
          break;
        }
        if (performance.now() - t0 > 5 * 60_000) throw new Error(`${c.name}: still ${d[0].status}`);
        await sleep(100);
      }
      const settledMs = performance.now() - t0;
      done = true;
      await readerLoop;
      row(c.name, "upload → error", settledMs / 1000, "s");
      row(c.name, "error is the expected one", outcome === c.expect ? 1 : 0, "1 = yes", "1");
      row(c.name, "library page p95 meanwhile", percentile(pages, 95), "ms", "< 1000");
      row(c.name, "library page max meanwhile", Math.max(...pages), "ms");
      console.log(
        `[hostile] ${c.name}: ${outcome} in ${(settledMs / 1000).toFixed(1)} s; pages p95 ${percentile(pages, 95).toFixed(0)} ms, max ${Math.max(...pages).toFixed(0)} ms (${pages.length} requests)`,
      );
    }
  } finally {
    await client.end().catch(() => {});
    await server.stop();
  }
  finish(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
