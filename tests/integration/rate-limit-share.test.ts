import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

/**
 * The public share page counts failed lookups per client address: the connection's address (set by
 * scripts/peer-address.cjs), or with TRUST_PROXY=on the one the proxy appended to X-Forwarded-For.
 * One scanner spends only its own budget; it can no longer make valid links answer 404 for everyone.
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

setUpTestDatabase();

const { default: SharedDocumentPage } = await import("@/app/s/[token]/page");
const { LOOKUP_FAILURES_PER_CLIENT, LOOKUP_FAILURES_UNKNOWN_CLIENT, resetRateLimits, shareLookupBudget } = await import("@/lib/auth/rate-limit");
const { PEER_HEADER } = await import("@/lib/auth/client-address");
(globalThis as Record<symbol, unknown>)[Symbol.for("jiyao.peer-address.active")] = true;
const { resetEnvCache } = await import("@/lib/env");
const { createShareLink } = await import("@/lib/db/shares");
const { db } = await import("@/lib/db/client");

let token: string;

function visit(t: string, headers: Record<string, string> = {}) {
  requestHeaders.current = new Headers(headers);
  return SharedDocumentPage({ params: Promise.resolve({ token: t }) });
}
const opens = (t: string, headers?: Record<string, string>) =>
  visit(t, headers).then(
    () => true,
    (e: Error) => (e.message === "NEXT_NOT_FOUND" ? false : Promise.reject(e)),
  );
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

const from = (address: string, extra: Record<string, string> = {}) => ({ [PEER_HEADER]: address, ...extra });

describe("share lookup budget", () => {
  it("is per client address; no address known: one shared budget of 1,000", () => {
    expect(shareLookupBudget("203.0.113.9")).toMatchObject({ key: "share:ip:203.0.113.9", limit: LOOKUP_FAILURES_PER_CLIENT });
    expect(shareLookupBudget(null)).toMatchObject({ key: "share:unknown-client", limit: LOOKUP_FAILURES_UNKNOWN_CLIENT });
  });

  it("1,000 failed lookups from one client do not disable a valid link for anyone else", async () => {
    trustProxy(false);
    const scanner = "198.51.100.66";
    for (let i = 0; i < 1000; i++) expect(await opens(guess(i), from(scanner, { "x-forwarded-for": `10.0.${i >> 8}.${i & 255}` }))).toBe(false);
    // The scanner spent its own budget (rotating X-Forwarded-For bought nothing without a trusted proxy)…
    expect(await opens(token, from(scanner))).toBe(false);
    // …and every other visitor still opens the link.
    expect(await opens(token, from("198.51.100.77"))).toBe(true);
  });

  it("a few failed lookups never get in the way of the same visitor", async () => {
    trustProxy(false);
    for (let i = 0; i < 20; i++) await opens(guess(i), from("192.0.2.5"));
    expect(await opens(token, from("192.0.2.5"))).toBe(true);
  });

  it("behind a trusted proxy: each reported client address has its own 30", async () => {
    trustProxy(true);
    const viaProxy = (client: string) => from("10.0.0.1", { "x-forwarded-for": `6.6.6.6, ${client}` });
    for (let i = 0; i < LOOKUP_FAILURES_PER_CLIENT; i++) expect(await opens(guess(i), viaProxy("203.0.113.5"))).toBe(false);
    expect(await opens(token, viaProxy("203.0.113.5"))).toBe(false);
    expect(await opens(token, viaProxy("203.0.113.6"))).toBe(true);
    trustProxy(false);
  });
});
