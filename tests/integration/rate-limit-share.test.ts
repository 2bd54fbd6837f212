import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, useTestDatabase } from "../support/db";

/**
 * The public share page counts failed lookups. Forwarded headers decide the counter only when
 * TRUST_PROXY=on; otherwise they are the visitor's own words, and one budget per process applies.
 */
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

useTestDatabase();

const { default: SharedDocumentPage } = await import("@/app/s/[token]/page");
const { LOOKUP_FAILURES_PER_CLIENT, LOOKUP_FAILURES_PER_PROCESS, resetRateLimits, shareLookupBudget } = await import("@/lib/auth/rate-limit");
const { resetEnvCache } = await import("@/lib/env");
const { createShareLink } = await import("@/lib/db/shares");
const { db } = await import("@/lib/db/client");

let token: string;

function visit(t: string, headers: Record<string, string> = {}) {
  requestHeaders.current = new Headers(headers);
  return SharedDocumentPage({ params: Promise.resolve({ token: t }) });
}
const opens = (t: string, headers?: Record<string, string>) => visit(t, headers).then(() => true, (e: Error) => (e.message === "NEXT_NOT_FOUND" ? false : Promise.reject(e)));
const guess = (i: number) => `guess-${i}`;

function trustProxy(on: boolean) {
  process.env.TRUST_PROXY = on ? "on" : "off";
  resetEnvCache();
}

beforeAll(async () => {
  const owner = await makeUser("sharer");
  const ws = await makeWorkspace(owner);
  const doc = await db().document.create({
    data: { workspaceId: ws, fileName: "a.txt", mimeType: "text/plain", sizeBytes: 1, sha256: crypto.randomUUID(), title: "Shared", speakers: [], status: "ready" },
  });
  token = (await createShareLink({ workspaceId: ws, documentId: doc.id, createdById: owner.id, includeTranscript: false, expiresInDays: null })).token;
});

beforeEach(() => resetRateLimits());

describe("share lookup budget", () => {
  it("ignores forwarded headers unless the proxy is trusted", () => {
    const h = new Headers({ "x-forwarded-for": "203.0.113.9" });
    expect(shareLookupBudget(h, false)).toMatchObject({ key: "share:process", limit: LOOKUP_FAILURES_PER_PROCESS });
    expect(shareLookupBudget(h, true)).toMatchObject({ key: "share:ip:203.0.113.9", limit: LOOKUP_FAILURES_PER_CLIENT });
    // Trusted, but the proxy said nothing: the process budget still applies, never an "unknown" client bucket.
    expect(shareLookupBudget(new Headers(), true)).toMatchObject({ key: "share:process" });
  });

  it("without a trusted proxy: a spoofed address per guess buys nothing, and the budget is spent at 1,000", async () => {
    trustProxy(false);
    expect(await opens(token)).toBe(true);
    for (let i = 0; i < LOOKUP_FAILURES_PER_PROCESS; i++) expect(await opens(guess(i), { "x-forwarded-for": `10.0.${i >> 8}.${i & 255}` })).toBe(false);
    // Over budget: lookups stop for this window, the valid link included, until the window passes.
    expect(await opens(token, { "x-forwarded-for": "198.51.100.77" })).toBe(false);
    resetRateLimits();
    expect(await opens(token)).toBe(true);
  });

  it("a few failed lookups never get in the way of real visitors", async () => {
    trustProxy(false);
    for (let i = 0; i < 50; i++) await opens(guess(i));
    expect(await opens(token)).toBe(true);
  });

  it("behind a trusted proxy: each client address has its own 30, so one scanner locks out only itself", async () => {
    trustProxy(true);
    const scanner = { "x-forwarded-for": "203.0.113.5" };
    for (let i = 0; i < LOOKUP_FAILURES_PER_CLIENT; i++) expect(await opens(guess(i), scanner)).toBe(false);
    expect(await opens(token, scanner)).toBe(false);
    expect(await opens(token, { "x-forwarded-for": "203.0.113.6" })).toBe(true);
    trustProxy(false);
  });
});
