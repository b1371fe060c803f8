// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // pg and PGlite are Node-only; keep them out of the server bundle.
  // Catalogue YAML uploads (the import page) go through a server action; same cap as the API's 5 MB.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  serverExternalPackages: ["pg", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
