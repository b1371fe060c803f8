// A catalogue batch: what a set of YAML files asks the catalogue to hold, with every problem
// and every skipped document located by file, document and field.
import type { EntityKind } from "@/lib/domain/kinds";
import type { EntityDraft } from "./fields";
import type { RelationKind } from "./relations";

export interface DocLocation {
  file: string;
  /** 1-based position of the document in its file. */
  index: number;
  /** The document's kind and metadata.name, when it has them. */
  kind: string | null;
  name: string | null;
  /** Backstage documents: an owner or reference that leads nowhere is skipped and listed, not an error. */
  lenient?: boolean;
}

export interface CatalogIssue extends DocLocation {
  /** Dotted path inside the document, e.g. "spec.owner"; "" for the document as a whole. */
  path: string;
  message: string;
}

export interface SkippedItem extends DocLocation {
  reason: string;
}

export interface TeamDraft {
  name: string;
  title: string;
  description: string;
}

export interface EntityRef {
  kind: EntityKind;
  name: string;
}

export interface RelationDraft {
  kind: RelationKind;
  from: EntityRef;
  to: EntityRef;
  /** The document (entity) that declares it; its other declared relations are replaced on import. */
  owner: EntityRef;
  at: DocLocation & { path: string };
}

export interface MembershipDraft {
  team: string;
  /** Email when the source gives one, else the user's name. */
  user: string;
  at: DocLocation;
}

export interface Located<T> {
  value: T;
  at: DocLocation;
}

export interface CatalogBatch {
  teams: Located<TeamDraft>[];
  entities: Located<EntityDraft>[];
  relations: RelationDraft[];
  memberships: MembershipDraft[];
  issues: CatalogIssue[];
  skipped: SkippedItem[];
}

export function emptyBatch(): CatalogBatch {
  return { teams: [], entities: [], relations: [], memberships: [], issues: [], skipped: [] };
}

/** `ranking.yaml › document 2 (Model ctr-v3) › spec.owner: …` — every message names all three. */
export function formatIssue(issue: CatalogIssue): string {
  const what = [issue.kind, issue.name].filter(Boolean).join(" ");
  return `${issue.file} › document ${issue.index}${what ? ` (${what})` : ""} › ${issue.path || "(document)"}: ${issue.message}`;
}

export function formatSkipped(item: SkippedItem): string {
  const what = [item.kind, item.name].filter(Boolean).join(" ");
  return `${item.file} › document ${item.index}${what ? ` (${what})` : ""}: ${item.reason}`;
}
