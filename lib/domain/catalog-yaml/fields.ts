// The catalogue's entity fields as zod schemas, shared by catalogue-as-code documents, the forms
// and the REST API (and so by the OpenAPI document), so every door accepts the same thing.
import { z } from "zod";
import { ENTITY_KINDS, LIFECYCLES } from "@/lib/domain/kinds";
import { LINK_TYPES } from "@/lib/domain/format/entity-links";

/** Names are identities in references (`feature:clicks-7d`), so no ':' '/' or spaces. */
export const NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,118}[A-Za-z0-9])?$/;
export const entityName = z
  .string()
  .trim()
  .regex(NAME_PATTERN, "Use letters, digits, '.', '_' or '-' (start and end with a letter or digit, at most 120).");

export const teamSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "Use a team slug: lowercase letters, digits and '-'.");

/** Enums are written lowercase in YAML (`lifecycle: production`); accept any case. */
function looseEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase().replace(/[- ]/g, "_") : v),
    z.enum(values, { message: `Use one of: ${values.map((v) => v.toLowerCase()).join(", ")}.` }),
  );
}

export const SERVING_MODES = ["BATCH", "ONLINE", "STREAMING", "EMBEDDED"] as const;
export const FEATURE_TYPES = ["NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT", "EMBEDDING", "TIMESTAMP"] as const;
export const CONSUMER_TYPES = ["SERVICE", "DASHBOARD", "POLICY", "TEAM"] as const;

export const lifecycle = looseEnum(LIFECYCLES);
export const entityKind = looseEnum(ENTITY_KINDS);

export const link = z.object({
  type: z.enum(LINK_TYPES).default("other"),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/i, "Use an http(s) address."),
  title: z.string().trim().max(200).optional(),
});

const text = (max: number) => z.string().trim().max(max).default("");

export const modelFields = z.object({
  task: text(200),
  servingMode: looseEnum(SERVING_MODES).default("BATCH"),
  framework: text(100),
  trainingDataSnapshot: text(500),
  calibratedOutputs: z.boolean().default(false),
});
export const featureFields = z.object({
  dataType: looseEnum(FEATURE_TYPES).default("NUMERIC"),
  nullable: z.boolean().default(false),
  derivation: text(2000),
});
export const dataSourceFields = z.object({
  system: text(100),
  versioned: z.boolean().default(false),
  dataOwner: text(200),
  freshnessSlaHours: z.number().int().min(1).max(100_000).nullable().default(null),
});
export const consumerFields = z.object({
  consumerType: looseEnum(CONSUMER_TYPES).default("SERVICE"),
});

/** The facts every kind shares. */
export const commonFields = z.object({
  title: text(200),
  description: text(5000),
  /** Owning team's slug; null = unowned (a finding, not an error). */
  team: teamSlug.nullable().default(null),
  lifecycle: lifecycle.default("EXPERIMENTAL"),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  links: z.array(link).max(50).default([]),
});

export type ModelFields = z.output<typeof modelFields>;
export type FeatureFields = z.output<typeof featureFields>;
export type DataSourceFields = z.output<typeof dataSourceFields>;
export type ConsumerFields = z.output<typeof consumerFields>;
export type CommonFields = z.output<typeof commonFields>;
export type LinkItem = z.output<typeof link>;

export type KindFields =
  | { kind: "MODEL"; model: ModelFields }
  | { kind: "FEATURE"; feature: FeatureFields }
  | { kind: "DATA_SOURCE"; dataSource: DataSourceFields }
  | { kind: "CONSUMER"; consumer: ConsumerFields };

/** One entity as the catalogue should hold it (relations separately). */
export type EntityDraft = { name: string } & CommonFields & KindFields;
