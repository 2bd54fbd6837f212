import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { authenticateToken } from "@/lib/api/auth";
import { apiErrorResponse } from "@/lib/api/route";
import { inProcessBackend } from "./in-process";
import { createJiyaoMcpServer } from "./server";

/**
 * MCP over Streamable HTTP at /api/mcp, stateless: every request is authenticated by its bearer token
 * (the same tokens, rate limit and role rules as HTTP API v1) and gets a server bound to that token's
 * workspace, so no session state can outlive a revoked token.
 */
export async function handleMcpRequest(req: Request): Promise<Response> {
  let ctx: Awaited<ReturnType<typeof authenticateToken>>;
  try {
    ctx = await authenticateToken(req.headers);
  } catch (e) {
    const res = apiErrorResponse(e);
    if (res.status === 401) res.headers.set("WWW-Authenticate", 'Bearer realm="jiyao"');
    return res;
  }
  const server = createJiyaoMcpServer(inProcessBackend(ctx, req.signal));
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(req);
  } finally {
    // Stateless: with JSON responses the answer is complete here.
    void server.close();
  }
}
