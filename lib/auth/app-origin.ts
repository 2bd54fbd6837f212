import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { publicOrigin } from "./request-origin";

/** The origin share and invite links are built on: APP_URL, or the one this request was made to. */
export async function appOrigin(): Promise<string> {
  const e = env();
  const opts = { appUrl: e.APP_URL, trustProxy: e.TRUST_PROXY === "on", port: e.PORT };
  if (e.APP_URL) return publicOrigin(new Headers(), opts);
  let requestHeaders: Headers | null = null;
  try {
    requestHeaders = (await headers()) as unknown as Headers;
  } catch (err) {
    // Next's own control flow (dynamic rendering bailouts) carries a digest and must propagate;
    // anything else means there is no request (a script, a test), so the default origin applies.
    if (err && typeof err === "object" && "digest" in err) throw err;
  }
  return publicOrigin(requestHeaders ?? new Headers(), opts);
}
