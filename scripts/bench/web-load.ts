/**
 * Web load: 50 signed-in users against `npm start` (production build, local engine) loading the
 * library and document pages, asking streamed questions and now and then signing in again, for
 * BENCH_LOAD_SECONDS (60 quick, 600 with BENCH_FULL=1), each pausing ~BENCH_THINK_MS between requests.
 * Goals: 0 errors, p95 ≤ 1 s for pages and for questions, next-server RSS flat.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  return runChild("load-main.ts", 45 * 60_000);
}
