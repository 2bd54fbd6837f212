import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../support/db";

/**
 * Without APP_URL, signing up works under whatever name the app was opened by (here a LAN address),
 * because better-auth trusts the request's own origin; another site's origin is still refused.
 */
setUpTestDatabase();

const { POST } = await import("@/app/api/auth/[...all]/route");
const { resetEnvCache } = await import("@/lib/env");
const saved = process.env.APP_URL;

beforeAll(() => {
  delete process.env.APP_URL;
  resetEnvCache();
  delete (globalThis as { jiyaoAuth?: unknown }).jiyaoAuth;
});
afterAll(() => {
  if (saved !== undefined) process.env.APP_URL = saved;
  resetEnvCache();
  delete (globalThis as { jiyaoAuth?: unknown }).jiyaoAuth;
});

const email = `lan-${randomUUID().slice(0, 8)}@example.test`;
const password = "correct horse battery";
const post = (path: string, origin: string, body: object) =>
  POST(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { host: "10.0.0.5:3000", origin, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("auth origin without APP_URL", () => {
  it("signs in from the origin the request was made to", async () => {
    expect((await post("/sign-up/email", "http://10.0.0.5:3000", { email, password, name: "Lan" })).status).toBe(200);
    expect((await post("/sign-in/email", "http://10.0.0.5:3000", { email, password })).status).toBe(200);
  });

  it("refuses a sign-in posted from another site", async () => {
    expect((await post("/sign-in/email", "http://evil.example", { email, password })).status).toBe(403);
  });
});
