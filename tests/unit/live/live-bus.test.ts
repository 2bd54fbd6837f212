import { describe, expect, it } from "vitest";
import { liveVersion, notifyLive, waitForLive } from "@/lib/pipelines/live-bus";

const settled = async (p: Promise<void>, ms: number) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe("live bus", () => {
  it("a change between reading the counter and waiting wakes the wait at once (no lost wake-up)", async () => {
    const doc = `doc-${Math.random()}`;
    const seen = liveVersion(doc);
    notifyLive(doc); // the batch lands while the stream is still querying
    expect(await settled(waitForLive(doc, seen, 60_000), 50)).toBe(true);
  });

  it("waits while nothing changed, and wakes on the next change", async () => {
    const doc = `doc-${Math.random()}`;
    const wait = waitForLive(doc, liveVersion(doc), 60_000);
    expect(await settled(wait, 50)).toBe(false);
    notifyLive(doc);
    expect(await settled(wait, 50)).toBe(true);
  });

  it("a change to another meeting does not wake it; the timeout does", async () => {
    const doc = `doc-${Math.random()}`;
    const wait = waitForLive(doc, liveVersion(doc), 80);
    notifyLive(`${doc}-other`);
    expect(await settled(wait, 30)).toBe(false);
    expect(await settled(wait, 500)).toBe(true);
  });

  it("an aborted signal ends the wait", async () => {
    const doc = `doc-${Math.random()}`;
    const ac = new AbortController();
    const wait = waitForLive(doc, liveVersion(doc), 60_000, ac.signal);
    ac.abort();
    expect(await settled(wait, 50)).toBe(true);
  });
});
