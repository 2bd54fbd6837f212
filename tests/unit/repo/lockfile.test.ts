import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringifyLikeNpm } from "@/scripts/lockfile-format";

const lockText = readFileSync("package-lock.json", "utf8");
const lock = JSON.parse(lockText) as { packages: Record<string, { optional?: boolean; engines?: { node?: string } }> };
const MIN_NODE = "20.19.0"; // package.json engines and the README's requirement

/** Whether `version` satisfies an engines range of the shapes npm packages use (>=, ^, ||, x). */
function nodeRangeAllows(range: string, version: string): boolean {
  const [maj, min, pat] = version.split(".").map(Number);
  const cmp = (a: number[]) => Math.sign(maj - a[0]) || Math.sign(min - (a[1] ?? 0)) || Math.sign(pat - (a[2] ?? 0));
  return range.split("||").some((alt) => {
    const parts = alt
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, "$1")
      .split(/\s+/)
      .filter(Boolean);
    return parts.every((c) => {
      if (c === "*" || c === "x") return true;
      const m = /^(>=|<=|>|<|\^|~)?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(c);
      if (!m) throw new Error(`unhandled range ${range}`);
      const v = [Number(m[2]), m[3] && m[3] !== "x" ? Number(m[3]) : 0, m[4] && m[4] !== "x" ? Number(m[4]) : 0];
      const d = cmp(v);
      switch (m[1]) {
        case ">=":
          return d >= 0;
        case ">":
          return d > 0;
        case "<=":
          return d <= 0;
        case "<":
          return d < 0;
        case "^":
          return maj === v[0] && d >= 0;
        case "~":
          return maj === v[0] && min === v[1] && d >= 0;
        default:
          return maj === v[0] && (m[3] === undefined || m[3] === "x" || min === v[1]);
      }
    });
  });
}

describe("package-lock.json", () => {
  it("is written in npm's own key order, so `npm install` on a fresh clone does not rewrite it", () => {
    expect(stringifyLikeNpm(lock) === lockText).toBe(true);
  });

  it("installs nothing that refuses the oldest supported Node (no EBADENGINE warning)", () => {
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => !p.optional && p.engines?.node && !nodeRangeAllows(p.engines.node, MIN_NODE))
      .map(([k, p]) => `${k} (${p.engines?.node})`);
    expect(refusing).toEqual([]);
  });

  it("reads engine ranges the way npm does", () => {
    expect(nodeRangeAllows(">=22.0.0", MIN_NODE)).toBe(false);
    expect(nodeRangeAllows("^20.19 || ^22.12 || >=24.0", MIN_NODE)).toBe(true);
    expect(nodeRangeAllows("^20.0.0 || >=22.0.0", MIN_NODE)).toBe(true);
    expect(nodeRangeAllows(">= 20.19.0", MIN_NODE)).toBe(true);
    expect(nodeRangeAllows(">=20.20", MIN_NODE)).toBe(false);
    expect(nodeRangeAllows("^18 || >=20", MIN_NODE)).toBe(true);
  });
});
