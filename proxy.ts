// Runs before every request (Next 16's "proxy", formerly middleware; Node.js runtime):
//   1. Everything but /sign-in, invitation links (/invite/…) and the API needs a signed-in person. The session is checked for
//      real (signed cookie + database row), not just for a cookie's presence, because this is the
//      one gate in front of every page, prefetch and cached shell. Server actions re-check it.
//   2. An unknown team or entity page answers 404 (pageSubjectExists), before anything streams.
//   3. A path or query string with a NUL character or invalid UTF-8 is a 400 before anything reads it.
//   4. Security headers on every response, and a Content-Security-Policy with a fresh nonce that
//      Next.js puts on its own scripts (read node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
// The API (/api/v1) authenticates bearer tokens itself and never reads cookies; /api/auth is
// better-auth's (sign-in, callback), public by nature and rate-limited there.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { safeNextPath } from "@/lib/domain/auth/next-path";
import { contentSecurityPolicy, securityHeaders } from "@/lib/domain/http/security-headers";
import { urlProblem } from "@/lib/domain/http/storable";
import { getSessionCookie } from "better-auth/cookies";
import { AUTH_COOKIE_PREFIX, auth } from "@/lib/server/auth/auth";
import { pageSubjectExists } from "@/lib/server/http/page-subject-exists";
import { PROXY_SESSION_HEADER, sealHandedUser } from "@/lib/server/auth/proxy-session";

const SIGN_IN = "/sign-in";
/** Invitation links (app/invite/[token]) are opened by people who have no account yet. */
const INVITE = "/invite/";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:" || (env().BETTER_AUTH_URL?.startsWith("https://") ?? false);
  const api = pathname.startsWith("/api/");
  const headers = securityHeaders({ https, api });

  // A NUL character or invalid UTF-8 in the path or query would reach a query and fail there (500).
  const problem = urlProblem(request.url);
  if (problem) {
    const refused = api
      ? NextResponse.json({ error: { code: "invalid", message: problem } }, { status: 400 })
      : new NextResponse(`Bad request: ${problem}`, {
          status: 400,
          headers: { "content-type": "text/plain; charset=utf-8" },
        });
    return withHeaders(refused, headers);
  }

  if (api) return withHeaders(NextResponse.next(), headers);

  // Whether the page's team or entity exists is asked alongside the session check rather than
  // after it (one round trip less before the page starts), and only of a request that carries a
  // session cookie: one without it is not signed in and never reaches the answer.
  const subjectExists = getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX })
    ? pageSubjectExists(pathname)
    : null;
  subjectExists?.catch(() => {}); // awaited below when used; never an unhandled rejection
  const { response: session, headers: authHeaders } = await auth().api.getSession({
    headers: request.headers,
    returnHeaders: true,
  });
  const signedIn = !!session && !session.user.deactivatedAt;

  let response: NextResponse;
  if (!signedIn && pathname !== SIGN_IN && !pathname.startsWith(INVITE)) {
    const target = new URL(SIGN_IN, request.url);
    if (pathname !== "/") target.searchParams.set("next", safeNextPath(`${pathname}${search}`));
    response = NextResponse.redirect(target);
  } else if (signedIn && pathname === SIGN_IN) {
    response = NextResponse.redirect(new URL(safeNextPath(request.nextUrl.searchParams.get("next")), request.url));
  } else {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    // The session just checked, for the page (lib/server/auth/proxy-session.ts); never a client's copy.
    if (session && signedIn) requestHeaders.set(PROXY_SESSION_HEADER, sealHandedUser(session.user));
    else requestHeaders.delete(PROXY_SESSION_HEADER);
    requestHeaders.set("Content-Security-Policy", csp);
    // A team or entity that does not exist answers 404: rewritten to a path no route matches,
    // so Next renders app/not-found.tsx with that status (a page's own notFound() comes after
    // the root layout has streamed, too late to change the status).
    response = (await (subjectExists ?? pageSubjectExists(pathname)))
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(new URL("/_debtboard/not-found", request.url), { request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", csp);
  }
  // A session refreshed while checking it (better-auth extends it once a day) sends its new cookie.
  for (const cookie of authHeaders?.getSetCookie() ?? []) response.headers.append("Set-Cookie", cookie);
  return withHeaders(response, headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for build output and public files: they are the same for everyone and hold no data.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|svg|webp|ico|txt)$).*)"],
};
