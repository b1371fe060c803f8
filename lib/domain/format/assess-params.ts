// URL state of the checklist and entity pages: ?draft=<id> opens a member's draft that is ready
// for review (for a maintainer), ?submitted=<seq> shows what that submission changed,
// ?history=all lists an entity's whole assessment history instead of its latest few. Forgiving,
// like the other page parameters: a value that does not fit is ignored.
import { z } from "zod";

type RawParams = Record<string, string | string[] | undefined>;

export interface AssessParams {
  draft: string | null;
  submitted: number | null;
  /** The entity page lists every assessment, not just the latest. */
  history: boolean;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  draft: z.preprocess(
    first,
    z
      .string()
      .regex(/^[a-z0-9]{1,64}$/i)
      .nullable()
      .catch(null),
  ),
  submitted: z.preprocess(first, z.coerce.number().int().positive().max(1_000_000).nullable().catch(null)),
  history: z.preprocess(first, z.literal("all").nullable().catch(null)),
});

export function parseAssessParams(raw: RawParams): AssessParams {
  const parsed = schema.parse({
    draft: raw.draft ?? null,
    submitted: raw.submitted ?? null,
    history: raw.history ?? null,
  });
  return { ...parsed, history: parsed.history === "all" };
}
