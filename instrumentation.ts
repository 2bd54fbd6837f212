/**
 * Next.js calls register() once per server process. It loads the Chinese dictionary in the background
 * (so the first live line or question does not wait ~200 ms+ for it), and the web process runs a
 * processing worker too unless RUN_WORKER_IN_WEB=false (then run `npm run worker` processes instead).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  setTimeout(() => {
    void import("@/lib/text/segment").then((m) => m.defaultZhSegmenter()).catch(() => undefined);
  }, 0);
  if (process.env.RUN_WORKER_IN_WEB === "false" || !process.env.DATABASE_URL) return;
  const { startWorker } = await import("@/lib/jobs/worker");
  await startWorker();
}
