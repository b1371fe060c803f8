// Where a webhook may point: https anywhere, http only to this machine (localhost, 127.0.0.1,
// ::1) so a local receiver works in development and tests. No credentials in the address (they
// would be shown on the settings page and sent in the clear by some receivers' logs).
export const MAX_WEBHOOK_URL_LENGTH = 2000;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkWebhookUrl(text: string): UrlCheck {
  const value = text.trim();
  if (value === "") return { ok: false, message: "Enter the address to send events to." };
  if (value.length > MAX_WEBHOOK_URL_LENGTH)
    return { ok: false, message: `The address is longer than ${MAX_WEBHOOK_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: "This is not a web address (expected https://…)." };
  }
  if (url.protocol === "http:") {
    if (!LOOPBACK.has(url.hostname))
      return {
        ok: false,
        message: "Use https: plain http is allowed only to localhost or 127.0.0.1 (for local testing).",
      };
  } else if (url.protocol !== "https:") {
    return { ok: false, message: `Webhooks are sent over https, not ${url.protocol.replace(/:$/, "")}.` };
  }
  if (url.username || url.password)
    return { ok: false, message: "Leave user names and passwords out of the address; the signature authenticates." };
  return { ok: true, url: url.toString() };
}
