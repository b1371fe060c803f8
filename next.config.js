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
  // pg and PGlite are Node-only; keep them out of the server bundle.
  // Catalogue YAML uploads (the import page) go through a server action, capped at the API's 5 MB
  // of files by the form and the action (lib/domain/http/limits.ts); Next's own cap sits above that
  // so the multipart framing of a 5 MB upload still reaches the action and its clear message.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["pg", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
