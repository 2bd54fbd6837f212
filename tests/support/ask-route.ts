/** Asking through the web app's ask route (app/api/w/[workspaceId]/ask) in integration tests, as the signed-in user. */

/** One NDJSON line of the answer stream: text, citations (with the library's sources), done or error. */
export type AskPart = { type: string; text?: string; error?: string; citations?: number[]; sources?: { documentId: string; segment: number }[] };
type AskRoute = (req: Request, ctx: { params: Promise<{ workspaceId: string }> }) => Promise<Response>;

export interface AskResult {
  status: number;
  /** Every line of the stream; none when the route refused the question. */
  lines: AskPart[];
  /** The answer's text parts joined. */
  text: string;
  citations: number[];
  sources: { documentId: string; segment: number }[];
}

/** An `ask(workspaceId, body)` over the route module's POST (imported by the test file after its mocks). */
export function askThrough(POST: AskRoute): (workspaceId: string, body: unknown) => Promise<AskResult> {
  return async (workspaceId, body) => {
    const req = new Request(`http://test/api/w/${workspaceId}/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const res = await POST(req, { params: Promise.resolve({ workspaceId }) });
    const lines: AskPart[] = res.ok
      ? (await res.text())
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];
    const cited = lines.find((l) => l.type === "citations");
    return {
      status: res.status,
      lines,
      text: lines
        .filter((l) => l.type === "text")
        .map((l) => l.text)
        .join(""),
      citations: cited?.citations ?? [],
      sources: cited?.sources ?? [],
    };
  };
}
