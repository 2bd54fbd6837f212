import type { SseEvent } from "@/lib/api/sse-parse";
import type { EndpointName, OutputOf } from "@/lib/api/v1/contract";
import type { ApiDocument } from "@/lib/api/v1/schemas";

/** The endpoints that answer JSON (not a stream or a file), which tools call through `call`. */
export type JsonEndpoint = Exclude<EndpointName, "uploadDocument" | "documentEvents" | "exportDocument" | "exportQuiz" | "ask">;

/**
 * What the MCP tools run on: HTTP API v1's endpoints, either in this process (the Streamable HTTP
 * server under /api/mcp: lib/mcp/in-process.ts) or over HTTP (the stdio server: lib/mcp/http-client.ts).
 * Either way the endpoint's own schemas validate the input and its role rules apply.
 */
export interface JiyaoBackend {
  /** `input`: path parameters, query and body fields in one object, as the endpoint's schemas name them. */
  call<K extends JsonEndpoint>(name: K, input: Record<string, unknown>): Promise<OutputOf<K>>;
  upload(file: { fileName: string; text: string }): Promise<ApiDocument>;
  /** The answer's server-sent events, collected. */
  ask(input: { question: string; documentId?: string }): Promise<SseEvent[]>;
}

/** A refusal from the API (its code and message), shown to the agent as the tool's error. */
export class BackendError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "BackendError";
  }
}
