// The fields every "create a token" form and API body share.
import "server-only";
import { z } from "zod";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { DEFAULT_EXPIRY, EXPIRY_VALUES } from "@/lib/domain/auth/token-policy";

/** A form sends one checkbox value as a string and several as an array. */
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const tokenFields = {
  name: z
    .string()
    .trim()
    .min(1, "Give the token a name, e.g. where it is used.")
    .max(80, "Keep the name under 80 characters."),
  scopes: z.preprocess(
    list,
    z.array(z.enum(PERMISSIONS, { message: "Unknown scope." })).min(1, "Choose at least one scope."),
  ),
  expiresIn: z.enum(EXPIRY_VALUES, { message: "Choose when the token expires." }).default(DEFAULT_EXPIRY),
};

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  /** The token itself: shown once, never stored. */
  secret: string;
  expiresAt: string | null;
}
