// Names unique across parallel test files sharing one database.
import { randomBytes } from "node:crypto";

let counter = 0;

export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${randomBytes(3).toString("hex")}`;
}
