// The principal behind the current request: the UI signs in with better-auth sessions (cookie),
// the API with bearer tokens only. Both return null for "nobody", and every mutation then refuses.
import { headers } from "next/headers";
import { cache } from "react";
import { parseBearer } from "@/lib/domain/auth/api-token";
import type { Principal } from "@/lib/domain/auth/permissions";
import { auth } from "./auth";
import { loadPrincipal } from "./load-principal";
import { principalForToken } from "./token-principal";
import { openHandedUser, PROXY_SESSION_HEADER } from "./proxy-session";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  image: string | null;
}

/** The signed-in user from the session cookie, read once per request; null when signed out. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Read the request first: while prerendering, this is where rendering stops (the session
  // belongs to the request), before anything touches the database.
  const requestHeaders = await headers();
  // Checked moments ago by proxy.ts for this very request: not a second time.
  const handed = openHandedUser(requestHeaders.get(PROXY_SESSION_HEADER));
  if (handed) return handed;
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, image } = session.user;
  return { id, name, email, image: image ?? null };
});

/** For server components and server actions: the signed-in user's roles, fresh from the database. */
export const getSessionPrincipal = cache(async (): Promise<Principal | null> => {
  const user = await getSessionUser();
  return user ? loadPrincipal({ userId: user.id }) : null;
});

/** For API route handlers: the bearer token's principal (the API accepts no cookies). */
export async function getRequestPrincipal(request: Request): Promise<Principal | null> {
  const secret = parseBearer(request.headers.get("authorization"));
  return secret ? principalForToken(secret) : null;
}
