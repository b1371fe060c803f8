// How much is catalogued: active teams and active entities of each kind.
import "server-only";
import { db } from "@/lib/server/db/client";
import { ENTITY_KINDS, type EntityKind } from "@/lib/domain/kinds";

export interface OrgCounts {
  teams: number;
  entities: Record<EntityKind, number>;
}

// One organisation per deployment, so there is no org scope to pass.
export interface GetOrgCountsOptions {
  /** Count archived teams and entities too; default false. */
  includeArchived?: boolean;
}

export async function getOrgCounts(options: GetOrgCountsOptions = {}): Promise<OrgCounts> {
  const where = options.includeArchived ? {} : { archivedAt: null };
  const [teams, byKind] = await Promise.all([
    db().team.count({ where }),
    db().entity.groupBy({ by: ["kind"], where, _count: { _all: true } }),
  ]);
  const entities = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  for (const row of byKind) entities[row.kind] = row._count._all;
  return { teams, entities };
}
