// The headers every page and API response carries. Pure, so the policy is unit-tested; proxy.ts
// applies it with a fresh nonce per request.
//
// Scripts: only ours ('self') and those carrying this request's nonce; 'strict-dynamic' lets
// them load their own chunks. Next.js finds the nonce in the request's CSP header and puts it on
// its inline and framework scripts. Styles allow 'unsafe-inline' because React renders style
// attributes (tables, charts), which nonces cannot cover; styles cannot run code.
export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for its error overlay; production never does. */
  dev: boolean;
  /** Served over https: ask the browser to upgrade any stray http request. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * `api`: an /api response (JSON about people's data, or auth) — never stored by a browser or a
 * shared cache, whatever a proxy in between would otherwise do.
 */
export function securityHeaders({ https, api = false }: { https: boolean; api?: boolean }): Record<string, string> {
  return {
    ...(api ? { "Cache-Control": "no-store" } : {}),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
