// The request shapes for creating and editing an entity: one zod schema per operation, used by
// the forms, the REST API and the OpenAPI document alike.
import "server-only";
import { z } from "zod";
import {
  commonFields,
  consumerFields,
  dataSourceFields,
  entityName,
  featureFields,
  modelFields,
} from "@/lib/domain/catalog-yaml/fields";

const named = { name: entityName, ...commonFields.shape };

export const entityDraftSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("MODEL"), ...named, model: modelFields.default(modelFields.parse({})) }),
  z.object({ kind: z.literal("FEATURE"), ...named, feature: featureFields.default(featureFields.parse({})) }),
  z.object({
    kind: z.literal("DATA_SOURCE"),
    ...named,
    dataSource: dataSourceFields.default(dataSourceFields.parse({})),
  }),
  z.object({ kind: z.literal("CONSUMER"), ...named, consumer: consumerFields.default(consumerFields.parse({})) }),
]);

/** An edit names the version it started from; a stale version is a conflict. Names never change (they are references). */
export const entityUpdateSchema = z.intersection(
  entityDraftSchema,
  z.object({ version: z.coerce.number().int().min(1) }),
);

export const entityKeySchema = z.object({
  kind: z.enum(["MODEL", "FEATURE", "DATA_SOURCE", "CONSUMER"]),
  name: entityName,
});

export const entityArchiveSchema = entityKeySchema.extend({ version: z.coerce.number().int().min(1) });
