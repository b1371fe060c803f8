// Column maps for the scale seed's catalogue tables (unnest fast path); people go through
// createMany, being few.
import type { Tx } from "@/lib/server/db/client";
import { bulkInsert, textArrayLiteral, type BulkColumn } from "@/lib/server/db/bulk-insert";
import type {
  ConsumerDetail,
  FeatureDetail,
  ModelDetail,
  ScaleCatalogue,
  ScaleEntity,
  SourceDetail,
} from "./catalogue";
import type { ScaleRelation, ScaleUsage } from "./lineage";

interface EntityRow {
  entity: ScaleEntity;
  teamId: string | null;
}

const ENTITY_COLUMNS: readonly BulkColumn<EntityRow>[] = [
  { name: "id", type: "text", value: (r) => r.entity.id },
  { name: "kind", type: "text", cast: '"EntityKind"', value: (r) => r.entity.kind },
  { name: "name", type: "text", value: (r) => r.entity.name },
  { name: "title", type: "text", value: (r) => r.entity.name.replace(/[-_.]/g, " ") },
  { name: "teamId", type: "text", value: (r) => r.teamId },
  { name: "lifecycle", type: "text", cast: '"Lifecycle"', value: (r) => r.entity.lifecycle },
  { name: "tags", type: "text", cast: "text[]", value: (r) => textArrayLiteral([r.entity.kind.toLowerCase()]) },
  { name: "createdAt", type: "timestamptz", value: (r) => r.entity.createdAt },
  { name: "updatedAt", type: "timestamptz", value: (r) => r.entity.archivedAt ?? r.entity.createdAt },
  { name: "archivedAt", type: "timestamptz", value: (r) => r.entity.archivedAt },
];

const MODEL_COLUMNS: readonly BulkColumn<ModelDetail>[] = [
  { name: "entityId", type: "text", value: (m) => m.entityId },
  { name: "task", type: "text", value: (m) => m.task },
  { name: "servingMode", type: "text", cast: '"ServingMode"', value: (m) => m.servingMode },
  { name: "calibratedOutputs", type: "bool", value: (m) => m.calibratedOutputs },
  { name: "framework", type: "text", value: (m) => m.framework },
];
const FEATURE_COLUMNS: readonly BulkColumn<FeatureDetail>[] = [
  { name: "entityId", type: "text", value: (f) => f.entityId },
  { name: "dataType", type: "text", cast: '"FeatureType"', value: (f) => f.dataType },
  { name: "nullable", type: "bool", value: (f) => f.nullable },
  { name: "derivation", type: "text", value: (f) => f.derivation },
];
const SOURCE_COLUMNS: readonly BulkColumn<SourceDetail>[] = [
  { name: "entityId", type: "text", value: (s) => s.entityId },
  { name: "versioned", type: "bool", value: (s) => s.versioned },
  { name: "system", type: "text", value: (s) => s.system },
  { name: "freshnessSlaHours", type: "int4", value: (s) => s.freshnessSlaHours },
];
const CONSUMER_COLUMNS: readonly BulkColumn<ConsumerDetail>[] = [
  { name: "entityId", type: "text", value: (c) => c.entityId },
  { name: "consumerType", type: "text", cast: '"ConsumerType"', value: (c) => c.consumerType },
  { name: "declared", type: "bool", value: (c) => c.declared },
];
const RELATION_COLUMNS: readonly BulkColumn<ScaleRelation>[] = [
  { name: "id", type: "text", value: (r) => r.id },
  { name: "kind", type: "text", cast: '"RelationKind"', value: (r) => r.kind },
  { name: "fromId", type: "text", value: (r) => r.fromId },
  { name: "toId", type: "text", value: (r) => r.toId },
  { name: "createdAt", type: "timestamptz", value: (r) => r.createdAt },
];
const USAGE_COLUMNS: readonly BulkColumn<ScaleUsage>[] = [
  { name: "id", type: "text", value: (r) => r.id },
  { name: "callerName", type: "text", value: (r) => r.callerName },
  { name: "modelId", type: "text", value: (r) => r.modelId },
  { name: "consumerId", type: "text", value: (r) => r.consumerId },
  { name: "occurredAt", type: "timestamptz", value: (r) => r.occurredAt },
  { name: "count", type: "int4", value: (r) => r.count },
  { name: "receivedAt", type: "timestamptz", value: (r) => r.occurredAt },
];

export async function writeScalePeople(tx: Tx, cat: ScaleCatalogue, joined: Date): Promise<void> {
  await tx.user.createMany({
    data: cat.users.map((u) => ({ ...u, emailVerified: true, createdAt: joined, updatedAt: joined })),
  });
  await tx.team.createMany({
    data: cat.teams.map((t) => ({ id: t.id, slug: t.slug, name: t.name, createdAt: joined, updatedAt: joined })),
  });
  await tx.membership.createMany({ data: cat.memberships.map((m) => ({ ...m, createdAt: joined })) });
}

export async function writeScaleCatalogue(
  tx: Tx,
  cat: ScaleCatalogue,
  relations: readonly ScaleRelation[],
  usage: readonly ScaleUsage[],
): Promise<void> {
  const rows = cat.entities.map((entity) => ({
    entity,
    teamId: entity.team === null ? null : (cat.teams[entity.team]?.id ?? null),
  }));
  await bulkInsert(tx, "Entity", ENTITY_COLUMNS, rows);
  await bulkInsert(tx, "Model", MODEL_COLUMNS, cat.models);
  await bulkInsert(tx, "Feature", FEATURE_COLUMNS, cat.features);
  await bulkInsert(tx, "DataSource", SOURCE_COLUMNS, cat.sources);
  await bulkInsert(tx, "Consumer", CONSUMER_COLUMNS, cat.consumers);
  await bulkInsert(tx, "Relation", RELATION_COLUMNS, relations);
  await bulkInsert(tx, "UsageEvent", USAGE_COLUMNS, usage);
}
