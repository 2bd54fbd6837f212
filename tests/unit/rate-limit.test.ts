import { beforeEach, describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, PEER_HEADER } from "@/lib/auth/client-address";
import { peekRateLimit, rateLimit, resetRateLimits } from "@/lib/auth/rate-limit";

beforeEach(() => resetRateLimits());

describe("rateLimit", () => {
  it("allows `limit` hits per window, then refuses with the time left", () => {
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(rateLimit("k", 3, 60_000, t0 + i)).toEqual({ ok: true, retryAfterMs: 0 });
    expect(rateLimit("k", 3, 60_000, t0 + 10_000)).toEqual({ ok: false, retryAfterMs: 50_000 });
    expect(rateLimit("k", 3, 60_000, t0 + 59_999).ok).toBe(false);
  });

  it("starts a fresh window once the old one has passed", () => {
    const t0 = 5_000;
    for (let i = 0; i < 4; i++) rateLimit("k", 3, 1_000, t0);
    expect(rateLimit("k", 3, 1_000, t0 + 999).ok).toBe(false);
    expect(rateLimit("k", 3, 1_000, t0 + 1_000)).toEqual({ ok: true, retryAfterMs: 0 });
  });

  it("counts each key on its own", () => {
    for (let i = 0; i < 2; i++) rateLimit("a", 2, 60_000, 0);
    expect(rateLimit("a", 2, 60_000, 1).ok).toBe(false);
    expect(rateLimit("b", 2, 60_000, 1).ok).toBe(true);
  });

  it("keeps memory bounded when many keys arrive", () => {
    for (let i = 0; i < 20_000; i++) rateLimit(`ip-${i}`, 1, 60_000, 0);
    // The newest keys are still counted after the sweep.
    expect(rateLimit("ip-19999", 1, 60_000, 1).ok).toBe(false);
    // The oldest were let go to make room.
    expect(rateLimit("ip-0", 1, 60_000, 1).ok).toBe(true);
  });
});

describe("peekRateLimit", () => {
  it("reports a key over its limit without counting a hit", () => {
    expect(peekRateLimit("k", 2, 0).ok).toBe(true);
    rateLimit("k", 2, 60_000, 0);
    expect(peekRateLimit("k", 2, 1).ok).toBe(true);
    rateLimit("k", 2, 60_000, 2);
    // Two failures of two allowed: the next attempt is refused before any work is done.
    expect(peekRateLimit("k", 2, 3)).toEqual({ ok: false, retryAfterMs: 59_997 });
    expect(peekRateLimit("k", 2, 60_000).ok).toBe(true);
  });
});

describe("clientAddress", () => {
  const h = (o: Record<string, string>) => ({ get: (n: string) => o[n] ?? null });
  const peer = "192.0.2.50";

  it("without a trusted proxy: the connection's address, whatever forwarded headers claim", () => {
    const spoofed = h({ [PEER_HEADER]: peer, "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" });
    expect(clientAddress(spoofed, false, true)).toBe(peer);
    // A rotating X-Forwarded-For changes nothing: one key for one connection address.
    expect(new Set([1, 2, 3].map((i) => clientAddress(h({ [PEER_HEADER]: peer, "x-forwarded-for": `10.0.0.${i}` }), false, true)))).toEqual(new Set([peer]));
  });

  it("never trusts the peer header unless the preload that sets it is running", () => {
    expect(clientAddress(h({ [PEER_HEADER]: peer }), false, false)).toBeNull();
  });

  it("behind a trusted proxy: the hop the proxy appended (the last), then X-Real-IP, then the connection", () => {
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", [PEER_HEADER]: "10.0.0.1" }), true, true)).toBe("203.0.113.7");
    expect(clientAddress(h({ "x-real-ip": " 198.51.100.2 " }), true, true)).toBe("198.51.100.2");
    expect(clientAddress(h({ "x-forwarded-for": "not an ip", [PEER_HEADER]: "10.0.0.1" }), true, true)).toBe("10.0.0.1");
  });

  it("one key per IPv4 address, per IPv6 /64", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002:0000:0000:0000:0000");
    expect(normalizeAddress("2001:db8:1:2:bbbb::2")).toBe(normalizeAddress("2001:db8:1:2:aaaa::1"));
    expect(normalizeAddress("::1")).toBe("0000:0000:0000:0000:0000:0000:0000:0000");
    expect(normalizeAddress("<script>")).toBeNull();
  });
});
