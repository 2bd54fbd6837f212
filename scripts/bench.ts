/**
 * `npm run bench [-- [--full] name…]`: runs each benchmark in scripts/bench/, prints a table and writes
 * JSON (bench-results.json). Benchmarks export `run(): Promise<BenchRow[]>`. Quick by default (about
 * 6 minutes); `--full` (or BENCH_FULL=1) runs the long variants: 10 minutes of web load, 10,000
 * documents for search. See docs/BENCHMARKS.md.
 */
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface BenchRow {
  bench: string;
  case: string;
  metric: string;
  value: number;
  unit: string;
  goal?: string;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--full")) process.env.BENCH_FULL = "1";
  const only = args.filter((a) => !a.startsWith("--"));
  const dir = path.join(__dirname, "bench");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const rows: BenchRow[] = [];
  for (const f of files) {
    const name = f.replace(/\.ts$/, "");
    if (only.length && !only.includes(name)) continue;
    const mod = (await import(path.join(dir, f))) as { run: () => Promise<BenchRow[]> };
    rows.push(...(await mod.run()));
  }
  console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(3)) })));
  writeFileSync("bench-results.json", JSON.stringify(rows, null, 2));
  console.log(JSON.stringify(rows));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
