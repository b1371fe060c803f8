// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Cache Components off (and with it Partial Prefetching and Cached Navigations, which need it).
  // Every page here is per request behind sign-in (app/layout.tsx awaits connection()) and caches
  // no component, and with it on each request was rendered with its machinery (cache signals,
  // staged rendering) all the same. Interleaved A/B at scale L, 2 processes, 20 readers, three
  // pairs (issue 17): 18.4 → 21.2, 21.3 → 22.9, 19.5 → 23.8 requests/s, p95 1.80 → 1.45,
  // 1.44 → 1.33, 1.61 → 1.37 s.
  cacheComponents: false,
  // No "X-Powered-By: Next.js": it tells a prober which exploits to try and tells users nothing.
  poweredByHeader: false,
  // The proxy (proxy.ts) sees the request's URL as Next received it. Normalised, its origin was
  // http://localhost:<port> while Next's own was the configured HOST, so the proxy's rewrite of
  // a missing team or entity to the not-found page counted as external and Next served it by an
  // HTTP request to itself (two request log lines, the proxy run twice).
  skipProxyUrlNormalize: true,
  // Catalogue YAML uploads (the import page) go through a server action, capped at the API's 5 MB
  // of files by the form and the action (lib/domain/http/limits.ts); Next's own cap sits above that
  // so the multipart framing of a 5 MB upload still reaches the action and its clear message.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // pg and PGlite are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
