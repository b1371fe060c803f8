// The two calls the sign-in page makes to better-auth's HTTP endpoints (/api/auth). They go
// through better-auth's handler, not a server action, so its rate limiter and origin check see
// every attempt. Messages are deliberately generic: they never say whether the email exists.
export type SignInResult = { ok: true } | { ok: false; message: string };

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
}

export function failureMessage(status: number): string {
  if (status === 429) return "Too many sign-in attempts. Wait a minute, then try again.";
  if (status === 401 || status === 400 || status === 403)
    return "That email and password don't match an account that can sign in.";
  return "Signing in failed on our side. Try again in a moment.";
}

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const response = await post("/sign-in/email", { email, password, rememberMe: true });
    return response.ok ? { ok: true } : { ok: false, message: failureMessage(response.status) };
  } catch {
    return { ok: false, message: "Could not reach debtboard. Check your connection and try again." };
  }
}

/** Starts single sign-on: better-auth answers with the provider's authorization URL. */
export async function startSingleSignOn(providerId: string, next: string): Promise<SignInResult & { url?: string }> {
  try {
    const response = await post("/sign-in/social", {
      provider: providerId,
      callbackURL: next,
      errorCallbackURL: "/sign-in?error=sso",
      disableRedirect: true,
    });
    if (!response.ok)
      return {
        ok: false,
        message: response.status === 429 ? failureMessage(429) : "Single sign-on is not available right now.",
      };
    const data = (await response.json()) as { url?: string };
    return data.url
      ? { ok: true, url: data.url }
      : { ok: false, message: "Single sign-on is not available right now." };
  } catch {
    return { ok: false, message: "Could not reach debtboard. Check your connection and try again." };
  }
}
