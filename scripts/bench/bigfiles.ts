/**
 * Large files against a production server of its own (local engine): time from upload to Ready for
 * a 20,000-cue VTT, two 9 MB transcripts and a 50 MB one, the next-server's RSS before, at its peak
 * and after each, and how fast a file over the limit is refused. 10–30 minutes, so it runs only when
 * named (`npm run bench -- bigfiles`) or with `--full`.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  if (!process.argv.slice(2).includes("bigfiles") && process.env.BENCH_FULL !== "1") {
    console.log("[bench] bigfiles skipped: run `npm run bench -- bigfiles` (or --full)");
    return [];
  }
  return runChild("bigfiles-main.ts", 45 * 60_000);
}
