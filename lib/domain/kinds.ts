// Closed sets shared by pure logic and the UI. They mirror the Prisma enums of the same names
// (test/integration/schema-drift.test.ts keeps them in step) so lib/domain never imports Prisma.
export const ENTITY_KINDS = ["MODEL", "FEATURE", "DATA_SOURCE", "CONSUMER"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const LIFECYCLES = ["EXPERIMENTAL", "PRODUCTION", "DEPRECATED", "RETIRED"] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const ANSWER_VALUES = ["PASS", "PARTIAL", "FAIL", "NA"] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export const RUBRICS = ["DEBT", "ML_TEST_SCORE"] as const;
export type Rubric = (typeof RUBRICS)[number];

/** Lineage edges, pointing the way data flows (see the RelationKind comment in schema.prisma). */
export const RELATION_KINDS = [
  "FEATURE_FROM_SOURCE",
  "FEATURE_FROM_MODEL",
  "MODEL_USES_FEATURE",
  "CONSUMER_READS_MODEL",
  "CONSUMER_WRITES_SOURCE",
  "SOURCE_FROM_SOURCE",
  "CONSUMER_READS_SOURCE",
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const RELATION_ORIGINS = ["DECLARED", "OBSERVED"] as const;
export type RelationOrigin = (typeof RELATION_ORIGINS)[number];

export const SIGNAL_KINDS = [
  "CORRECTION_CASCADE",
  "FEEDBACK_LOOP",
  "UNDERUTILIZED_FEATURE",
  "UNSTABLE_DEPENDENCY",
  "UNDECLARED_CONSUMER",
  "ORPHAN",
  "STALE_ASSESSMENT",
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const KIND_LABELS: Record<EntityKind, { one: string; many: string; slug: string }> = {
  MODEL: { one: "Model", many: "Models", slug: "models" },
  FEATURE: { one: "Feature", many: "Features", slug: "features" },
  DATA_SOURCE: { one: "Data source", many: "Data sources", slug: "data-sources" },
  CONSUMER: { one: "Consumer", many: "Consumers", slug: "consumers" },
};
