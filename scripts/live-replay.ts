/**
 * Replays a transcript file into a live meeting, for demos, tests and benchmarks:
 *
 *   npx tsx scripts/live-replay.ts <file> --endpoint <segments URL> --key <ingest key> [--speed 10] [--batch-seconds 2] [--line-ms 4000] [--end]
 *
 * <file> is anything the upload parsers read (TXT, VTT, SRT, DOCX, JSON exports…). Its lines are
 * posted on the meeting's clock — the file's own timestamps, or `--line-ms` per line when it has
 * none — in real time, or `--speed` times faster, one batch every `--batch-seconds`. The endpoint and
 * key are the ones shown when the live meeting was created (the key may also come from JIYAO_LIVE_KEY).
 * A batch that fails (network, 5xx, 429) is sent again — the endpoint ignores lines it already has.
 * `--end` ends the meeting after the last line, which starts the full analysis.
 * Exit codes: 0 done, 2 bad arguments or file, 1 the server refused or stayed unreachable.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "@/lib/ingest";
import { batchesOf, dueCount, replayLines, type ReplayLine } from "./live-replay-plan";

const USAGE = "usage: npx tsx scripts/live-replay.ts <file> --endpoint <segments URL> --key <ingest key> [--speed N] [--batch-seconds N] [--line-ms N] [--end] [--quiet]";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class UsageError extends Error {}

function options(argv: string[]) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) positional.push(a);
    else if (a === "--end" || a === "--quiet") flags.set(a.slice(2), true);
    else {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      flags.set(a.slice(2), v);
    }
  }
  const num = (name: string, dflt: number) => {
    const v = flags.get(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number`);
    return n;
  };
  const endpoint = flags.get("endpoint");
  const key = flags.get("key") ?? process.env.JIYAO_LIVE_KEY;
  if (positional.length !== 1 || typeof endpoint !== "string" || typeof key !== "string") throw new UsageError(USAGE);
  if (!/\/api\/w\/[^/]+\/live\/[^/]+\/segments$/.test(new URL(endpoint).pathname)) throw new UsageError("--endpoint must be a live meeting's …/segments URL");
  return {
    file: positional[0],
    endpoint,
    key,
    speed: num("speed", 1),
    batchMs: num("batch-seconds", 2) * 1000,
    lineMs: num("line-ms", 4000),
    end: flags.has("end"),
    quiet: flags.has("quiet"),
  };
}

async function post(url: string, key: string, body: unknown): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let status = 0;
    let text = "";
    try {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
      status = res.status;
      text = await res.text();
      if (res.ok) return JSON.parse(text);
    } catch (e) {
      text = e instanceof Error ? e.message : String(e);
    }
    const retryable = status === 0 || status === 429 || status >= 500;
    if (!retryable || attempt >= 5) throw new Error(`${url}: ${status || "unreachable"} ${text.slice(0, 300)}`);
    await sleep(500 * 2 ** attempt);
  }
}

async function main(): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    return 2;
  }
  let lines: ReplayLine[];
  try {
    const bytes = new Uint8Array(await readFile(opts.file));
    lines = replayLines(await parseDocument({ bytes, fileName: path.basename(opts.file) }), opts.lineMs);
  } catch (e) {
    process.stderr.write(`${opts.file}: ${e instanceof Error ? e.message : e}\n`);
    return 2;
  }
  if (!lines.length) {
    process.stderr.write(`${opts.file}: no lines to replay\n`);
    return 2;
  }
  const log = (s: string) => opts.quiet || process.stderr.write(`${s}\n`);
  log(`replaying ${lines.length} lines (${Math.round((lines.at(-1)!.endMs - lines[0].startMs) / 1000)} s of meeting) at ${opts.speed}x, a batch every ${opts.batchMs / 1000} s`);
  const t0 = Date.now();
  let sent = 0;
  while (sent < lines.length) {
    const due = dueCount(lines, Date.now() - t0, opts.speed);
    for (const batch of batchesOf(lines.slice(sent, due))) {
      const r = (await post(opts.endpoint, opts.key, { segments: batch })) as { appended: number; duplicates: number };
      sent += batch.length;
      log(`posted ${batch.length} lines (${r.appended} new, ${r.duplicates} already there), ${sent}/${lines.length}`);
    }
    if (sent < lines.length) await sleep(opts.batchMs);
  }
  if (opts.end) {
    await post(opts.endpoint.replace(/\/segments$/, "/end"), opts.key, {});
    log("ended the meeting: the full analysis is running");
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  },
);
