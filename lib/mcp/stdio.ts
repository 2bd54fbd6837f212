/**
 * `npm run -s mcp`: Jiyao's MCP server on stdio, talking to a running Jiyao through HTTP API v1 with
 * JIYAO_URL and JIYAO_TOKEN. Stdout carries MCP messages only: diagnostics go to stderr.
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { env } from "@/lib/env";
import { httpBackend } from "./http-client";
import { createJiyaoMcpServer } from "./server";

async function main(): Promise<void> {
  const { JIYAO_URL, JIYAO_TOKEN } = env();
  if (!JIYAO_TOKEN) {
    process.stderr.write("jiyao mcp: set JIYAO_TOKEN to an API token (workspace → API tokens) and JIYAO_URL to the app (default http://localhost:3000).\n");
    process.exit(2);
  }
  const server = createJiyaoMcpServer(httpBackend(JIYAO_URL, JIYAO_TOKEN));
  await server.connect(new StdioServerTransport());
  process.stderr.write(`jiyao mcp: serving ${JIYAO_URL} on stdio\n`);
}

main().catch((e) => {
  process.stderr.write(`jiyao mcp: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
