// The parts of MLflow's REST API 2.0 the connector reads (registered-models/search,
// model-versions/search, runs/get), as zod schemas: a tracking server that answers something
// else is named as such instead of being half-read. Protobuf JSON leaves out empty lists and
// unset fields, so every list defaults to [] and every optional scalar may be missing.
import { z } from "zod";

const tag = z.object({ key: z.string(), value: z.string().default("") });
const tags = z.array(tag).default([]);

export const modelVersionSchema = z.object({
  name: z.string(),
  /** A decimal string ("3"). */
  version: z.string().regex(/^\d+$/),
  creation_timestamp: z.coerce.number().optional(),
  last_updated_timestamp: z.coerce.number().optional(),
  current_stage: z.string().default("None"),
  description: z.string().default(""),
  source: z.string().default(""),
  run_id: z.string().default(""),
  status: z.string().default("READY"),
  tags,
  aliases: z.array(z.string()).default([]),
});

export const registeredModelSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  creation_timestamp: z.coerce.number().optional(),
  last_updated_timestamp: z.coerce.number().optional(),
  tags,
  aliases: z.array(z.object({ alias: z.string(), version: z.string() })).default([]),
});

export const searchRegisteredModelsSchema = z.object({
  registered_models: z.array(registeredModelSchema).default([]),
  next_page_token: z.string().optional(),
});

export const searchModelVersionsSchema = z.object({
  model_versions: z.array(modelVersionSchema).default([]),
  next_page_token: z.string().optional(),
});

const datasetSchema = z.object({
  name: z.string().default(""),
  digest: z.string().default(""),
  source_type: z.string().default(""),
  source: z.string().default(""),
});

export const runSchema = z.object({
  run: z.object({
    info: z.object({
      run_id: z.string(),
      experiment_id: z.string(),
      run_name: z.string().default(""),
      status: z.string().default(""),
      lifecycle_stage: z.string().default("active"),
    }),
    data: z.object({ params: tags, tags }).default({ params: [], tags: [] }),
    inputs: z
      .object({ dataset_inputs: z.array(z.object({ tags, dataset: datasetSchema })).default([]) })
      .default({ dataset_inputs: [] }),
  }),
});

/** MLflow's error body: `{ "error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…" }`. */
export const errorSchema = z.object({ error_code: z.string().default(""), message: z.string().default("") });

export type MlflowTag = z.output<typeof tag>;
export type ModelVersion = z.output<typeof modelVersionSchema>;
export type RegisteredModel = z.output<typeof registeredModelSchema>;
export type MlflowRun = z.output<typeof runSchema>["run"];
