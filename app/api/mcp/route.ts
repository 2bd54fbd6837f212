import { handleMcpRequest } from "@/lib/mcp/http-route";

export const dynamic = "force-dynamic";

/** MCP Streamable HTTP (stateless, JSON responses); bearer API tokens as for /api/v1. */
export const POST = handleMcpRequest;
export const GET = handleMcpRequest;
export const DELETE = handleMcpRequest;
