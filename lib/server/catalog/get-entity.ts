// One catalogue entity by kind and name, with its owner team and kind-specific fields; null
// when there is no such entity. Archived entities are returned (their pages say so).
import "server-only";
import { db } from "@/lib/server/db/client";
import type { EntityKind } from "@/lib/domain/kinds";
import { parseEntityLinks } from "@/lib/domain/format/entity-links";

export interface GetEntityOptions {
  kind: EntityKind;
  name: string;
}

export async function getEntity(options: GetEntityOptions) {
  const entity = await db().entity.findUnique({
    where: { kind_name: { kind: options.kind, name: options.name } },
    select: {
      id: true,
      kind: true,
      name: true,
      title: true,
      description: true,
      lifecycle: true,
      links: true,
      tags: true,
      createdAt: true,
      updatedAt: true,
      archivedAt: true,
      version: true,
      teamId: true,
      team: { select: { slug: true, name: true } },
      model: {
        select: { task: true, servingMode: true, framework: true, calibratedOutputs: true, trainingDataSnapshot: true },
      },
      feature: { select: { dataType: true, nullable: true, derivation: true } },
      source: {
        select: { system: true, versioned: true, dataOwner: true, freshnessSlaHours: true, lastRefreshedAt: true },
      },
      consumer: { select: { consumerType: true, declared: true } },
    },
  });
  return entity ? { ...entity, links: parseEntityLinks(entity.links) } : null;
}

export type EntityDetail = NonNullable<Awaited<ReturnType<typeof getEntity>>>;
