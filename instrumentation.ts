/**
 * Next.js calls register() once per server process. The web process runs a processing worker too
 * unless RUN_WORKER_IN_WEB=false (then run `npm run worker` processes instead).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.RUN_WORKER_IN_WEB === "false" || !process.env.DATABASE_URL) return;
  const { startWorker } = await import("@/lib/jobs/worker");
  await startWorker();
}
