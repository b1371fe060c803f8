// Minting and hashing API tokens. The secret is 32 random bytes; the database keeps only its
// sha256 (a fast hash is right here: the secret has 256 bits of entropy, nothing to guess) and
// the first characters, so a leaked database holds no usable token.
import { createHash, randomBytes } from "node:crypto";
import { displayPrefix, TOKEN_PREFIX } from "@/lib/domain/auth/api-token";

export interface MintedToken {
  /** Shown once to the person who created it, never stored or logged. */
  secret: string;
  hash: string;
  prefix: string;
}

export function mintApiToken(): MintedToken {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashApiToken(secret), prefix: displayPrefix(secret) };
}

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
