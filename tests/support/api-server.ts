/**
 * A real HTTP server on a free port (listen on 0) serving HTTP API v1 and /api/mcp from their route
 * files, for clients that need a URL: the MCP SDK's Streamable HTTP client and the stdio server
 * spawned as `npm run -s mcp`. Next's router is not involved; the route handlers are called as Next does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { absolute, HTTP_METHODS, routeFiles, routePattern } from "./authz-fixtures";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Route {
  regex: RegExp;
  names: string[];
  methods: Partial<Record<string, Handler>>;
}

async function loadRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of routeFiles().filter((f) => f.startsWith("app/api/v1/") || f.startsWith("app/api/mcp/"))) {
    const mod = (await import(absolute(file))) as Record<string, unknown>;
    const pattern = routePattern(file);
    const names: string[] = [];
    const regex = new RegExp(
      `^${pattern
        .replace(/\[(\w+)\]/g, (_m, n: string) => {
          names.push(n);
          return "([^/]+)";
        })
        .replace(/\./g, "\\.")}$`,
    );
    const methods: Route["methods"] = {};
    for (const m of HTTP_METHODS) if (typeof mod[m] === "function") methods[m] = mod[m] as Handler;
    routes.push({ regex, names, methods });
  }
  return routes;
}

async function toRequest(req: IncomingMessage, res: ServerResponse, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const controller = new AbortController();
  // The client going away before the answer is complete, as Next signals it (a request's own "close" only means its body was read).
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return new Request(new URL(req.url ?? "/", base), {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

export async function startApiServer(): Promise<{ url: string; close(): Promise<void> }> {
  const routes = await loadRoutes();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      for (const r of routes) {
        const m = r.regex.exec(url.pathname);
        if (!m) continue;
        const handler = r.methods[req.method ?? "GET"];
        if (!handler) return void res.writeHead(405).end();
        const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
        return await send(res, await handler(await toRequest(req, res, `http://${req.headers.host}`), { params: Promise.resolve(params) }));
      }
      res.writeHead(404).end();
    } catch (e) {
      console.error("[test api server]", e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
