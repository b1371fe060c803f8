// What the target form and the API send to change a target rating.
import { z } from "zod";
import { LIFECYCLES } from "@/lib/domain/kinds";
import { RATINGS } from "@/lib/domain/scoring/score";

export const setTargetSchema = z
  .object({
    lifecycle: z.enum(LIFECYCLES, { message: "Pick a lifecycle." }),
    /** A team's slug for its override; "" or absent = the organisation's target. */
    team: z
      .string()
      .trim()
      .max(80)
      .optional()
      .transform((v) => v || null),
    /** A letter; "none" = no gate; "inherit" (teams only) = drop the override. */
    rating: z.enum([...RATINGS, "none", "inherit"], { message: "Pick a rating, no gate, or (for a team) inherit." }),
    /** The version the form showed (0 = none yet): a change made since is refused, not overwritten. */
    expectedVersion: z.coerce.number().int().min(0),
  })
  .refine((v) => v.rating !== "inherit" || v.team !== null, {
    message: "Only a team's override can inherit: the organisation's target is what it inherits.",
    path: ["rating"],
  });

export type SetTargetInput = z.output<typeof setTargetSchema>;
