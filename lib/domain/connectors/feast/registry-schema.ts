// The parts of a Feast registry that debtboard reads, as `feast registry-dump` prints them (the
// registry's protobuf in its JSON form: camelCase fields, absent when empty). Extra fields are
// ignored, so newer Feast versions still import; what is read is checked.
import { z } from "zod";

const tags = z.record(z.string(), z.string()).default({});
const field = z.object({
  name: z.string().min(1),
  valueType: z.string().default("INVALID"),
  description: z.string().default(""),
  tags,
});

export const dataSourceSchema = z.object({
  name: z.string().min(1),
  type: z.string().default("INVALID"),
  description: z.string().default(""),
  owner: z.string().default(""),
  tags,
  fileOptions: z.object({ uri: z.string().default("") }).optional(),
  bigqueryOptions: z.object({ table: z.string().default(""), query: z.string().default("") }).optional(),
  snowflakeOptions: z.object({ table: z.string().default(""), database: z.string().default("") }).optional(),
  redshiftOptions: z.object({ table: z.string().default(""), schema: z.string().default("") }).optional(),
  sparkOptions: z.object({ table: z.string().default(""), path: z.string().default("") }).optional(),
  kafkaOptions: z.object({ topic: z.string().default("") }).optional(),
  kinesisOptions: z.object({ streamName: z.string().default("") }).optional(),
  customOptions: z.unknown().optional(),
  /** Push and stream sources: where pushed rows are also stored for training. */
  get batchSource() {
    return dataSourceSchema.optional();
  },
});
export type FeastDataSource = z.output<typeof dataSourceSchema>;

const viewSpec = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  owner: z.string().default(""),
  tags,
  entities: z.array(z.string()).default([]),
  features: z.array(field).default([]),
  ttl: z.string().optional(),
  online: z.boolean().default(false),
  batchSource: dataSourceSchema.optional(),
  streamSource: dataSourceSchema.optional(),
});

const onDemandSpec = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  owner: z.string().default(""),
  tags,
  features: z.array(field).default([]),
  /** Keyed by the source's name: another view's projection or a request source. */
  sources: z
    .record(
      z.string(),
      z.object({
        featureViewProjection: z.object({ featureViewName: z.string() }).optional(),
        requestDataSource: dataSourceSchema.optional(),
      }),
    )
    .default({}),
  featureTransformation: z
    .object({ userDefinedFunction: z.object({ bodyText: z.string().default("") }).optional() })
    .optional(),
});

const serviceSpec = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  owner: z.string().default(""),
  tags,
  features: z
    .array(
      z.object({
        featureViewName: z.string(),
        /** The view's name as the service refers to it (an alias), when renamed. */
        featureViewNameAlias: z.string().optional(),
        featureColumns: z.array(field).default([]),
      }),
    )
    .default([]),
});

export const registrySchema = z.object({
  project: z.string().optional(),
  projects: z.array(z.object({ spec: z.object({ name: z.string() }) })).optional(),
  dataSources: z.array(dataSourceSchema).default([]),
  entities: z.array(z.object({ spec: z.object({ name: z.string() }) })).default([]),
  featureViews: z.array(z.object({ spec: viewSpec })).default([]),
  streamFeatureViews: z.array(z.object({ spec: viewSpec })).default([]),
  onDemandFeatureViews: z.array(z.object({ spec: onDemandSpec })).default([]),
  featureServices: z.array(z.object({ spec: serviceSpec })).default([]),
  labelViews: z.array(z.object({ spec: z.object({ name: z.string() }) })).default([]),
});
export type FeastRegistry = z.output<typeof registrySchema>;
