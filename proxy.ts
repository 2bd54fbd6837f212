import { NextResponse, type NextRequest } from "next/server";

/**
 * A fresh nonce per page request and a Content-Security-Policy that only runs scripts carrying it
 * ('strict-dynamic' lets those load Next's chunks). Next reads the nonce from the request's CSP
 * header while rendering and puts it on its own scripts; every page is dynamically rendered (the
 * root layout reads the locale cookie), so no cached HTML carries a stale nonce.
 */
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // React's dev overlay and refresh evaluate code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // style attributes (React's style={...}) cannot carry a nonce; scripts are the injection risk.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// API routes answer JSON/NDJSON and static files are immutable: neither renders HTML. Prefetches
// are not skipped: a prefetched page (or its RSC payload) may be shown as is, and must carry the CSP.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
