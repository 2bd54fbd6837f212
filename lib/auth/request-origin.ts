/**
 * The origin a request was addressed to (what the browser's address bar shows), for same-origin
 * checks and for links when APP_URL is unset. Host and X-Forwarded-* are set by the client's browser
 * or by the reverse proxy; X-Forwarded-* count only with TRUST_PROXY=on.
 */
interface HeaderSource {
  get(name: string): string | null;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const first = (v: string | null) => v?.split(",")[0]?.trim() || null;

/** The host (name[:port]) the request was sent to, or null when no valid one is present. */
export function requestHost(headers: HeaderSource, trustProxy: boolean): string | null {
  const host = (trustProxy ? first(headers.get("x-forwarded-host")) : null) ?? headers.get("host")?.trim() ?? null;
  return host && HOST.test(host) ? host.toLowerCase() : null;
}

export function requestOrigin(headers: HeaderSource, trustProxy: boolean): string | null {
  const host = requestHost(headers, trustProxy);
  if (!host) return null;
  const proto = trustProxy ? first(headers.get("x-forwarded-proto")) : null;
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** APP_URL when it is set; otherwise the origin of the request, so links work under any name the app is opened by. */
export function publicOrigin(headers: HeaderSource, opts: { appUrl?: string; trustProxy: boolean; port: number }): string {
  if (opts.appUrl) return opts.appUrl.replace(/\/+$/, "");
  return requestOrigin(headers, opts.trustProxy) ?? `http://localhost:${opts.port}`;
}
