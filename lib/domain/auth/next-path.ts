// Where to go after signing in. Only a path on this site is accepted, so a crafted link such
// as /sign-in?next=https://evil.example cannot bounce someone off-site (an open redirect).
export function safeNextPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://debtboard.invalid");
    if (url.origin !== "http://debtboard.invalid") return fallback;
    // Dot segments and backslashes are resolved only now: "/.//evil.example", "/..//x", "/%2e//x"
    // and "/.\\/x" all normalise to a path starting "//", which a browser reads as another host.
    if (url.pathname.startsWith("//")) return fallback;
    // Never send someone back to the sign-in page or into the auth API after signing in.
    if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
