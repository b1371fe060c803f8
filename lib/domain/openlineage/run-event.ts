// OpenLineage RunEvents (spec 2-0-x, https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent),
// as POST /api/v1/lineage accepts them: our own zod schema of the fields debtboard reads. Facets
// are kept opaque (objects of any shape); unknown top-level fields are allowed, as the spec's
// additionalProperties says. Events dated with no UTC offset are refused: their instant is unknown.
import { z } from "zod";

export const RUN_EVENT_TYPES = ["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"] as const;

const uri = z
  .string()
  .min(1, "must be a URI")
  .max(2000)
  .refine((v) => URL.canParse(v), "must be a URI (e.g. https://github.com/OpenLineage/OpenLineage)");
const facets = z.record(z.string(), z.unknown()).optional();
const text = (what: string) =>
  z
    .string({ error: `${what} is required (a string)` })
    .min(1, `${what} must not be empty`)
    .max(1000, `${what} is longer than 1,000 characters`);

const dataset = z.object({
  namespace: text("namespace"),
  name: text("name"),
  facets,
});

export const runEventSchema = z.object({
  eventType: z.enum(RUN_EVENT_TYPES).optional(),
  eventTime: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with a UTC offset" }),
  producer: uri,
  schemaURL: uri,
  run: z.object({ runId: z.uuid("must be a UUID"), facets }),
  job: z.object({ namespace: text("job namespace"), name: text("job name"), facets }),
  inputs: z
    .array(dataset.extend({ inputFacets: facets }))
    .max(1000)
    .default([]),
  outputs: z
    .array(dataset.extend({ outputFacets: facets }))
    .max(1000)
    .default([]),
});

export type RunEvent = z.output<typeof runEventSchema>;

/** A single event (what the OpenLineage HTTP transport sends) or a batch of up to 500. */
export const lineageInputSchema = z.object({ events: z.array(runEventSchema).min(1).max(500) });
