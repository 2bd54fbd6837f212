import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// As a server process of `npm start` sees it: a cluster worker with a channel to the primary.
vi.mock("node:cluster", () => ({ default: { isWorker: true } }));

const sent: unknown[] = [];
const realSend = process.send;
const realConnected = Object.getOwnPropertyDescriptor(process, "connected");
const fromPrimary = (jiyaoRelay: string, payload: unknown) => process.emit("message" as never, { jiyaoRelay, payload } as never);

beforeAll(() => {
  // Keep the test runner's own messages (if it talks over this channel) going where they went.
  process.send = ((m: unknown, ...rest: unknown[]) => {
    if ((m as { jiyaoRelay?: unknown } | null)?.jiyaoRelay) return sent.push(m) > 0;
    return (realSend as (...a: unknown[]) => boolean).call(process, m, ...rest);
  }) as typeof process.send;
  Object.defineProperty(process, "connected", { value: true, configurable: true });
});

afterAll(() => {
  process.send = realSend;
  if (realConnected) Object.defineProperty(process, "connected", realConnected);
  else delete (process as { connected?: boolean }).connected;
});

describe("relay between server processes", () => {
  it("sends a topic to the primary and runs this process's handlers for what others send", async () => {
    const { onRelay, relay } = await import("@/lib/runtime/cluster-relay");
    const got: unknown[] = [];
    onRelay("t", (p) => got.push(p));
    relay("t", { a: 1 });
    expect(sent).toContainEqual({ jiyaoRelay: "t", payload: { a: 1 } });
    expect(got).toEqual([]); // not echoed to the sender
    fromPrimary("t", "from another process");
    fromPrimary("other-topic", "not for t");
    expect(got).toEqual(["from another process"]);
  });

  it("a live batch posted to another process wakes this process's streams, and ours are told to the others", async () => {
    const { liveVersion, notifyLive, waitForLive } = await import("@/lib/pipelines/live-bus");
    const doc = `doc-${Math.random()}`;
    const wait = waitForLive(doc, liveVersion(doc), 60_000);
    fromPrimary("live", doc);
    await expect(wait).resolves.toBeUndefined();
    notifyLive(doc);
    expect(sent).toContainEqual({ jiyaoRelay: "live", payload: doc });
  });

  it("rate-limit hits counted by the other processes count here too", async () => {
    const { peekRateLimit, rateLimit } = await import("@/lib/auth/rate-limit");
    const key = `k-${Math.random()}`;
    const now = Date.now();
    for (let i = 0; i < 3; i++) fromPrimary("rate-limit", { key, windowMs: 60_000, at: now });
    expect(peekRateLimit(key, 3, now).ok).toBe(false);
    expect(rateLimit(`${key}-2`, 5, 60_000, now).ok).toBe(true);
    expect(sent).toContainEqual({ jiyaoRelay: "rate-limit", payload: { key: `${key}-2`, windowMs: 60_000, at: now } });
  });
});
