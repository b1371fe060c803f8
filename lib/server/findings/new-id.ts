// cuid-shaped ids ("c" + 24 base-36 characters) made before insert, so a finding's members can
// be written in the same batch as the finding itself.
import { randomBytes } from "node:crypto";

export function newId(): string {
  const bytes = randomBytes(24);
  let out = "c";
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}
