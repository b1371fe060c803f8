// Query parameters the API's lists share: page (1-based) and limit (a page size up to a maximum),
// as strings a zod object reads from the URL, each refusing a bad value with a message naming it.
import "server-only";
import { z } from "zod";

export const pageQuery = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, "must be a whole number from 1")
  .optional();

export const limitQuery = (max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,4}$/, `must be a whole number from 1 to ${max}`)
    .refine((v) => Number(v) >= 1 && Number(v) <= max, `must be from 1 to ${max}`)
    .optional();

/** The page and page size a list asked for, with the default size when it named none. */
export const pageOf = (q: { page?: string; limit?: string }, defaultLimit = 50) => ({
  page: q.page ? Number(q.page) : 1,
  limit: q.limit ? Number(q.limit) : defaultLimit,
});
