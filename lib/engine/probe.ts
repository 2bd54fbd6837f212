/**
 * "Test connection" for an OpenAI-compatible endpoint: GET {base}/models (cheap, no tokens), and for a
 * chat endpoint that does not list models, a one-token completion. Only the outcome is reported —
 * status code, whether the model is listed, time taken — never the response body, which could carry
 * another service's data when the URL points at one.
 */
export type ProbeOutcome =
  | { ok: true; via: "models"; modelListed: boolean | null; ms: number }
  | { ok: true; via: "completion"; ms: number }
  | { ok: false; reason: "http"; status: number; ms: number }
  | { ok: false; reason: "timeout" | "network"; ms: number };

export interface ProbeInput {
  baseUrl: string;
  apiKey?: string;
  model?: string | null;
  kind: "chat" | "speech";
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function probeEndpoint({ baseUrl, apiKey, model, kind, timeoutMs = 10_000, fetchImpl = fetch }: ProbeInput): Promise<ProbeOutcome> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  const headers: Record<string, string> = { accept: "application/json", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
  const signal = AbortSignal.timeout(timeoutMs);
  const base = baseUrl.replace(/\/+$/, ""); // redos-safe: an admin-entered URL, length-capped by its schema
  try {
    const res = await fetchImpl(`${base}/models`, { headers, signal, redirect: "manual" });
    if (res.ok) {
      const body = (await res.json().catch(() => null)) as { data?: { id?: unknown }[] } | null;
      const ids = Array.isArray(body?.data) ? body.data.map((d) => d?.id).filter((id): id is string => typeof id === "string") : null;
      return { ok: true, via: "models", modelListed: ids && model ? ids.includes(model) : null, ms: ms() };
    }
    await res.body?.cancel().catch(() => {});
    // Some servers (and our test fake) have no model list: try the smallest real request instead.
    if (kind === "chat" && (res.status === 404 || res.status === 405) && model) {
      const chat = await fetchImpl(`${base}/chat/completions`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ model, max_tokens: 1, messages: [{ role: "user", content: "ping" }] }),
        signal,
        redirect: "manual",
      });
      await chat.body?.cancel().catch(() => {});
      return chat.ok ? { ok: true, via: "completion", ms: ms() } : { ok: false, reason: "http", status: chat.status, ms: ms() };
    }
    return { ok: false, reason: "http", status: res.status, ms: ms() };
  } catch (e) {
    const name = (e as Error)?.name;
    return { ok: false, reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network", ms: ms() };
  }
}
