/** One server-sent event as the API writes it: a name and JSON data. No server-only imports: the stdio MCP client parses with it. */
export interface SseEvent {
  event: string;
  data: unknown;
}

/** Parses an SSE body (as sseResponse writes it) into events; for clients and tests. */
export function parseSse(text: string): SseEvent[] {
  const out: SseEvent[] = [];
  for (const block of text.split(/\n\n/)) {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    if (data.length) out.push({ event, data: JSON.parse(data.join("\n")) });
  }
  return out;
}
