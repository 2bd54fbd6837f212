import { describe, expect, it } from "vitest";
import { canTransition, INITIAL_STATUS, sourcesOf, TRANSITIONS } from "@/lib/db/document-status";

describe("the document status machine", () => {
  it("starts a live meeting live and lets it leave only for parsed, where the upload pipeline analyzes it", () => {
    expect(INITIAL_STATUS.live).toBe("live");
    expect(TRANSITIONS.live).toEqual(["parsed"]);
    expect(canTransition("live", "parsed")).toBe(true);
    for (const to of ["uploaded", "parsing", "analyzing", "ready", "failed"] as const) expect(canTransition("live", to), to).toBe(false);
  });
  it("never enters live again once a document is on the upload path", () => {
    expect(sourcesOf("live")).toEqual([]);
  });
  it("keeps the upload path: parsed only from parsing or a live meeting's end; ready only from analyzing", () => {
    expect(sourcesOf("parsed").sort()).toEqual(["live", "parsing"]);
    expect(sourcesOf("ready")).toEqual(["analyzing"]);
    expect(canTransition("ready", "analyzing")).toBe(false);
    expect(canTransition("failed", "uploaded")).toBe(true);
  });
});
