/**
 * Library search (lib/db/search.ts) over 10,000 generated documents in one workspace (2,000 in the quick run), zh and en
 * queries of 1, 2, 3+ characters and several terms. Goal: p95 ≤ 100 ms. BENCH_SEARCH_DOCS overrides
 * the library size. Runs in a child process on the bench's own embedded Postgres (support/child.ts).
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  return runChild("search-main.ts", 30 * 60_000);
}
