import { parseSse } from "@/lib/api/sse-parse";
import { ENDPOINTS, type Endpoint } from "@/lib/api/v1/contract";
import type { ApiDocument } from "@/lib/api/v1/schemas";
import { BackendError, type JiyaoBackend, type JsonEndpoint } from "./backend";

/**
 * HTTP API v1 as a JiyaoBackend, for the stdio MCP server: each request is built from the endpoint's
 * contract entry (method, path, which fields go in the path, the query or the body), so the client
 * cannot drift from the routes.
 */
export function httpBackend(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): JiyaoBackend {
  const root = `${baseUrl.replace(/\/+$/, "")}/api/v1`;
  const auth = { authorization: `Bearer ${token}` };

  async function send(path: string, init: RequestInit): Promise<Response> {
    const res = await fetchImpl(root + path, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
    if (res.ok) return res;
    const text = await res.text();
    let code = `HTTP_${res.status}`;
    let message = text.slice(0, 500) || res.statusText;
    try {
      const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
      if (body.error?.code) code = body.error.code;
      if (body.error?.message) message = body.error.message;
    } catch {
      // not JSON (a proxy's error page): keep the text
    }
    throw new BackendError(code, message);
  }

  function request(e: Endpoint, input: Record<string, unknown>): { path: string; init: RequestInit } {
    const path = e.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(input[name] ?? "")));
    const query = new URLSearchParams();
    for (const key of Object.keys(e.query?.shape ?? {})) if (input[key] !== undefined && input[key] !== null) query.set(key, String(input[key]));
    const body =
      e.body && e.body !== "multipart"
        ? Object.fromEntries(
            Object.keys(e.body.shape)
              .filter((k) => input[k] !== undefined)
              .map((k) => [k, input[k]]),
          )
        : undefined;
    const qs = query.size ? `?${query}` : "";
    return { path: path + qs, init: { method: e.method, ...(body ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}) } };
  }

  return {
    async call(name: JsonEndpoint, input: Record<string, unknown>) {
      const { path, init } = request(ENDPOINTS[name], input);
      return (await send(path, init)).json();
    },
    async upload({ fileName, text }) {
      const form = new FormData();
      form.set("file", new File([text], fileName, { type: "text/plain" }));
      return (await (await send("/documents", { method: "POST", body: form })).json()) as ApiDocument;
    },
    async ask(input) {
      const res = await send("/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
      return parseSse(await res.text());
    },
  } as JiyaoBackend;
}
