/**
 * Child body of the big-files benchmark: uploads each file as the browser does (raw body to the
 * upload route), polls the document until it settles while sampling the next-server's RSS every
 * 250 ms, then waits 10 s idle and samples again (memory given back or not).
 */
import pg from "pg";
import type { BenchRow } from "../../bench";
import { bigTranscript, bigVtt } from "../../../tests/support/big-docs";
import { finish } from "./child";
import { signUp, uploadRaw } from "./driver";
import { rssMb, startServer } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3304);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const server = await startServer(PORT);
  const client = new pg.Client({ connectionString: server.databaseUrl });
  const rows: BenchRow[] = [];
  const row = (c: string, metric: string, value: number, unit: string, goal?: string) => rows.push({ bench: "bigfiles", case: c, metric, value, unit, ...(goal && { goal }) });
  try {
    await client.connect();
    const u = await signUp(server.base, "bigfiles");
    const post = (name: string, type: string, body: Buffer) => uploadRaw(server.base, u, name, type, body);
    row("server", "RSS at start", rssMb(server.pid), "MB");

    const cases: Array<[string, string, string, () => string]> = [
      ["VTT, 20,000 cues", "captions.vtt", "text/vtt", () => bigVtt(20_000)],
      ["txt 9 MB (first)", "nine-a.txt", "text/plain", () => bigTranscript(9 * 1024 * 1024)],
      ["txt 9 MB (second)", "nine-b.txt", "text/plain", () => bigTranscript(9 * 1024 * 1024).replace("Alice", "Alicia")],
      ["txt 50 MB", "fifty.txt", "text/plain", () => bigTranscript(50_000_000)],
    ];
    for (const [name, fileName, type, make] of cases) {
      const body = Buffer.from(make());
      const c = `${name} (${(body.byteLength / 1e6).toFixed(1)} MB)`;
      const before = rssMb(server.pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid) || 0)), 250);
      const t0 = performance.now();
      const res = await post(fileName, type, body);
      const uploadMs = performance.now() - t0;
      const json = (await res.json()) as { ok: boolean; data?: { id: string }; error?: { message: string } };
      if (!json.ok || !json.data) throw new Error(`${fileName}: HTTP ${res.status} ${json.error?.message}`);
      let status = "";
      let segments = 0;
      for (;;) {
        const { rows: d } = await client.query<{ status: string; errorMessage: string | null }>(`SELECT status::text, "errorMessage" FROM "Document" WHERE id = $1`, [
          json.data.id,
        ]);
        status = d[0].status;
        if (status === "ready" || status === "failed") {
          if (status === "failed") console.error(`[bigfiles] ${fileName} failed: ${d[0].errorMessage}`);
          break;
        }
        if (performance.now() - t0 > 30 * 60_000) throw new Error(`${fileName} still ${status}`);
        await sleep(250);
      }
      const readyMs = performance.now() - t0;
      clearInterval(sampler);
      segments = Number((await client.query(`SELECT count(*) AS n FROM "Segment" WHERE "documentId" = $1`, [json.data.id])).rows[0].n);
      await sleep(10_000);
      row(c, "upload request", uploadMs, "ms");
      row(c, "upload → ready", readyMs / 1000, "s");
      row(c, "status", status === "ready" ? 1 : 0, "1 = ready", "1");
      row(c, "segments", segments, "rows");
      row(c, "RSS before", before, "MB");
      row(c, "RSS peak", peak, "MB");
      row(c, "RSS 10 s after ready", rssMb(server.pid), "MB");
      console.log(
        `[bigfiles] ${c}: ${status} in ${(readyMs / 1000).toFixed(1)} s (upload ${uploadMs.toFixed(0)} ms), RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} → ${rssMb(server.pid).toFixed(0)} MB`,
      );
    }

    // Over the limit: refused on its Content-Length, before the body is read.
    const over = Buffer.alloc(60 * 1024 * 1024, 0x61);
    const before = rssMb(server.pid);
    const t0 = performance.now();
    const refused = await post("too-big.txt", "text/plain", over).catch(() => null);
    row("txt 60 MB (over the 50 MB limit)", "HTTP status", refused?.status ?? 0, "status", "413");
    row("txt 60 MB (over the 50 MB limit)", "time to refusal", performance.now() - t0, "ms");
    row("txt 60 MB (over the 50 MB limit)", "RSS change", rssMb(server.pid) - before, "MB");
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
