import { describe, expect, it } from "vitest";
import { forEachBounded } from "@/lib/bounded";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("forEachBounded", () => {
  it("keeps at most `limit` calls in flight, starts the next as a slot frees, and runs every item once", async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachBounded([30, 5, 5, 5, 5, 5, 5], 3, async (ms, i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await tick(ms);
      seen.push(i);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The slow first item did not hold the others back: it finished last.
    expect(seen.at(-1)).toBe(0);
  });

  it("a failing call frees its slot and the rest still run", async () => {
    const done: number[] = [];
    await forEachBounded([1, 2, 3, 4], 2, async (n) => {
      if (n === 1) throw new Error("boom");
      done.push(n);
    });
    expect(done.sort()).toEqual([2, 3, 4]);
  });

  it("does nothing for no items", async () => {
    let calls = 0;
    await forEachBounded([], 3, async () => void calls++);
    expect(calls).toBe(0);
  });
});
