/**
 * Full crash variant (minutes, not seconds): DOCS documents, WORKERS `npm run worker` processes, and
 * a random worker SIGKILLed every KILL_EVERY_S seconds for KILLS rounds (a fresh one replaces it),
 * against a slow fake model. At the end every document must be ready with exactly minutes v1,
 * slides v1 and one set of to-dos. Prints per-document time to ready and exits non-zero on any miss.
 *
 *   npx tsx --conditions=react-server scripts/reliability/crash-soak.ts
 *   DOCS=12 WORKERS=3 KILLS=8 JOB_EXPIRE_SECONDS=30 npx tsx --conditions=react-server scripts/reliability/crash-soak.ts
 *
 * Uses its own embedded Postgres (RELIABILITY_PG_PORT, default 54398; data in .data/pg-reliability-<port>).
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { startFakeOpenAI } from "@/tests/support/fake-openai-server";
import { longTranscript } from "@/tests/support/fault-model";
import { spawnWorker, type WorkerProcess } from "@/tests/support/fault-worker";
import { goodModel } from "@/tests/support/llm-helpers";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DOCS = num("DOCS", 6);
const WORKERS = num("WORKERS", 2);
const KILLS = num("KILLS", 4);
const KILL_EVERY_S = num("KILL_EVERY_S", 4);
const CALL_MS = num("CALL_MS", 1500);
const PORT = num("RELIABILITY_PG_PORT", 54398);
const JOB = {
  JOB_EXPIRE_SECONDS: process.env.JOB_EXPIRE_SECONDS ?? "8",
  JOB_MAINTENANCE_SECONDS: process.env.JOB_MAINTENANCE_SECONDS ?? "2",
  JOB_RETRY_DELAY_SECONDS: process.env.JOB_RETRY_DELAY_SECONDS ?? "1",
};

async function main() {
  const pg = await startEmbeddedPostgres({ dataDir: path.resolve(`.data/pg-reliability-${PORT}`), port: PORT });
  const dbName = `soak_${Date.now().toString(36)}`;
  await pg.createDatabase(dbName);
  const url = pg.url(dbName);
  await migrate(url);
  const model = await startFakeOpenAI((r) => ({ ...(goodModel(r) as { content: string }), latencyMs: CALL_MS }));
  Object.assign(process.env, { DATABASE_URL: url, MODEL_BASE_URL: model.url, MODEL_NAME: "fake-model", ...JOB });

  const { db, disconnectDb } = await import("@/lib/db/client");
  const { createWorkspace } = await import("@/lib/db/workspaces");
  const { createDocumentFromUpload } = await import("@/lib/db/documents");
  const { enqueueProcess } = await import("@/lib/jobs/queue");
  const { stopBoss } = await import("@/lib/jobs/boss");

  const userId = randomUUID();
  await db().user.create({ data: { id: userId, email: `soak-${userId.slice(0, 8)}@example.test`, name: "soak" } });
  const ws = await createWorkspace(userId, "soak");
  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const bytes = new TextEncoder().encode(longTranscript(150 + i * 30, `doc${i}`));
    const doc = await createDocumentFromUpload({ workspaceId: ws.id, uploadedById: userId, fileName: `soak-${i}.txt`, mimeType: "text/plain", bytes, maxBytes: 10_000_000 });
    await enqueueProcess(ws.id, doc.id);
    ids.push(doc.id);
  }

  const env = { DATABASE_URL: url, MODEL_BASE_URL: model.url, MODEL_NAME: "fake-model", WORKER_CONCURRENCY: "2", ...JOB };
  const live: WorkerProcess[] = Array.from({ length: WORKERS }, () => spawnWorker(env));
  let kills = 0;
  const killer = setInterval(() => {
    if (kills >= KILLS) return clearInterval(killer);
    const victim = live.splice(Math.floor(Math.random() * live.length), 1)[0];
    victim.kill("SIGKILL");
    kills++;
    console.log(`[soak] +${((Date.now() - started) / 1000).toFixed(1)} s: SIGKILL worker ${victim.pid} (${kills}/${KILLS})`);
    live.push(spawnWorker(env));
  }, KILL_EVERY_S * 1000);

  const readyAt = new Map<string, number>();
  const deadline = Date.now() + 10 * 60_000;
  while (readyAt.size < ids.length && Date.now() < deadline) {
    const rows = await db().document.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
    for (const r of rows) if (r.status === "ready" || r.status === "failed") if (!readyAt.has(r.id)) readyAt.set(r.id, Date.now() - started);
    await new Promise((r) => setTimeout(r, 250));
  }
  clearInterval(killer);
  for (const w of live) w.kill("SIGTERM");

  let failures = 0;
  for (const [i, id] of ids.entries()) {
    const doc = await db().document.findUniqueOrThrow({ where: { id }, select: { status: true, errorMessage: true } });
    const artifacts = (await db().artifact.findMany({ where: { documentId: id }, select: { kind: true, version: true }, orderBy: [{ kind: "asc" }, { version: "asc" }] })).map(
      (a) => `${a.kind} v${a.version}`,
    );
    const positions = (await db().todo.findMany({ where: { documentId: id }, select: { position: true } })).map((t) => t.position).sort((a, b) => a - b);
    const oneSet = positions.every((p, k) => p === k);
    const ok = doc.status === "ready" && artifacts.join(",") === "minutes v1,slides v1" && oneSet && positions.length > 0;
    if (!ok) failures++;
    console.log(
      `[soak] doc ${i}: ${doc.status}${doc.errorMessage ? ` (${doc.errorMessage})` : ""}, ${artifacts.join(" + ")}, ${positions.length} to-dos, ready at ${((readyAt.get(id) ?? NaN) / 1000).toFixed(1)} s ${ok ? "OK" : "WRONG"}`,
    );
  }
  console.log(`[soak] ${DOCS} documents, ${kills} kills, all settled after ${((Math.max(...readyAt.values()) || 0) / 1000).toFixed(1)} s; ${failures} wrong`);

  await stopBoss();
  await disconnectDb();
  await model.close();
  await pg.dropDatabase(dbName);
  await pg.stop();
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
