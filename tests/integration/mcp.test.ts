/**
 * The MCP server through the SDK's own client, in both transports: Streamable HTTP at /api/mcp and stdio
 * (`npm run -s mcp` spawned against a real HTTP server on a free port), every tool through every kind
 * of token. Also: documents as resources, and stdout of the stdio server carries protocol messages only.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { setUpTestDatabase } from "../support/db";
import { seedFixtures, type Fixtures } from "../support/authz-fixtures";
import { resetApiRateLimits, seedTokens, TOKEN_PRINCIPALS, tokenOutcome, type TokenPrincipal } from "../support/api-fixtures";
import { startApiServer } from "../support/api-server";
import type { Role } from "@/lib/db/workspaces";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { stopBoss } = await import("@/lib/jobs/boss");
const { MCP_TOOLS } = await import("@/lib/mcp/server");

type ToolResult = { isError?: boolean; content: { type: string; text?: string }[]; structuredContent?: Record<string, unknown> };
type ToolCase = { min: Role; scoped: boolean; args: (f: Fixtures) => Record<string, unknown>; check?: (r: ToolResult, f: Fixtures) => void };
const textOf = (r: ToolResult) => r.content.map((c) => c.text ?? "").join("\n");

const TOOLS: Record<(typeof MCP_TOOLS)[number], ToolCase> = {
  list_documents: { min: "viewer", scoped: false, args: () => ({}) },
  get_document: { min: "viewer", scoped: true, args: (f) => ({ documentId: f.doc }), check: (r) => expect(r.structuredContent).toMatchObject({ status: "ready" }) },
  search_library: { min: "viewer", scoped: false, args: () => ({ query: "quoted" }) },
  ask: {
    min: "viewer",
    scoped: true,
    args: (f) => ({ question: "What did the agency quote?", documentId: f.doc }),
    check: (r, f) => {
      expect(textOf(r)).toMatch(/forty thousand/i);
      expect(r.structuredContent).toMatchObject({ found: true, citations: expect.arrayContaining([expect.objectContaining({ documentId: f.doc, segment: 1 })]) });
    },
  },
  get_minutes: { min: "viewer", scoped: true, args: (f) => ({ documentId: f.doc }), check: (r) => expect(JSON.stringify(r.structuredContent)).toMatch(/search ads/i) },
  list_todos: { min: "viewer", scoped: false, args: () => ({ view: "all" }) },
  list_mentions: {
    min: "viewer",
    scoped: false,
    args: () => ({ limit: 10 }),
    check: (r) => expect(r.structuredContent).toMatchObject({ names: expect.any(Array), mentions: expect.any(Array), nextCursor: null }),
  },
  update_todo: { min: "member", scoped: true, args: (f) => ({ todoId: f.todoId, status: "open" }), check: (r) => expect(r.structuredContent).toMatchObject({ status: "open" }) },
  upload_transcript: {
    min: "member",
    scoped: false,
    args: () => {
      const id = crypto.randomUUID();
      return { fileName: `mcp-${id}.txt`, text: `Ann: note ${id}\nBen: agreed.` };
    },
    check: (r) => expect(r.structuredContent).toMatchObject({ status: "uploaded" }),
  },
};
const LEAK = /agency|forty thousand|budget/i;

let f: Fixtures;
let tokens: Record<TokenPrincipal, string | null>;
let server: Awaited<ReturnType<typeof startApiServer>>;
beforeAll(async () => {
  f = await seedFixtures();
  tokens = await seedTokens(f);
  server = await startApiServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
  await stopBoss();
});

function httpClient(who: TokenPrincipal) {
  const token = tokens[who];
  const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/api/mcp`), { requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} } });
  return { client: new Client({ name: "jiyao-test", version: "1.0.0" }), transport };
}

function stdioClient(who: TokenPrincipal) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), JIYAO_URL: server.url, JIYAO_TOKEN: tokens[who] ?? "" };
  const transport = new StdioClientTransport({ command: "npm", args: ["run", "-s", "mcp"], cwd: process.cwd(), env, stderr: "pipe" });
  return { client: new Client({ name: "jiyao-test", version: "1.0.0" }), transport };
}

/** Every tool for one caller on a connected client, checked against the matrix. */
async function runMatrix(client: Client, who: TokenPrincipal, refused401AsToolError: boolean) {
  for (const [tool, c] of Object.entries(TOOLS)) {
    const r = (await client.callTool({ name: tool, arguments: c.args(f) })) as ToolResult;
    const want = tokenOutcome(c.min, c.scoped, who);
    const text = textOf(r);
    if (want === "allowed") {
      expect(r.isError, `${tool} as ${who}: ${text.slice(0, 200)}`).toBeFalsy();
      if (who !== "outsider") c.check?.(r, f);
      else expect(text).not.toMatch(LEAK);
    } else {
      expect(r.isError, `${tool} as ${who}`).toBe(true);
      const code = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" }[want];
      expect(text, `${tool} as ${who}`).toMatch(new RegExp(`^${code}:`));
      expect(text).not.toMatch(LEAK);
      if (want === 401) expect(refused401AsToolError).toBe(true);
    }
  }
}

describe("MCP over Streamable HTTP (/api/mcp)", () => {
  it("offers exactly the documented tools", async () => {
    const { client, transport } = httpClient("owner");
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...MCP_TOOLS].sort());
    await client.close();
  });

  it.each(TOKEN_PRINCIPALS)("every tool with %s's token", async (who) => {
    await resetApiRateLimits(tokens);
    const { client, transport } = httpClient(who);
    if (tokenOutcome("viewer", false, who) === 401) {
      // No valid token, no session: the connection itself is refused with 401.
      await expect(client.connect(transport)).rejects.toThrow(/401|UNAUTHENTICATED|not valid|Send an API token/);
      return;
    }
    await client.connect(transport);
    await runMatrix(client, who, false);
    await client.close();
  });

  it("documents are resources: listed, and read as the transcript with segment numbers", async () => {
    const { client, transport } = httpClient("viewer");
    await client.connect(transport);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain(`jiyao://documents/${f.doc}`);
    const read = await client.readResource({ uri: `jiyao://documents/${f.doc}` });
    const text = (read.contents[0] as { text: string }).text;
    expect(text).toContain("[#1] Bob: The agency quoted forty thousand dollars for video ads.");
    await client.close();
    const other = httpClient("outsider");
    await other.client.connect(other.transport);
    await expect(other.client.readResource({ uri: `jiyao://documents/${f.doc}` })).rejects.toThrow(/not in this workspace|NOT_FOUND/);
    await other.client.close();
  });
});

describe("MCP over stdio (npm run -s mcp → HTTP API v1)", () => {
  it.each(TOKEN_PRINCIPALS)(
    "every tool with %s's token; stdout carries protocol messages only",
    async (who) => {
      await resetApiRateLimits(tokens);
      const { client, transport } = stdioClient(who);
      const errors: unknown[] = [];
      client.onerror = (e) => errors.push(e);
      if (!tokens[who]) {
        // No token at all: the command refuses to start (exit 2, message on stderr), so there is no server.
        await expect(client.connect(transport)).rejects.toThrow();
        return;
      }
      await client.connect(transport);
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([...MCP_TOOLS].sort());
      await runMatrix(client, who, true);
      if (who === "owner") {
        const read = await client.readResource({ uri: `jiyao://documents/${f.doc}` });
        expect((read.contents[0] as { text: string }).text).toContain("[#3] Carol: I will send the revised budget to finance by Friday.");
      }
      await client.close();
      // A line on stdout that is not a JSON-RPC message would have surfaced here as a parse error.
      expect(errors).toEqual([]);
    },
    60_000,
  );
});
