import { describe, expect, it } from "vitest";
import { publicOrigin, requestOrigin } from "@/lib/auth/request-origin";

/** Share and invite links follow the name the app was opened by unless APP_URL says otherwise. */
describe("publicOrigin", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  const opts = { trustProxy: false, port: 3000 };

  it("uses APP_URL when set", () => {
    expect(publicOrigin(h({ host: "10.0.0.5:3000" }), { ...opts, appUrl: "https://jiyao.example.com/" })).toBe("https://jiyao.example.com");
  });

  it("without APP_URL, uses the Host the browser sent (a LAN address, a host name)", () => {
    expect(publicOrigin(h({ host: "10.0.0.5:3000" }), opts)).toBe("http://10.0.0.5:3000");
    expect(publicOrigin(h({ host: "Meeting-Box.local:3000" }), opts)).toBe("http://meeting-box.local:3000");
  });

  it("reads X-Forwarded-Host/-Proto only behind a trusted proxy", () => {
    const proxied = h({ host: "127.0.0.1:3000", "x-forwarded-host": "jiyao.example.com", "x-forwarded-proto": "https" });
    expect(publicOrigin(proxied, opts)).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(proxied, { ...opts, trustProxy: true })).toBe("https://jiyao.example.com");
  });

  it("refuses a malformed Host and falls back to localhost", () => {
    expect(requestOrigin(h({ host: "evil.com/<script>" }), false)).toBeNull();
    expect(publicOrigin(h({ host: "a b" }), opts)).toBe("http://localhost:3000");
  });
});
