// Marks a catalogue mutation as one that can change the graph's shape: after it succeeds, the
// findings are recomputed (after the response, coalesced; see schedule.ts).
import type { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { scheduleFindingsRecompute } from "./schedule";

export function recomputesFindings<S extends z.ZodType, R>(def: ActionDefinition<S, R>): ActionDefinition<S, R> {
  return {
    ...def,
    run: async (input, context) => {
      const result = await def.run(input, context);
      scheduleFindingsRecompute();
      return result;
    },
  };
}
