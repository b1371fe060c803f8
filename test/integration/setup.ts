// Runs before every integration test file: points the app's db() at this run's own database
// (scripts/test.ts creates and migrates it and passes TEST_DATABASE_URL).
const url = process.env.TEST_DATABASE_URL;
if (!url) {
  throw new Error(
    "TEST_DATABASE_URL is not set: run integration tests through `npm test` (scripts/test.ts), which creates a database for the run.",
  );
}
process.env.DATABASE_URL = url;
// The embedded fallback is one session; a real server takes a small pool per test file.
process.env.DATABASE_POOL_MAX = process.env.TEST_DB_KIND === "embedded" ? "1" : "4";
// Sessions need a secret; each run gets a throwaway one. The address is the one tests send as Origin.
process.env.BETTER_AUTH_SECRET ??= `test-${crypto.randomUUID()}-${crypto.randomUUID()}`;
process.env.BETTER_AUTH_URL ??= "http://localhost:3000";
