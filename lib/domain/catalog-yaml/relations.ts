// Relation kinds as seen from the document that declares them. Every Relation row points the way
// data flows (schema.prisma); a document names its upstream by field:
//   Model.uses: [feature:…]            feature → model      MODEL_USES_FEATURE
//   Feature.derivedFrom: [source:…]    source → feature     FEATURE_FROM_SOURCE
//   Feature.derivedFrom: [model:…]     model → feature      FEATURE_FROM_MODEL
//   Consumer.consumes: [model:…]       model → consumer     CONSUMER_READS_MODEL
//   Consumer.writesTo: [source:…]      consumer → source    CONSUMER_WRITES_SOURCE
//   DataSource.derivedFrom: [source:…] source → source      SOURCE_FROM_SOURCE (a table built from
//                                                             others: a dbt model from its parents)
//   Consumer.reads: [source:…]         source → consumer    CONSUMER_READS_SOURCE (a dashboard or
//                                                             service reading a table: a dbt exposure)
import { RELATION_KINDS, type EntityKind, type RelationKind } from "@/lib/domain/kinds";

export { RELATION_KINDS, type RelationKind };

/** The ends each relation kind joins, in data-flow order. */
export const RELATION_ENDS: Record<RelationKind, { from: EntityKind; to: EntityKind }> = {
  FEATURE_FROM_SOURCE: { from: "DATA_SOURCE", to: "FEATURE" },
  FEATURE_FROM_MODEL: { from: "MODEL", to: "FEATURE" },
  MODEL_USES_FEATURE: { from: "FEATURE", to: "MODEL" },
  CONSUMER_READS_MODEL: { from: "MODEL", to: "CONSUMER" },
  CONSUMER_WRITES_SOURCE: { from: "CONSUMER", to: "DATA_SOURCE" },
  SOURCE_FROM_SOURCE: { from: "DATA_SOURCE", to: "DATA_SOURCE" },
  CONSUMER_READS_SOURCE: { from: "DATA_SOURCE", to: "CONSUMER" },
};

/** The relation through which data flows from a `from` entity into a `to` entity; null when none. */
export function relationFrom(from: EntityKind, to: EntityKind): RelationKind | null {
  return RELATION_KINDS.find((k) => RELATION_ENDS[k].from === from && RELATION_ENDS[k].to === to) ?? null;
}

/** Which document field declares a relation: the field lives on the `owner` end. */
export const SPEC_FIELDS = {
  MODEL: { uses: ["FEATURE"] },
  FEATURE: { derivedFrom: ["DATA_SOURCE", "MODEL"] },
  DATA_SOURCE: { derivedFrom: ["DATA_SOURCE"] },
  CONSUMER: { consumes: ["MODEL"], reads: ["DATA_SOURCE"], writesTo: ["DATA_SOURCE"] },
} as const satisfies Record<EntityKind, Record<string, readonly EntityKind[]>>;

export type SpecField = "uses" | "derivedFrom" | "consumes" | "reads" | "writesTo";

/** The relation a spec field entry means. Consumers' writesTo names downstream; every other field names upstream. */
export function relationForField(
  field: SpecField,
  ownerKind: EntityKind,
  targetKind: EntityKind,
): { kind: RelationKind; ownerIsFrom: boolean } | null {
  const ownerIsFrom = field === "writesTo";
  const kind = ownerIsFrom ? relationFrom(ownerKind, targetKind) : relationFrom(targetKind, ownerKind);
  return kind ? { kind, ownerIsFrom } : null;
}

/** For export: the field and owner end of each relation kind. */
export const FIELD_OF: Record<RelationKind, { owner: "from" | "to"; field: SpecField }> = {
  FEATURE_FROM_SOURCE: { owner: "to", field: "derivedFrom" },
  FEATURE_FROM_MODEL: { owner: "to", field: "derivedFrom" },
  MODEL_USES_FEATURE: { owner: "to", field: "uses" },
  CONSUMER_READS_MODEL: { owner: "to", field: "consumes" },
  CONSUMER_WRITES_SOURCE: { owner: "from", field: "writesTo" },
  SOURCE_FROM_SOURCE: { owner: "to", field: "derivedFrom" },
  CONSUMER_READS_SOURCE: { owner: "to", field: "reads" },
};
