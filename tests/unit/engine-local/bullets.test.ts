import { describe, expect, it } from "vitest";
import { toBullet } from "@/lib/engine/local/bullets";

describe("slide bullets", () => {
  it("keeps a sentence a few words over the cap whole instead of cutting its last phrase", () => {
    expect(toBullet("Most of them abandon when we ask for the company size and the billing address at the same time.")).toBe(
      "Most of them abandon when we ask for the company size and the billing address at the same time",
    );
  });

  it("cuts a long sentence where no word is left waiting for the rest", () => {
    const b = toBullet("We measured the latency of every single request that hit the cluster for three weeks in a row and then compared it.");
    expect(b).toBe("We measured the latency of every single request that hit the cluster for three weeks");
    expect(b.split(" ").length).toBeLessThanOrEqual(16);
  });
});
