/**
 * `vitest run --project <name>`, once more when the run failed with no test failing: a test worker
 * that died under the runner ("Worker exited unexpectedly", seen once in CI and never reproduced)
 * fails the run without any assertion failing. A failing test fails at once; a second worker death,
 * or anything else, fails the run as before. The rerun is printed, never silent.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const project = process.argv[2];
if (!project) {
  console.error("usage: tsx scripts/vitest-run.ts <project> [vitest args…]");
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), "vitest-run-"));
const report = path.join(dir, "report.json");

function run(): number {
  const r = spawnSync("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(3)], {
    stdio: "inherit",
  });
  return r.status ?? 1;
}

/** Failed assertions in the last run's report; null when the run wrote none (it did not get that far). */
function failedTests(): number | null {
  try {
    return (JSON.parse(readFileSync(report, "utf8")) as { numFailedTests: number }).numFailedTests;
  } catch {
    return null;
  }
}

let code = run();
if (code !== 0 && failedTests() === 0) {
  console.error(`\nvitest-run: the ${project} run failed with no test failing (a worker died); running it once more.\n`);
  code = run();
}
rmSync(dir, { recursive: true, force: true });
process.exit(code);
