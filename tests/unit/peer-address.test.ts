import http from "node:http";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { clientAddress, peerHeaderActive, PEER_HEADER } from "@/lib/auth/client-address";

/** The preload that gives rate limits the connection's address, whatever the client claims. */
createRequire(import.meta.url)("../../scripts/peer-address.cjs");

describe("scripts/peer-address.cjs", () => {
  it("stamps every request with its connection's address, replacing a client-sent value", async () => {
    const seen: (string | null)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(clientAddress(new Headers(req.headers as Record<string, string>), false));
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    for (const forged of ["203.0.113.9", "10.0.0.1"]) {
      await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: forged, "x-forwarded-for": forged } }).then((r) => r.text());
    }
    await new Promise((r) => server.close(r));
    expect(peerHeaderActive()).toBe(true);
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
