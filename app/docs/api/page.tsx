import Link from "next/link";
import { openApiDocument } from "@/lib/api/openapi";
import { getMessages } from "@/lib/i18n/server";

export const metadata = { title: "API reference" };

/**
 * The HTTP API v1 reference, rendered from the same OpenAPI document /api/v1/openapi.json serves
 * (so it cannot drift from it), on our own page: no CDN, no client script.
 */
type Json = Record<string, unknown>;
type Schema = Json & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  $ref?: string;
  description?: string;
};
type Param = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Op = Json & {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  "x-min-role": string;
  parameters: Param[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

function typeLabel(s: Schema): React.ReactNode {
  if (s.$ref) {
    const id = s.$ref.split("/").pop()!;
    return (
      <a href={`#schema-${id}`} className="text-brand-700 underline">
        {id}
      </a>
    );
  }
  if (s.anyOf)
    return s.anyOf.map((x, i) => (
      <span key={i}>
        {i ? " | " : ""}
        {typeLabel(x)}
      </span>
    ));
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.type === "array" && s.items) return <>{typeLabel(s.items)}[]</>;
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
}

function SchemaTable({ schema }: { schema: Schema }) {
  if (!schema.properties) return <p className="font-mono text-xs">{typeLabel(schema)}</p>;
  return (
    <table className="w-full text-left text-xs">
      <tbody>
        {Object.entries(schema.properties).map(([name, s]) => (
          <tr key={name} className="border-t border-stone-100 align-top">
            <td className="py-1 pr-3 font-mono">
              {name}
              {schema.required?.includes(name) ? <span className="text-red-700">*</span> : null}
            </td>
            <td className="py-1 pr-3 font-mono text-stone-700">{typeLabel(s)}</td>
            <td className="py-1 text-stone-600">{s.description ?? (s.items?.description as string | undefined) ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function curlFor(method: string, path: string, op: Op): string {
  const url = `"$JIYAO_URL/api/v1${path.replace(/\{(\w+)\}/g, (_m, p: string) => `<${p}>`)}"`;
  const parts = [`curl`, method === "get" ? "" : `-X ${method.toUpperCase()}`, `-H "Authorization: Bearer $JIYAO_TOKEN"`];
  const body = op.requestBody?.content;
  if (body?.["multipart/form-data"]) parts.push("-F file=@notes.txt");
  else if (body?.["application/json"]) parts.push(`-H "Content-Type: application/json" -d '{…}'`);
  if (op.responses["200"]?.content?.["text/event-stream"]) parts.push("-N");
  return [...parts.filter(Boolean), url].join(" ");
}

export default async function ApiReferencePage() {
  const { m } = await getMessages();
  const doc = openApiDocument() as Json & {
    info: { title: string; description: string };
    tags: { name: string }[];
    paths: Record<string, Record<string, Op>>;
    components: { schemas: Record<string, Schema> };
  };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{doc.info.title}</h1>
        <p className="text-sm text-stone-700">{doc.info.description}</p>
        <p className="text-sm">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">
            openapi.json
          </a>{" "}
          ·{" "}
          <Link href="/" className="text-brand-700 underline">
            Jiyao
          </Link>{" "}
          · MCP: <code className="font-mono">POST /api/mcp</code> (Streamable HTTP, same token) or <code className="font-mono">npm run -s mcp</code> (stdio)
        </p>
      </header>
      <nav aria-label={m.tokens.endpoints} className="rounded-md border border-stone-200 bg-white p-4 text-sm">
        <ul className="grid gap-1 sm:grid-cols-2">
          {ops.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`} className="hover:underline">
                <span className="inline-block w-14 font-mono text-xs uppercase">{method}</span>
                <span className="font-mono text-xs">{path}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {doc.tags.map(({ name: tag }) => (
        <section key={tag} className="space-y-4" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="text-lg font-semibold">
            {tag}
          </h2>
          {ops
            .filter(({ op }) => op.tags.includes(tag))
            .map(({ path, method, op }) => {
              const [status, ok] = Object.entries(op.responses)[0];
              const okContent = Object.entries(ok.content ?? {})[0];
              const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : null;
              return (
                <article key={op.operationId} id={op.operationId} className="space-y-3 rounded-md border border-stone-200 bg-white p-4">
                  <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                    <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${METHOD_STYLE[method] ?? ""}`}>{method}</span>
                    <code className="font-mono">/api/v1{path}</code>
                    <span className="font-normal text-stone-600">· {op["x-min-role"]} or higher</span>
                  </h3>
                  <p className="text-sm">{op.summary}</p>
                  {op.description ? <p className="text-sm text-stone-600">{op.description}</p> : null}
                  {op.parameters.length ? (
                    <div>
                      <h4 className="text-xs font-semibold uppercase text-stone-500">Parameters</h4>
                      <SchemaTable
                        schema={{
                          type: "object",
                          properties: Object.fromEntries(op.parameters.map((p) => [`${p.name} (${p.in})`, { ...p.schema, description: p.description }])),
                          required: op.parameters.filter((p) => p.required).map((p) => `${p.name} (${p.in})`),
                        }}
                      />
                    </div>
                  ) : null}
                  {body ? (
                    <div>
                      <h4 className="text-xs font-semibold uppercase text-stone-500">Body ({body[0]})</h4>
                      <SchemaTable schema={body[1].schema} />
                    </div>
                  ) : null}
                  <div>
                    <h4 className="text-xs font-semibold uppercase text-stone-500">
                      {status} {okContent ? `(${okContent[0]})` : ""}
                    </h4>
                    {okContent?.[0] === "application/json" ? <SchemaTable schema={okContent[1].schema} /> : <p className="text-xs text-stone-600">{ok.description}</p>}
                  </div>
                  <pre className="overflow-x-auto rounded bg-stone-900 p-2 text-xs text-stone-100">{curlFor(method, path, op)}</pre>
                </article>
              );
            })}
        </section>
      ))}
      <section className="space-y-4" aria-labelledby="schemas">
        <h2 id="schemas" className="text-lg font-semibold">
          Schemas
        </h2>
        {Object.entries(doc.components.schemas).map(([id, s]) => (
          <article key={id} id={`schema-${id}`} className="space-y-2 rounded-md border border-stone-200 bg-white p-4">
            <h3 className="font-mono text-sm font-semibold">{id}</h3>
            <SchemaTable schema={s} />
          </article>
        ))}
        <p className="text-sm text-stone-600">
          Errors: <code className="font-mono">{`{ "error": { "code": "NOT_FOUND", "message": "…" } }`}</code> with 400, 401, 403, 404, 409, 413, 415 or 429.
        </p>
      </section>
    </main>
  );
}
