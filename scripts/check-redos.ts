/**
 * ReDoS lint (`npm run lint:redos`, run by `npm test` before the unit tests): every regular-expression
 * literal and `new RegExp("…")` with a literal pattern in the checked scope is checked with recheck (its
 * pure-JS backend, offline), which finds exponential and polynomial (quadratic and worse) backtracking,
 * including the "scan to the end from every start position" kind that froze the server on a 300 KB
 * Markdown file. A pattern built at run time cannot be checked here; keep those over fixed word lists.
 * A regex that only ever sees short, bounded input can be exempted on its line with
 * `// redos-safe: <why the input is bounded>` — the reason is required. What fails the check: a
 * super-linear verdict from recheck's automaton analysis, which is exact and repeatable. Its fuzzer's
 * verdicts (patterns with look-arounds or back-references) and patterns it cannot decide in time depend
 * on the machine's load — here it called provably linear look-behind patterns quadratic on one run and
 * safe on the next — so they are printed as warnings to review, not failures.
 * Failing scope: the parsers that read raw uploads before any limit applies (lib/ingest). Elsewhere
 * (shared text tools and engines, which run on bounded segments inside the processing child's time
 * limit; the proofreading spans in lib/ingest/editable-text.ts, which other work still changes; the
 * app) findings are printed as warnings to burn down, so that work landing in parallel cannot turn CI red. Verdicts are cached by recheck
 * version + pattern + flags in node_modules/.cache (a fuzz-checked pattern takes seconds; CI starts cold).
 * `npm test` checks the failing scope only, so CI's cold run stays short; `--all` also checks lib/ and
 * cli/ and prints what it finds there as warnings.
 *   tsx scripts/check-redos.ts [--all] [--verbose]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

process.env.RECHECK_BACKEND ??= "pure";

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
  exempt?: string;
}

const ROOTS = ["lib", "cli"];
const STRICT = ["lib/ingest/"];
const NOT_STRICT = ["lib/ingest/editable-text.ts"];
const SKIP_DIRS = new Set(["generated", "node_modules"]);

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(p, out);
    } else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
}

function exemption(lines: string[], line: number): string | undefined {
  for (const l of [lines[line - 1], lines[line - 2]]) {
    const m = l && /\/\/\s*redos-safe:\s*(\S.*)$/.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

export function regexesIn(file: string): Found[] {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf("/");
      const line = at(node);
      found.push({ file, line, source: lit.slice(1, end), flags: lit.slice(end + 1), exempt: exemption(lines, line) });
    } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      const [pattern, flags] = node.arguments ?? [];
      if (callee === "RegExp" && pattern && ts.isStringLiteralLike(pattern)) {
        const line = at(node);
        const f = flags && ts.isStringLiteralLike(flags) ? flags.text : "";
        found.push({ file, line, source: pattern.text, flags: f, exempt: exemption(lines, line) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const CACHE = path.join("node_modules", ".cache", "jiyao-redos.json");

function loadCache(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(CACHE, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

async function main() {
  const verbose = process.argv.includes("--verbose");
  const { check } = await import("recheck");
  const version = (JSON.parse(readFileSync(path.join("node_modules", "recheck", "package.json"), "utf8")) as { version: string }).version;
  const cache = loadCache();
  const files: string[] = [];
  for (const root of process.argv.includes("--all") ? ROOTS : STRICT) walk(root.replace(/\/$/, ""), files);
  const all = files.flatMap(regexesIn);
  const failures: string[] = [];
  const warnings: string[] = [];
  let exempted = 0;
  for (const r of all) {
    const where = `${r.file}:${r.line}`;
    if (r.exempt) {
      exempted++;
      continue;
    }
    // recheck knows the flags JavaScript has; "d" and "v" do not change backtracking.
    const flags = r.flags.replace(/[dv]/g, "");
    const key = `${version}\u0000${flags}\u0000${r.source}`;
    if (cache[key] === "safe") {
      if (verbose) console.log(`ok ${where} /${r.source}/${r.flags} (cached)`);
      continue;
    }
    let result = await check(r.source, flags, { timeout: 10_000 });
    // Undecided within 10 s is usually a loaded machine: one longer try before calling it a failure.
    if (result.status === "unknown") result = await check(r.source, flags, { timeout: 60_000 });
    if (result.status === "safe") cache[key] = "safe";
    if (result.status === "vulnerable") {
      const attack = result.attack ? ` attack: ${JSON.stringify(result.attack.pattern ?? result.attack.string).slice(0, 80)}` : "";
      const line = `${where}  /${r.source}/${r.flags}  ${result.complexity.summary}${attack}`;
      const file = r.file.split(path.sep).join("/");
      if (result.checker === "fuzz" || !STRICT.some((s) => file.startsWith(s)) || NOT_STRICT.includes(file)) warnings.push(line);
      else failures.push(line);
    } else if (result.status === "unknown") {
      warnings.push(`${where}  /${r.source}/${r.flags}  could not be decided (${result.error.kind})`);
    } else if (verbose) console.log(`ok ${where} /${r.source}/${r.flags}`);
  }
  mkdirSync(path.dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(cache));
  if (warnings.length) console.warn(`ReDoS check: ${warnings.length} to review (fuzzer or undecided; not failures):\n${warnings.join("\n")}`);
  if (failures.length) {
    console.error(`ReDoS check: ${failures.length} of ${all.length} regexes can backtrack super-linearly:\n${failures.join("\n")}`);
    process.exit(1);
  }
  console.log(
    `ReDoS check: ${all.length} regexes in ${files.length} files; none super-linear in ${STRICT.join(", ")} (${exempted} exempted with a reason, ${warnings.length} warnings).`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
