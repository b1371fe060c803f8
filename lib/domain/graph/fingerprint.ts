// Fingerprints identify a finding's shape across recomputes (Signal.fingerprint is unique). A
// large component would make a readable key longer than a btree index row allows, so the key is
// hashed: two independent 53-bit cyrb53 hashes, ~106 bits, keep collisions out of reach.
import type { SignalKind } from "./types";

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short, stable hex digest of a string (not cryptographic). */
export function digest(text: string): string {
  return cyrb53(text, 0).toString(16).padStart(14, "0") + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, "0");
}

/**
 * `parts` must already be canonical: sorted for a set, in path order (from a canonical start)
 * for a path. The unit separator cannot occur in a cuid, so distinct part lists never collide
 * before hashing.
 */
export function fingerprint(kind: SignalKind, parts: readonly string[]): string {
  return `${kind}:${digest(parts.join("\u001f"))}`;
}

/** Sorted copy, by code unit, so the order never depends on locale. */
export function canonicalSet(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
