// Reading entities back as drafts (the shape documents, forms and the API write), so a change
// can be compared with what is stored and the catalogue exported in the format it was imported.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityDraft, LinkItem } from "@/lib/domain/catalog-yaml/fields";
import { parseEntityLinks } from "@/lib/domain/format/entity-links";

export const DRAFT_SELECT = {
  id: true,
  kind: true,
  name: true,
  title: true,
  description: true,
  lifecycle: true,
  tags: true,
  links: true,
  version: true,
  teamId: true,
  archivedAt: true,
  updatedAt: true,
  team: { select: { slug: true } },
  updatedBy: { select: { name: true } },
  model: {
    select: { task: true, servingMode: true, framework: true, trainingDataSnapshot: true, calibratedOutputs: true },
  },
  feature: { select: { dataType: true, nullable: true, derivation: true } },
  source: { select: { system: true, versioned: true, dataOwner: true, freshnessSlaHours: true } },
  consumer: { select: { consumerType: true } },
} as const satisfies Prisma.EntitySelect;

export type StoredEntity = Prisma.EntityGetPayload<{ select: typeof DRAFT_SELECT }>;

export function toDraft(e: StoredEntity): EntityDraft {
  const links: LinkItem[] = parseEntityLinks(e.links).map((l) => ({
    type: l.type,
    url: l.url,
    ...(l.title ? { title: l.title } : {}),
  }));
  const common = {
    name: e.name,
    title: e.title,
    description: e.description,
    team: e.team?.slug ?? null,
    lifecycle: e.lifecycle,
    tags: e.tags,
    links,
  };
  if (e.kind === "MODEL")
    return {
      ...common,
      kind: "MODEL",
      model: e.model ?? {
        task: "",
        servingMode: "BATCH",
        framework: "",
        trainingDataSnapshot: "",
        calibratedOutputs: false,
      },
    };
  if (e.kind === "FEATURE")
    return {
      ...common,
      kind: "FEATURE",
      feature: e.feature ?? { dataType: "NUMERIC", nullable: false, derivation: "" },
    };
  if (e.kind === "DATA_SOURCE")
    return {
      ...common,
      kind: "DATA_SOURCE",
      dataSource: e.source ?? { system: "", versioned: false, dataOwner: "", freshnessSlaHours: null },
    };
  return { ...common, kind: "CONSUMER", consumer: { consumerType: e.consumer?.consumerType ?? "SERVICE" } };
}

/** Key-order-independent JSON, so two drafts compare by content. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export function sameDraft(a: EntityDraft, b: EntityDraft): boolean {
  return canonical(a) === canonical(b);
}

/** The Entity columns and the kind's own row, for create and update. */
export function entityColumns(d: EntityDraft, teamId: string | null) {
  return {
    title: d.title,
    description: d.description,
    lifecycle: d.lifecycle,
    tags: d.tags,
    links: d.links as unknown as Prisma.InputJsonValue,
    teamId,
  };
}

export function kindRow(d: EntityDraft) {
  if (d.kind === "MODEL") return { model: d.model } as const;
  if (d.kind === "FEATURE") return { feature: d.feature } as const;
  if (d.kind === "DATA_SOURCE") return { source: d.dataSource } as const;
  return { consumer: { ...d.consumer, declared: true } } as const;
}

/** What an audit entry keeps of an entity: its draft (small, readable, no ids). */
export function auditSnapshot(d: EntityDraft): Prisma.InputJsonValue {
  return JSON.parse(canonical(d)) as Prisma.InputJsonValue;
}
