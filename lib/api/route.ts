import "server-only";
import type { z } from "zod";
import { readBodyCapped } from "@/lib/auth/route-guard";
import { AppError, toAppError } from "@/lib/errors";
import { authenticateToken, requireApiRole, type ApiContext } from "./auth";
import { ENDPOINTS, type Endpoint, type EndpointName, type InputOf, type OutputOf } from "./v1/contract";

/**
 * The one wrapper of every HTTP API v1 route: bearer token → zod parse of path parameters, query and
 * body (the endpoint's schemas in lib/api/v1/contract.ts) → role and scope check → handler → errors as
 * JSON `{ error: { code, message } }` with lib/errors' codes and statuses. Authentication comes first,
 * so a caller without a valid token learns nothing from validation.
 */
export type Handler<K extends EndpointName> = (ctx: ApiContext, input: InputOf<K>, req: Request) => Promise<OutputOf<K> | Response>;

/** JSON bodies here are small (a title, a question, a to-do's fields); files go through multipart. */
const MAX_JSON_BYTES = 64 * 1024;

export function issueMessage(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return `${where}${first?.message ?? "invalid input"}`;
}

function parsePart(schema: z.ZodType | undefined, raw: unknown): Record<string, unknown> {
  if (!schema) return {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", issueMessage(parsed.error));
  return parsed.data as Record<string, unknown>;
}

function queryObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  // A repeated key counts once (the first), as the web app's query filters do.
  for (const [k, v] of new URL(url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

async function jsonBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  const bytes = await readBodyCapped(req, MAX_JSON_BYTES);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}

export function apiErrorResponse(e: unknown): Response {
  const err = toAppError(e);
  if (err.code === "INTERNAL") console.error("[api]", e);
  const headers = new Headers({ "Cache-Control": "no-store" });
  const retry = err.details?.retryAfterSeconds;
  if (err.code === "RATE_LIMITED" && typeof retry === "number") headers.set("Retry-After", String(retry));
  // After an early refusal of an upload the client may still be sending a body we will never read.
  if (err.code === "FILE_TOO_LARGE") headers.set("Connection", "close");
  return Response.json({ error: { code: err.code, message: err.message } }, { status: err.httpStatus, headers });
}

/** A Next route handler for endpoint `name`; `endpoint` on it lets the contract test match files to the contract. */
export function v1Route<K extends EndpointName>(name: K, handler: Handler<K>) {
  const spec: Endpoint = ENDPOINTS[name];
  const route = async (req: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const ctx = await authenticateToken(req.headers);
      const params = parsePart(spec.params, await context.params);
      const query = parsePart(spec.query, queryObject(req.url));
      requireApiRole(ctx, spec.role);
      const body = spec.body && spec.body !== "multipart" ? parsePart(spec.body, await jsonBody(req)) : {};
      const result = await handler(ctx, { ...params, ...query, ...body } as InputOf<K>, req);
      if (result instanceof Response) return result;
      return Response.json(result, { status: spec.response.status, headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      return apiErrorResponse(e);
    }
  };
  return Object.assign(route, { endpoint: name });
}

/**
 * The same parse → role → handler path without HTTP, for the MCP server's in-process tools: `raw` is one
 * flat object holding the path parameters, query and body fields, parsed by the same schemas.
 */
export async function invokeEndpoint<K extends EndpointName>(ctx: ApiContext, name: K, handler: Handler<K>, raw: Record<string, unknown>, req?: Request) {
  const spec: Endpoint = ENDPOINTS[name];
  const input = { ...parsePart(spec.params, raw), ...parsePart(spec.query, raw) };
  requireApiRole(ctx, spec.role);
  const body = spec.body && spec.body !== "multipart" ? parsePart(spec.body, raw) : {};
  return handler(ctx, { ...input, ...body } as InputOf<K>, req ?? new Request("http://localhost/"));
}
