import { describe, expect, it } from "vitest";
import { BackendError } from "@/lib/mcp/backend";
import { httpBackend } from "@/lib/mcp/http-client";
import { parseSse } from "@/lib/api/sse-parse";

/** Records what the stdio server's client would send, and answers with `reply`. */
function recorder(reply: (url: string) => Response) {
  const sent: { url: string; method: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? "GET", headers: init.headers as Record<string, string>, body: init.body });
    return reply(url);
  }) as unknown as typeof fetch;
  return { sent, fetchImpl };
}

describe("the stdio MCP server's HTTP client", () => {
  it("puts each field where the endpoint's contract says: path, query or JSON body", async () => {
    const { sent, fetchImpl } = recorder(() => Response.json({ id: "t" }));
    const api = httpBackend("http://jiyao.test/", "jy_abc", fetchImpl);
    await api.call("updateTodo", { todoId: "1f0c2f36-0000-4000-8000-000000000001", status: "done", due: null, ignored: 1 });
    await api.call("getMinutes", { documentId: "d/1", version: 3 });
    await api.call("listTodos", { view: "open", owner: undefined });
    expect(sent[0]).toMatchObject({
      url: "http://jiyao.test/api/v1/todos/1f0c2f36-0000-4000-8000-000000000001",
      method: "PATCH",
      headers: { authorization: "Bearer jy_abc", "content-type": "application/json" },
    });
    expect(JSON.parse(String(sent[0].body))).toEqual({ status: "done", due: null });
    expect(sent[1]).toMatchObject({ url: "http://jiyao.test/api/v1/documents/d%2F1/minutes?version=3", method: "GET", body: undefined });
    expect(sent[2].url).toBe("http://jiyao.test/api/v1/todos?view=open");
  });

  it("turns an API refusal into a BackendError with its code and message", async () => {
    const { fetchImpl } = recorder(() => Response.json({ error: { code: "FORBIDDEN", message: "This token is read-only." } }, { status: 403 }));
    const api = httpBackend("http://jiyao.test", "jy_abc", fetchImpl);
    const err = await api.call("getMe", {}).catch((e) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect(err).toMatchObject({ code: "FORBIDDEN", message: "This token is read-only." });
    const proxy = httpBackend("http://jiyao.test", "jy_abc", recorder(() => new Response("Bad gateway", { status: 502 })).fetchImpl);
    expect(await proxy.call("getMe", {}).catch((e) => e)).toMatchObject({ code: "HTTP_502", message: "Bad gateway" });
  });

  it("reads an answer's server-sent events", async () => {
    const body =
      'event: text\ndata: {"text":"Forty"}\n\n: keep-alive\n\nevent: citations\ndata: {"citations":[{"documentId":"d","segment":1}]}\n\nevent: done\ndata: {"found":true}\n\n';
    const api = httpBackend("http://jiyao.test", "jy_abc", recorder(() => new Response(body, { headers: { "content-type": "text/event-stream" } })).fetchImpl);
    expect(await api.ask({ question: "q" })).toEqual(parseSse(body));
    expect(parseSse(body).map((e) => e.event)).toEqual(["text", "citations", "done"]);
  });
});
