import { z } from "zod";
import { ENDPOINTS, type Endpoint } from "./v1/contract";
import { ErrorSchema } from "./v1/schemas";

/**
 * The OpenAPI 3.1 document of HTTP API v1, generated from the endpoints' zod schemas with zod 4's own
 * JSON Schema output (OpenAPI 3.1 schemas are JSON Schema 2020-12). Schemas with a `.meta({ id })`
 * become components; everything else is inlined. No server-only imports: the reference page uses it too.
 */
type Json = Record<string, unknown>;

const components: Record<string, Json> = {};

/** JSON Schema of `schema`, its named parts moved to components.schemas and referenced from there. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  const defs = (out.$defs ?? {}) as Record<string, Json>;
  delete out.$defs;
  delete out.$schema;
  const rewrite = (v: Json): Json => JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [id, def] of Object.entries(defs)) components[id] ??= rewrite(def);
  return rewrite(out);
}

function parameters(e: Endpoint): Json[] {
  const list: Json[] = [];
  for (const [where, schema] of [
    ["path", e.params],
    ["query", e.query],
  ] as const) {
    if (!schema) continue;
    const obj = jsonSchema(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(obj.properties ?? {})) {
      const { description, ...rest } = s as Json & { description?: string };
      list.push({ name, in: where, required: where === "path" || !!obj.required?.includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  return list;
}

const ERROR_RESPONSES: Record<string, string> = {
  "400": "Invalid input (INVALID_INPUT and the upload codes)",
  "401": "No, unknown or revoked token (UNAUTHENTICATED)",
  "403": "The token's role or scope does not allow this (FORBIDDEN)",
  "404": "Not in this workspace (NOT_FOUND)",
  "429": "Too many requests with this token (RATE_LIMITED); see Retry-After",
};

function operation(name: string, e: Endpoint): Json {
  const errorSchema = jsonSchema(ErrorSchema, "output");
  const errors = Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([code, description]) => [code, { description, content: { "application/json": { schema: errorSchema } } }]),
  );
  const ok =
    "schema" in e.response
      ? { description: "OK", content: { "application/json": { schema: jsonSchema(e.response.schema, "output") } } }
      : {
          description: e.response.description,
          content: { [e.response.media]: { schema: { type: "string", ...(e.response.media.startsWith("application/octet") ? { format: "binary" } : {}) } } },
        };
  const body =
    e.body === "multipart"
      ? { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } }
      : e.body
        ? { required: true, content: { "application/json": { schema: jsonSchema(e.body, "input") } } }
        : undefined;
  return {
    operationId: name,
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    tags: [e.tag],
    "x-min-role": e.role,
    parameters: parameters(e),
    ...(body ? { requestBody: body } : {}),
    responses: { [String(e.response.status)]: ok, ...errors },
  };
}

export function openApiDocument(serverUrl = "/api/v1"): Json {
  const paths: Record<string, Json> = {};
  for (const [name, e] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    paths[e.path] ??= {};
    paths[e.path][e.method.toLowerCase()] = operation(name, e);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Jiyao (纪要) HTTP API",
      version: "1.0.0",
      description:
        "Documents, minutes, to-dos, slides, cited answers and search of one workspace. Authenticate with a personal API token (workspace → API tokens): `Authorization: Bearer jy_…`. The token decides the workspace; a read token acts as a viewer, a write token with its member's current role. Errors are `{ error: { code, message } }` with the same codes as the web app.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    tags: [...new Set(Object.values(ENDPOINTS).map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "jy_ token" } }, schemas: components },
  };
}
