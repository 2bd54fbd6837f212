import http from "node:http";
import type { AddressInfo } from "node:net";
import { countTokens } from "@/lib/text/tokens";

/**
 * A fake OpenAI-compatible server on 127.0.0.1 for tests and benches: POST /v1/chat/completions,
 * plain JSON or SSE (stream: true), with a programmable reply per request. Nothing here talks to
 * a real model.
 */

export interface ChatMessage {
  role: string;
  content: string | Array<{ type: string; text?: string }>;
}

export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  response_format?: { type: string };
  [key: string]: unknown;
}

export interface RecordedRequest {
  /** 0-based order of arrival. */
  index: number;
  body: ChatRequestBody;
  headers: http.IncomingHttpHeaders;
  receivedAt: number;
}

export type FakeReply =
  /** A complete answer; streamed token by token when the client asked for stream: true. */
  | { content: string; latencyMs?: number; usage?: { prompt_tokens: number; completion_tokens: number } }
  /** An SSE stream of these pieces (the client must ask for stream: true); `cutAfter` drops the connection after that many pieces. */
  | { stream: string[]; latencyMs?: number; pieceDelayMs?: number; cutAfter?: number }
  /** An HTTP error, e.g. 429 with Retry-After (seconds) or 500. */
  | { status: number; retryAfter?: number; message?: string; latencyMs?: number }
  /** Never answer (the client's timeout must fire). */
  | { hang: true };

export type FakeHandler = (req: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL to use as MODEL_BASE_URL, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  setHandler(handler: FakeHandler): void;
  /** Requests being handled right now, and the most seen at once. */
  inFlight(): number;
  maxInFlight(): number;
  close(): Promise<void>;
}

export function messageText(m: ChatMessage): string {
  return typeof m.content === "string" ? m.content : m.content.map((p) => p.text ?? "").join("");
}

/** Prompt tokens as the app's own estimator counts them, so benches compare like with like. */
export function promptTokensOf(body: ChatRequestBody): number {
  return body.messages.reduce((n, m) => n + countTokens(messageText(m)), 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Splits text into small pieces (words / characters) to stream. */
export function toPieces(text: string): string[] {
  return text.match(/\s*[\p{L}\p{N}]{1,4}|\s*[^\p{L}\p{N}]/gu) ?? [text];
}

function completionJson(body: ChatRequestBody, content: string, usage?: { prompt_tokens: number; completion_tokens: number }) {
  const u = usage ?? { prompt_tokens: promptTokensOf(body), completion_tokens: countTokens(content) };
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
  };
}

async function writeStream(res: http.ServerResponse, body: ChatRequestBody, pieces: string[], pieceDelayMs: number, cutAfter?: number) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  res.write(chunk({ role: "assistant", content: "" }, null));
  for (let i = 0; i < pieces.length; i++) {
    if (cutAfter !== undefined && i >= cutAfter) {
      res.socket?.destroy();
      return;
    }
    res.write(chunk({ content: pieces[i] }, null));
    if (pieceDelayMs) await sleep(pieceDelayMs);
  }
  const completion = countTokens(pieces.join(""));
  const prompt = promptTokensOf(body);
  res.write(chunk({}, "stop", { usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } }));
  res.write("data: [DONE]\n\n");
  res.end();
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (d: Buffer) => parts.push(d));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

const defaultHandler: FakeHandler = () => ({ content: "ok" });

export async function startFakeOpenAI(handler: FakeHandler = defaultHandler): Promise<FakeOpenAI> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = http.createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = () => {
      if (!done) inFlight--;
      done = true;
    };
    res.on("close", finish);
    try {
      const body = JSON.parse(await readBody(req)) as ChatRequestBody;
      const recorded: RecordedRequest = { index: requests.length, body, headers: req.headers, receivedAt: Date.now() };
      requests.push(recorded);
      const reply = await current(recorded);
      if ("hang" in reply) return; // the client gives up; close() tears the socket down
      if (reply.latencyMs) await sleep(reply.latencyMs);
      if (res.destroyed) return;
      if ("status" in reply) {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (reply.retryAfter !== undefined) headers["retry-after"] = String(reply.retryAfter);
        res.writeHead(reply.status, headers).end(JSON.stringify({ error: { message: reply.message ?? `fake error ${reply.status}`, type: "fake" } }));
      } else if ("stream" in reply) {
        await writeStream(res, body, reply.stream, reply.pieceDelayMs ?? 0, reply.cutAfter);
      } else if (body.stream) {
        await writeStream(res, body, toPieces(reply.content), 0);
      } else {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completionJson(body, reply.content, reply.usage)));
      }
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `fake server failure: ${(e as Error).message}` } }));
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setHandler(h) {
      current = h;
    },
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
