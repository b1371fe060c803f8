// Plain-data shapes the graph analysis reads and writes. The closed sets live in
// lib/domain/kinds.ts (the schema-drift test keeps them equal to the Prisma enums).
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";

import {
  RELATION_KINDS,
  RELATION_ORIGINS,
  SIGNAL_KINDS,
  type RelationKind,
  type RelationOrigin,
  type SignalKind,
} from "@/lib/domain/kinds";

export { RELATION_KINDS, RELATION_ORIGINS, SIGNAL_KINDS, type RelationKind, type RelationOrigin, type SignalKind };

/** The kinds the catalogue graph detects on its own; STALE_ASSESSMENT needs assessment dates. */
export type GraphSignalKind = Exclude<SignalKind, "STALE_ASSESSMENT">;

export interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  teamId: string | null;
  lifecycle: Lifecycle;
  archived: boolean;
  /** Data sources only; absent means unversioned, as in the database default. */
  versioned?: boolean;
  /** Consumers only; false when the consumer is known only from observed usage (absent: declared). */
  declared?: boolean;
}

/** An edge pointing the way data flows (see the RelationKind comment in prisma/schema.prisma). */
export interface GraphRelation {
  fromId: string;
  toId: string;
  kind: RelationKind;
  origin: RelationOrigin;
  /**
   * OBSERVED reads-links only: the latest usage event behind the link. Absent or null for links
   * no usage created (declared, imported); such links never age out.
   */
  lastUsedAt?: Date | null;
}

/** How lineage treats time: observed links whose last use is older than the window are dropped. */
export interface LineageOptions {
  now: Date;
  /** The undeclared-consumer window, in days (DEFAULT_UNDECLARED_WINDOW_DAYS when absent). */
  observedWindowDays?: number;
}

/** Usage events, usually pre-aggregated per (model, caller, consumer, bucket). */
export interface UsageAggregate {
  modelId: string;
  callerName: string;
  consumerId: string | null;
  occurredAt: Date;
  count: number;
}

export interface AnalyzeOptions {
  now: Date;
  /** Usage older than this many days before `now` is not evidence of an undeclared consumer. */
  undeclaredWindowDays?: number;
}

export interface AnalyzeInput {
  entities: readonly GraphEntity[];
  relations: readonly GraphRelation[];
  usage?: readonly UsageAggregate[];
  options: AnalyzeOptions;
}

/** Type aliases rather than interfaces so evidence is assignable to Prisma's JSON input type. */
export type EntityRef = { id: string; kind: EntityKind; name: string };

export type CascadeLink = { fromModelId: string; toModelId: string; featureIds: string[] };

export type CascadeEvidence = {
  /** Models and the features between them, in data-flow order. */
  path: EntityRef[];
  links: CascadeLink[];
  modelCount: number;
  /** The chain closes on itself; the first model is also the model after the last link. */
  cyclic: boolean;
};

export type FeedbackLoopEvidence = {
  /** A representative cycle, starting at the component's smallest id; it returns to cycle[0]. */
  cycle: EntityRef[];
  /** Every entity of the strongly connected component, by id. */
  members: EntityRef[];
  /** False when the component holds more than one simple cycle. */
  singleCycle: boolean;
  edgeCount: number;
};

/** An affected entity with the team that owns it, so evidence says whom a cause touches. */
export type OwnedRef = EntityRef & { teamId: string | null };

export type UnderutilizedEvidence = {
  feature: EntityRef;
  reason: "no-users" | "retired-users-only";
  retiredUsers: EntityRef[];
  /** Unstable sources feeding it: folded in here rather than reported on their own. */
  unstableInputs?: EntityRef[];
};

export type UnstableReason = "unversioned-source" | "deprecated-source";

/** One finding per unstable source, whatever number of features it feeds (grouped by cause). */
export type UnstableEvidence = {
  input: OwnedRef;
  reasons: UnstableReason[];
  /** Live features computed from it that some live model reads, in id order. */
  features: (OwnedRef & { origin: RelationOrigin })[];
  /** Live models reading those features, in id order. */
  models: OwnedRef[];
  /** Every team owning an affected feature or model, sorted; null for unowned ones. */
  teamIds: (string | null)[];
};

export type UndeclaredConsumerEvidence = {
  model: EntityRef;
  /** The catalogued consumer, when the caller is known (by id or by name). */
  consumer: EntityRef | null;
  consumerId: string | null;
  callerNames: string[];
  count: number;
  aggregates: number;
  firstSeen: string;
  lastSeen: string;
  windowDays: number;
  /** An OBSERVED link exists: seen before, never confirmed by the model's owners. */
  observedRelation: boolean;
};

export type OrphanEvidence = { entity: EntityRef; lifecycle: Lifecycle };

type FindingOf<K extends GraphSignalKind, E> = {
  kind: K;
  categoryKey: string;
  title: string;
  /** In path or cycle order; becomes SignalMember.position. */
  memberIds: string[];
  /** Whose team the finding is filed under. */
  primaryId: string;
  evidence: E;
  fingerprint: string;
};

export type Finding =
  | FindingOf<"CORRECTION_CASCADE", CascadeEvidence>
  | FindingOf<"FEEDBACK_LOOP", FeedbackLoopEvidence>
  | FindingOf<"UNDERUTILIZED_FEATURE", UnderutilizedEvidence>
  | FindingOf<"UNSTABLE_DEPENDENCY", UnstableEvidence>
  | FindingOf<"UNDECLARED_CONSUMER", UndeclaredConsumerEvidence>
  | FindingOf<"ORPHAN", OrphanEvidence>;

export type FindingOfKind<K extends GraphSignalKind> = Extract<Finding, { kind: K }>;
