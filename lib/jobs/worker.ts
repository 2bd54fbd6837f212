import "server-only";
import { claimNext, failExhausted, onJob } from "./queue";
import { runParse } from "@/lib/pipelines/parse-document";

export interface WorkerHandle {
  stop(): Promise<void>;
  /** Resolves when nothing is claimable right now (tests). */
  drain(): Promise<void>;
}

/**
 * Runs claimable documents through the pipeline with `concurrency` slots. Woken at once by uploads
 * in the same process, and by a poll otherwise (separate worker processes, stuck claims).
 */
export function startWorker(opts: { concurrency?: number; pollMs?: number; log?: (m: string) => void } = {}): WorkerHandle {
  const concurrency = opts.concurrency ?? 2;
  const log = opts.log ?? ((m: string) => console.log(`[worker] ${m}`));
  let stopped = false;
  let running = 0;
  let idleWaiters: (() => void)[] = [];
  const inFlight = new Set<Promise<void>>();

  const settleIdle = () => {
    if (running === 0) {
      idleWaiters.forEach((r) => r());
      idleWaiters = [];
    }
  };

  const fill = async (): Promise<void> => {
    while (!stopped && running < concurrency) {
      running++;
      let claimed;
      try {
        claimed = await claimNext();
      } catch (e) {
        log(`claim failed: ${e instanceof Error ? e.message : String(e)}`);
        claimed = null;
      }
      if (!claimed) {
        running--;
        break;
      }
      const job = runParse(claimed.id)
        .catch((e) => log(`document ${claimed.id}: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          running--;
          inFlight.delete(job);
          void fill();
        });
      inFlight.add(job);
    }
    settleIdle();
  };

  const unsubscribe = onJob(() => void fill());
  const timer = setInterval(() => {
    void failExhausted().catch(() => {});
    void fill();
  }, opts.pollMs ?? 2000);
  void fill();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await Promise.allSettled([...inFlight]);
    },
    drain() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        void fill();
      });
    },
  };
}
