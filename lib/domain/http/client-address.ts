// Who is on the other end of a request. The connection's own address, unless that address is a
// configured reverse proxy (TRUSTED_PROXIES): then X-Forwarded-For is read from the right, each
// hop a trusted proxy appended, to the first address that is not a trusted proxy. Whatever a
// client writes into X-Forwarded-For itself is never believed, so a spoofed header neither
// escapes the sign-in rate limit nor locks someone else's address out.
import { BlockList, isIP } from "node:net";

export type ProxyList = BlockList;

/** "10.0.0.0/8", "192.168.1.5", "::1", "fd00::/8" (validated by lib/config/env.ts) → a matcher. */
export function proxyList(entries: readonly string[]): ProxyList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** "::ffff:10.1.2.3" (an IPv4 client on a dual-stack socket) → "10.1.2.3". */
function plain(address: string): string {
  const v4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : null;
  return v4 && isIP(v4) === 4 ? v4 : address;
}

/** Whether this address (the connection's, say) is one of the configured proxies. */
export function trusted(list: ProxyList, address: string): boolean {
  address = plain(address);
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | readonly string[] | null | undefined,
  proxies: ProxyList | null,
): string | null {
  if (!peer) return null;
  let client = plain(peer);
  if (!proxies || !trusted(proxies, client)) return client;
  const hops = (typeof forwardedFor === "string" ? forwardedFor : (forwardedFor ?? []).join(","))
    .split(",")
    .map((h) => plain(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client; // not an address: stop at the last hop we could vouch for
    client = hop;
    if (!trusted(proxies, hop)) return hop;
  }
  return client;
}
