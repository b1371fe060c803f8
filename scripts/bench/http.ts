// HTTP on loopback for the benchmark: sign in as a person (better-auth's email/password
// endpoint, the session cookie kept), and timed requests that count until the whole response
// body has arrived — pages stream their Suspense cards, so the first byte says little.

export interface Session {
  baseUrl: string;
  cookie: string;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`Sign-in as ${email} failed: ${res.status} ${body.slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("Sign-in answered without a session cookie.");
  return { baseUrl, cookie };
}

export interface Timed {
  ms: number;
  status: number;
  bytes: number;
  body: string;
}

export interface RequestSpec {
  path: string;
  method?: "GET" | "POST";
  /** Cookie session (pages) or bearer token (API). */
  auth: { cookie: string } | { bearer: string };
  json?: unknown;
}

export async function timedRequest(baseUrl: string, spec: RequestSpec): Promise<Timed> {
  const headers: Record<string, string> =
    "cookie" in spec.auth ? { cookie: spec.auth.cookie } : { authorization: `Bearer ${spec.auth.bearer}` };
  if (spec.json !== undefined) headers["content-type"] = "application/json";
  const body = spec.json === undefined ? undefined : JSON.stringify(spec.json);
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}${spec.path}`, {
    method: spec.method ?? "GET",
    headers,
    body,
    redirect: "manual",
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  return { ms, status: res.status, bytes: Buffer.byteLength(text), body: text };
}

/** A page or API answer that is not what a person would get: wrong status, a redirect to sign-in, an error boundary. */
export function problemWith(res: Timed, expectStatus: number): string | null {
  if (res.status !== expectStatus) return `status ${res.status} (expected ${expectStatus}): ${res.body.slice(0, 200)}`;
  // Next marks a server error caught by an error boundary inside a streamed page with a digest:
  // in the markup (data-dgst) or only in the inlined RSC payload, where its quotes are escaped
  // (`24:E{\"digest\":\"2112073250\"}`: the card fails once the browser renders the payload).
  if (/data-dgst=|\\?"digest\\?":\\?"/.test(res.body))
    return "the page streamed an error boundary (a server error inside a card)";
  return null;
}
