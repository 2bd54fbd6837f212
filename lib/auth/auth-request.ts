import "server-only";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { readBodyCapped } from "./route-guard";

/** The header better-auth reads the client address from (advanced.ipAddress.ipAddressHeaders); only we set it. */
export const AUTH_CLIENT_HEADER = "x-jiyao-client-ip";
/** Sign-in, sign-up and profile bodies are a few hundred bytes; nothing better-auth accepts needs more. */
export const AUTH_BODY_MAX_BYTES = 16 * 1024;

/** Headers for better-auth: the client address as we trust it, never as the client claims it. */
export function authHeaders(source: Headers): Headers {
  const headers = new Headers(source);
  headers.delete(AUTH_CLIENT_HEADER);
  const address = clientAddress(source, env().TRUST_PROXY === "on");
  if (address) headers.set(AUTH_CLIENT_HEADER, address);
  return headers;
}

/**
 * The request better-auth sees: the body read within AUTH_BODY_MAX_BYTES (a 40 MB "name" is refused
 * with 413 after 16 KB, not parsed) and the client address header set by us.
 */
export async function authRequest(req: Request): Promise<Request> {
  const headers = authHeaders(req.headers);
  if (req.method === "GET" || req.method === "HEAD") return new Request(req.url, { method: req.method, headers, signal: req.signal });
  const body = await readBodyCapped(req, AUTH_BODY_MAX_BYTES);
  headers.delete("content-length");
  return new Request(req.url, { method: req.method, headers, body: body.byteLength ? body : undefined, signal: req.signal });
}
