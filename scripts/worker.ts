/**
 * `npm run worker`: a processing worker as its own process (scale-out). Needs DATABASE_URL pointing
 * at the same database as the web app (or the same embedded data dir on this machine).
 */
import { openDatabase } from "./database";

async function main() {
  const database = await openDatabase();
  const { startWorker } = await import("../lib/jobs/worker");
  const { stopBoss } = await import("../lib/jobs/boss");
  const worker = await startWorker({ concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2) });
  console.log("[worker] running; Ctrl-C to stop");
  const stop = async () => {
    await worker.stop();
    await stopBoss();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
