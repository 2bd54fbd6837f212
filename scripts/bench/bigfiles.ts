/**
 * Large files against a production server of its own (local engine): time from upload to Ready for
 * a 20,000-cue VTT, two 9 MB transcripts and a 50 MB one, the next-server's RSS before, at its peak
 * and after each, and how fast a file over the limit is refused. `npm run bench -- bigfiles`.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  return runChild("bigfiles-main.ts", 40 * 60_000);
}
