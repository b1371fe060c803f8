import { describe, expect, it } from "vitest";
import { clientAddress, proxyList } from "./client-address";

const proxies = proxyList(["10.0.0.0/8", "192.168.1.5", "fd00::/8"]);

describe("clientAddress", () => {
  it.each([
    ["no proxies: the socket, whatever the header says", "203.0.113.9", "1.2.3.4", null, "203.0.113.9"],
    ["no proxies, no header", "203.0.113.9", undefined, null, "203.0.113.9"],
    ["an untrusted peer's header is ignored", "203.0.113.9", "1.2.3.4", proxies, "203.0.113.9"],
    ["a trusted proxy's header names the client", "10.1.2.3", "198.51.100.7", proxies, "198.51.100.7"],
    [
      "a spoofed left part before the proxy's hop is ignored",
      "10.1.2.3",
      "6.6.6.6, 198.51.100.7",
      proxies,
      "198.51.100.7",
    ],
    [
      "a chain of trusted proxies is walked",
      "10.1.2.3",
      "198.51.100.7, 192.168.1.5, 10.9.9.9",
      proxies,
      "198.51.100.7",
    ],
    ["all hops trusted: the leftmost", "10.1.2.3", "10.2.2.2, 10.3.3.3", proxies, "10.2.2.2"],
    ["a trusted proxy without the header: the proxy", "10.1.2.3", undefined, proxies, "10.1.2.3"],
    ["garbage in the header stops the walk", "10.1.2.3", "not-an-ip", proxies, "10.1.2.3"],
    ["garbage further left is never reached", "10.1.2.3", "junk, 198.51.100.7", proxies, "198.51.100.7"],
    ["an IPv4-mapped IPv6 peer", "::ffff:203.0.113.9", "1.2.3.4", proxies, "203.0.113.9"],
    ["an IPv4-mapped trusted proxy", "::ffff:10.1.2.3", "198.51.100.7", proxies, "198.51.100.7"],
    ["an IPv6 trusted proxy", "fd00::1", "2001:db8::5", proxies, "2001:db8::5"],
    ["repeated headers are one list", "10.1.2.3", ["6.6.6.6", "198.51.100.7"], proxies, "198.51.100.7"],
    ["no peer", undefined, "1.2.3.4", proxies, null],
  ] as const)("%s", (_label, peer, header, list, expected) => {
    expect(clientAddress(peer, header, list)).toBe(expected);
  });
});
