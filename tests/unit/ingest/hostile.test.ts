import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/ingest";
import { isAppError } from "@/lib/errors";
import { generateHostile, HOSTILE_OUT, type HostileCase } from "@/tests/fixtures/hostile/generate";

// The corpus is generated once at collection time so each case can be its own named test.
const cases: HostileCase[] = generateHostile();

describe("hostile inputs", () => {
  beforeAll(() => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s", async (_name, c) => {
    const bytes = new Uint8Array(readFileSync(path.join(HOSTILE_OUT, c.file)));
    let outcome: string;
    try {
      const doc = await parseDocument({ bytes, fileName: c.file });
      expect(doc.segments.length).toBeGreaterThan(0);
      outcome = "ok";
    } catch (e) {
      if (!isAppError(e)) throw e;
      expect(e.message.length).toBeGreaterThan(10);
      outcome = e.code;
    }
    // No timing here (issue 15): the cost of each file is measured by `npm run bench hostile`.
    expect(outcome, c.why).toBe(c.expect);
  });
});
