import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../support/db";

/**
 * better-auth's limiter guards sign-in in production (lib/auth/auth.ts): proven here through the real
 * route handler, with NODE_ENV=production as the app reads it (env()) and a fresh auth instance, since
 * the instance is built once per process from the environment it sees first.
 */
setUpTestDatabase();

const { POST } = await import("@/app/api/auth/[...all]/route");
const { resetEnvCache } = await import("@/lib/env");
const { PEER_HEADER } = await import("@/lib/auth/client-address");
const { resetRateLimits } = await import("@/lib/auth/rate-limit");
const { SIGN_IN_LIMITS } = await import("@/lib/auth/sign-in-limits");
// As under scripts/start.ts: the preload stamps each request with its connection's address.
(globalThis as Record<symbol, unknown>)[Symbol.for("jiyao.peer-address.active")] = true;

const APP_URL = "http://localhost:3000";
const saved = { NODE_ENV: process.env.NODE_ENV, AUTH_RATE_LIMIT: process.env.AUTH_RATE_LIMIT, APP_URL: process.env.APP_URL };
const env = process.env as Record<string, string | undefined>;

function freshAuth(vars: { NODE_ENV: string; AUTH_RATE_LIMIT: string }) {
  env.NODE_ENV = vars.NODE_ENV;
  env.AUTH_RATE_LIMIT = vars.AUTH_RATE_LIMIT;
  env.APP_URL = APP_URL;
  resetEnvCache();
  delete (globalThis as { jiyaoAuth?: unknown }).jiyaoAuth;
}

/** `ip` is the connection's address; `headers` are what the client adds (e.g. a forged X-Forwarded-For). */
function post(path: string, body: object, ip: string, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${APP_URL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_URL, [PEER_HEADER]: ip, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const email = `limit-${crypto.randomUUID().slice(0, 8)}@example.test`;
const password = "correct horse battery";
const wrong = (ip: string) => post("/sign-in/email", { email, password: "not the password" }, ip);

beforeAll(async () => {
  freshAuth({ NODE_ENV: "test", AUTH_RATE_LIMIT: "on" });
  const res = await post("/sign-up/email", { email, password, name: "Limit" }, "198.51.100.1");
  expect(res.status).toBe(200);
});

afterEach(() => {
  delete (globalThis as { jiyaoAuth?: unknown }).jiyaoAuth;
  resetRateLimits();
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  resetEnvCache();
});

describe("sign-in rate limit", () => {
  it("is off outside production, so tests and dev are never locked out", async () => {
    freshAuth({ NODE_ENV: "test", AUTH_RATE_LIMIT: "on" });
    for (let i = 0; i < 6; i++) expect((await wrong("192.0.2.10")).status).toBe(401);
  });

  it("is off in production only when AUTH_RATE_LIMIT=off", async () => {
    freshAuth({ NODE_ENV: "production", AUTH_RATE_LIMIT: "off" });
    for (let i = 0; i < 6; i++) expect((await wrong("192.0.2.20")).status).toBe(401);
  });

  it("answers 429 in production after 3 failed sign-ins in 10 seconds, even to the right password", async () => {
    freshAuth({ NODE_ENV: "production", AUTH_RATE_LIMIT: "on" });
    for (let i = 0; i < 3; i++) expect((await wrong("192.0.2.30")).status).toBe(401);
    const limited = await wrong("192.0.2.30");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // The limiter runs before the password is checked: guessing faster gains nothing.
    expect((await post("/sign-in/email", { email, password }, "192.0.2.30")).status).toBe(429);
  });

  it("counts sign-up attempts too", async () => {
    freshAuth({ NODE_ENV: "production", AUTH_RATE_LIMIT: "on" });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await post("/sign-up/email", { email: `x${i}-${email}`, password: "short", name: "x" }, "192.0.2.40");
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
  });

  it("is not bypassed by rotating X-Forwarded-For without a trusted proxy", async () => {
    freshAuth({ NODE_ENV: "production", AUTH_RATE_LIMIT: "on" });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post("/sign-in/email", { email, password: "nope nope" }, "192.0.2.50", { "x-forwarded-for": `10.9.0.${i}` })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
  });

  it("locks an account after 10 failures from many addresses, for a bounded time, and not for an address that has its session", async () => {
    freshAuth({ NODE_ENV: "production", AUTH_RATE_LIMIT: "on" });
    const owner = `owner-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const home = "198.51.100.200";
    expect((await post("/sign-up/email", { email: owner, password, name: "Owner" }, home)).status).toBe(200);
    // Ten different addresses, one guess each: no address is over its own budget.
    for (let i = 0; i < SIGN_IN_LIMITS.accountFailures.limit; i++) {
      expect((await post("/sign-in/email", { email: owner, password: "guess guess" }, `203.0.113.${i + 1}`)).status).toBe(401);
    }
    // The eleventh address is refused before the password is checked, even with the right one…
    const locked = await post("/sign-in/email", { email: owner, password }, "203.0.113.99");
    expect(locked.status).toBe(429);
    const minutes = Number(/in (\d+) minute/.exec((await locked.json()).message)?.[1]);
    expect(minutes).toBeGreaterThan(0);
    expect(minutes).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountFailures.windowMs / 60_000);
    // …while the owner, from the address their session was opened from, still gets in.
    expect((await post("/sign-in/email", { email: owner, password }, home)).status).toBe(200);
    // The lock is the window, not forever: once it passes, anyone with the password gets in again.
    resetRateLimits();
    expect((await post("/sign-in/email", { email: owner, password }, "203.0.113.99")).status).toBe(200);
  });
});
