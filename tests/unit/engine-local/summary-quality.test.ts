/**
 * Properties every summary point must have, on real transcripts and papers of the development
 * corpus (not part of the repository). The corpus is looked up where the workplace keeps it; if it
 * is missing this test fails rather than silently skipping.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localEngine } from "@/lib/engine/local";
import { verifyAnalysis } from "@/lib/engine/verify";
import { loadCase, renderCase } from "@/lib/eval/cases";
import { parseDocument } from "@/lib/ingest";
import { isBibliographic, isHousekeeping } from "@/lib/text/standalone";

const CORPUS = [process.env.JIYAO_CORPUS, path.resolve(process.cwd(), "../shared/corpus"), "/work/shared/corpus"].find((d) => d && existsSync(d));
const CASES = ["vcsum/102", "vcsum/188", "office/zh02-vendor-quotes", "office/en04-qbr", "qmsum/ES2002a", "qmsum/Bed002", "sciduet/1046", "sciduet/1013"];

const FILLER_START = /^(?:嗯|呃|然后|就是|那个|对吧|um\b|uh\b|you know\b|i mean\b|like\b)/i;
const TERMINAL = /[.!?。！？…"”』」)）]$/;

describe("summary points on corpus cases", () => {
  it("the corpus is present", () => {
    expect(CORPUS, "development corpus not found: set JIYAO_CORPUS or place it at ../shared/corpus").toBeTruthy();
  });
  for (const id of CASES) {
    it(`reads as minutes: ${id}`, async () => {
      const file = path.join(CORPUS ?? "/nonexistent", `${id}.json`);
      expect(existsSync(file), `missing corpus case ${file}`).toBe(true);
      const c = loadCase(file);
      const r = renderCase(c);
      const doc = await parseDocument({ bytes: new TextEncoder().encode(r.text), fileName: r.fileName });
      const a = verifyAnalysis(await localEngine.analyze(doc, []), doc);
      expect(a.summary.length).toBeGreaterThan(0);
      const minLen = c.lang === "zh" ? 8 : 20;
      for (const p of a.summary) {
        expect(p.text, p.text).not.toMatch(FILLER_START);
        expect(p.text, p.text).toMatch(TERMINAL);
        expect(p.text.length, p.text).toBeGreaterThanOrEqual(minLen);
        expect(isBibliographic(p.text), p.text).toBe(false);
        expect(isHousekeeping(p.text), p.text).toBe(false);
        // The shown text may be cleaned; the quote it rests on is verbatim and verified.
        expect(p.verified, p.text).toBe(true);
        expect(p.evidence?.length ?? 0).toBeGreaterThan(0);
      }
    });
  }
});
