import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("English grammar slips", () => {
  it("fixes a/an by the sound of the next word", () => {
    expect(fix("We need a update from a engineer.")).toBe("We need an update from an engineer.");
    expect(fix("She wrote an report.")).toBe("She wrote a report.");
    expect(fix("An decision was made.")).toBe("A decision was made.");
    expect(check("We had a update")[0]).toMatchObject({ kind: "grammar", original: "a", replacement: "an" });
  });

  it("keeps a/an that are right by sound, and acronyms, letters and false starts", () => {
    for (const ok of [
      "a user, a university, a one-time fee, a European team",
      "an hour, an honest answer, an honour",
      "a UI, an MBA, an SDK",
      "options a and b",
      "it's a uh short meeting",
      "we did make a another one",
      "an apple and a pear",
    ]) {
      expect(check(ok), ok).toEqual([]);
    }
  });

  it('fixes "could of" and "better then"', () => {
    expect(fix("We could of finished earlier.")).toBe("We could have finished earlier.");
    expect(fix("This is better then the old plan.")).toBe("This is better than the old plan.");
    expect(check("We might of course decide later, and then ship.")).toEqual([]);
  });
});
