/**
 * Hostile files against a production server of its own: for each refusing case of
 * tests/fixtures/hostile/pathological.ts, the time from upload to its clear error, and the latency of
 * the library page requested by another user every 200 ms meanwhile (goal < 1 s: the file is parsed
 * in a capped child process, never on the server's event loop). A few minutes, so it runs only when
 * named (`npm run bench -- hostile`) or with `--full`.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  if (!process.argv.slice(2).includes("hostile") && process.env.BENCH_FULL !== "1") {
    console.log("[bench] hostile skipped: run `npm run bench -- hostile` (or --full)");
    return [];
  }
  return runChild("hostile-main.ts", 20 * 60_000);
}
