import "server-only";
import { createHmac } from "node:crypto";
import { lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { hostAllowed, hostOf, isInternalAddress } from "./webhook-address";

/**
 * One signed POST of a webhook body. The recipe (README, "Webhooks"): signature = hex HMAC-SHA256 of
 * `${timestamp}.${body}` with the hook's secret, sent as `X-Jiyao-Signature: v1=<hex>` beside
 * `X-Jiyao-Timestamp` (Unix seconds); receivers recompute it and refuse old timestamps (replays).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface SendOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** Refused by the address policy: retrying cannot help. */
  refused?: boolean;
}

class RefusedAddress extends Error {}

/** The connection's own DNS answer is checked, so what was checked is what is connected to (no rebinding window). */
const checkedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 0);
    const list = addresses as { address: string; family: number }[];
    const bad = list.find((a) => isInternalAddress(a.address));
    if (bad) return callback(new RefusedAddress(`${hostname} resolves to ${bad.address}, a private or internal address`), "", 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

export function sendWebhook(input: { url: string; secret: string; deliveryId: string; event: string; body: string; timeoutMs: number }): Promise<SendOutcome> {
  const started = Date.now();
  const url = new URL(input.url);
  const host = hostOf(url);
  const allowed = hostAllowed(host);
  const done = (o: Omit<SendOutcome, "durationMs">): SendOutcome => ({ ...o, durationMs: Date.now() - started });
  // An IP literal never goes through lookup: judge it here.
  if (!allowed && /^[\d.]+$|:/.test(host) && isInternalAddress(host)) {
    return Promise.resolve(done({ ok: false, statusCode: null, error: `${host} is a private or internal address`, refused: true }));
  }
  const timestamp = Math.floor(Date.now() / 1000);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      url,
      {
        method: "POST",
        timeout: input.timeoutMs,
        ...(allowed ? {} : { lookup: checkedLookup }),
        headers: {
          "content-type": "application/json",
          "user-agent": "Jiyao-Webhooks/1",
          "x-jiyao-event": input.event,
          "x-jiyao-delivery": input.deliveryId,
          "x-jiyao-timestamp": String(timestamp),
          "x-jiyao-signature": signWebhook(input.secret, timestamp, input.body),
          "content-length": Buffer.byteLength(input.body),
        },
      },
      (res) => {
        res.resume(); // the receiver's body is not read: only its status counts
        const code = res.statusCode ?? 0;
        res.on("end", () => resolve(done({ ok: code >= 200 && code < 300, statusCode: code, error: code >= 200 && code < 300 ? null : `HTTP ${code}` })));
        res.on("error", (e) => resolve(done({ ok: false, statusCode: code, error: e.message })));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${input.timeoutMs} ms`)));
    req.on("error", (e) => resolve(done({ ok: false, statusCode: null, error: e.message, refused: e instanceof RefusedAddress })));
    req.end(input.body);
  });
}
