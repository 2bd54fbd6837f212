/**
 * Upload → all results visible for a one-hour transcript, in Chromium against `npm start` with the
 * local engine. Goal: ≤ 2 s. Also splits the server side into queue wait and processing.
 */
import type { BenchRow } from "../bench";
import { runChild } from "./support/child";

export async function run(): Promise<BenchRow[]> {
  return runChild("upload-main.ts", 20 * 60_000);
}
