import "server-only";
import { AppError, toAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { requestHost } from "./request-origin";

/**
 * What every state-changing route handler checks before it reads a byte of the body, the way Next
 * checks server actions: the request comes from a page of this app (Sec-Fetch-Site / Origin), its body
 * is JSON (a cross-site <form> or a "simple" fetch can only send text/plain or form types, so requiring
 * JSON forces a CORS preflight we never answer), and the body fits the route's cap.
 */
export function crossSiteProblem(headers: Headers, opts: { trustProxy: boolean; appUrl?: string; url?: string }): string | null {
  const site = headers.get("sec-fetch-site");
  // "same-site" includes another port on the same host: another app there must not act for our users.
  if (site && site !== "same-origin") return `Cross-site request refused (Sec-Fetch-Site: ${site}).`;
  const origin = headers.get("origin");
  if (!origin) return null; // not a browser (curl, scripts): they carry no victim's cookies to abuse
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return "Cross-site request refused (unreadable Origin).";
  }
  // No Host header only outside a real server (a Request built in code): its URL says where it went.
  const target = requestHost(headers, opts.trustProxy) ?? (opts.url ? new URL(opts.url).host.toLowerCase() : null);
  const allowed = [target, opts.appUrl ? new URL(opts.appUrl).host.toLowerCase() : null];
  return allowed.includes(originHost) ? null : `Cross-site request refused (Origin ${origin}).`;
}

/** Reads at most `maxBytes` of the body, refusing (413) as soon as it goes past, without buffering the rest. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("BODY_TOO_LARGE", `The request is larger than ${Math.round(maxBytes / 1024)} KB, the most this endpoint accepts.`);
}

function isJson(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

export const errorResponse = (e: unknown) => {
  const err = toAppError(e);
  if (err.code === "INTERNAL") console.error(e);
  return Response.json({ error: err.message, code: err.code }, { status: err.httpStatus });
};

/**
 * A state-changing JSON route: cross-site and non-JSON requests are refused before anything runs,
 * the body is read within `maxBodyBytes`, and errors become JSON with their status.
 */
export function jsonRoute<P>(opts: { maxBodyBytes: number }, handler: (req: Request, body: unknown, params: P) => Promise<Response>) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const e = env();
      const problem = crossSiteProblem(req.headers, { trustProxy: e.TRUST_PROXY === "on", appUrl: e.APP_URL, url: req.url });
      if (problem) throw new AppError("FORBIDDEN", problem);
      if (!isJson(req.headers)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request as JSON (Content-Type: application/json).");
      const bytes = await readBodyCapped(req, opts.maxBodyBytes);
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
      }
      return await handler(req, body, await context.params);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
