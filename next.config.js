// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // No "X-Powered-By: Next.js": it tells a prober which exploits to try and tells users nothing.
  poweredByHeader: false,
  partialPrefetching: true,
  // pg and PGlite are Node-only; keep them out of the server bundle.
  // Catalogue YAML uploads (the import page) go through a server action; same cap as the API's 5 MB.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
