/**
 * A live meeting of 1,000 posted segments against `npm start`: each batch's time from its post until
 * its last line is on an open page (server-sent events, goal ≤ 1 s), the ingest request itself, and
 * "刚刚说了什么" answered while the meeting runs (goal ≤ 500 ms). About a minute once built.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  return runChild("live-main.ts", 10 * 60_000);
}
