// The principal behind the current request. Owned by the auth issue (better-auth sessions for
// the UI, bearer tokens for the API). Until it lands, nobody is signed in, so every mutation
// is refused: the safe default.
import type { Principal } from "@/lib/domain/auth/permissions";

/** For server components and server actions: the signed-in user, from the session cookie. */
export async function getSessionPrincipal(): Promise<Principal | null> {
  return null;
}

/** For API route handlers: the bearer token's principal (the API accepts no cookies). */
export async function getRequestPrincipal(_request: Request): Promise<Principal | null> {
  return null;
}
