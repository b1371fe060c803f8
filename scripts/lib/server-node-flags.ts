// The Node flags the production HTTP server (scripts/serve.ts) runs with, wherever it is started:
// `npm start` (scripts/start.ts), the benchmark and the stress tests (scripts/bench/server.ts).
// node:cluster workers inherit them.
//
// --max-semi-space-size: V8's young generation may grow to 32 MB per semi-space instead of
// 16 MB. A page allocates a few MB of short-lived objects (Prisma rows, React elements, the
// streamed HTML), and several pages render at once, so with the default most of them outlive a
// scavenge and are copied, promoted and later swept. Measured at scale L on 2 cores, one profiled
// process under 20 concurrent readers: garbage collection took 8.3 ms of CPU per request with the
// default and 4.5 ms with 64 MB. Two processes, 20 readers, 30 s each: 21 req/s with 16 MB (the
// default), 27.5 with 32 MB, 24 with 64 MB (runs differ by ~10 %). The cost is up to ~48 MB
// more memory per process.
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32"];
