import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

/** Every HTML response carries the CSP: prefetches used to skip the proxy, and so the policy. */
describe("proxy.ts", () => {
  const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

  it("runs for page requests, prefetches included", () => {
    expect(matches("/w/abc")).toBe(true);
    expect(matches("/w/abc", { "next-router-prefetch": "1" })).toBe(true);
    expect(matches("/w/abc", { purpose: "prefetch" })).toBe(true);
    expect(matches("/sign-in", { "sec-purpose": "prefetch" })).toBe(true);
  });

  it("skips what never renders HTML", () => {
    expect(matches("/api/health")).toBe(false);
    expect(matches("/_next/static/chunks/main.js")).toBe(false);
  });

  it("sets a nonce CSP on the response", () => {
    const res = proxy(new NextRequest("http://localhost:3000/w/abc", { headers: { "next-router-prefetch": "1" } }));
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });
});
