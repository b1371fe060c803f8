// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // No "X-Powered-By: Next.js": it tells a prober which exploits to try and tells users nothing.
  poweredByHeader: false,
  // Off: with Partial Prefetching on, every page render also renders the route's prefetchable
  // part a second time and inlines it into the HTML for the client router (the page header and
  // every Suspense fallback twice: 7–14 kB a dashboard, issue 17), while every page here is
  // per-request behind sign-in (app/layout.tsx) and has nothing to prefetch but that shell.
  partialPrefetching: false,
  // The proxy (proxy.ts) sees the request's URL as Next received it. Normalised, its origin was
  // http://localhost:<port> while Next's own was the configured HOST, so the proxy's rewrite of
  // a missing team or entity to the not-found page counted as external and Next served it by an
  // HTTP request to itself (two request log lines, the proxy run twice).
  skipProxyUrlNormalize: true,
  // pg and PGlite are Node-only; keep them out of the server bundle.
  // Catalogue YAML uploads (the import page) go through a server action, capped at the API's 5 MB
  // of files by the form and the action (lib/domain/http/limits.ts); Next's own cap sits above that
  // so the multipart framing of a 5 MB upload still reaches the action and its clear message.
  //
  // cachedNavigations off: on by default with cacheComponents, it renders every request in timed
  // stages (static, then runtime, then dynamic) and replays the RSC stream to measure the static
  // part, so the client could cache it for later navigations. Every page here reads the session
  // in its root layout and has no static part to cache. Interleaved A/B at scale L (issue 17),
  // entity page: p95 83 vs 93, 83 vs 95 ms; overview p95 92 vs 99 ms; medians within 3 %.
  experimental: { serverActions: { bodySizeLimit: "6mb" }, cachedNavigations: false },
  serverExternalPackages: ["pg", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
