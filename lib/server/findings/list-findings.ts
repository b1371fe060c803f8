// One page of findings under the list's filters, each with its category, team, who accepted it,
// and its first members in order (a loop at the large scale can hold hundreds), plus counts per
// kind under the same team and status filters for the kind tabs.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma, SignalKind } from "@/lib/generated/prisma/client";
import type { FindingsParams } from "./findings-params";

/** Members shown per finding in the list; the rest are counted. */
export const MEMBERS_SHOWN = 12;

function where(params: Omit<FindingsParams, "page">, withKind: boolean): Prisma.SignalWhereInput {
  return {
    ...(withKind && params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.team === "none" ? { teamId: null } : params.team ? { team: { slug: params.team } } : {}),
  };
}

export async function listFindings(params: FindingsParams, pageSize: number) {
  const filter = where(params, true);
  const [rows, total, byKind] = await Promise.all([
    db().signal.findMany({
      where: filter,
      // Structural shapes (cascades, loops) first as the enum orders them, newest first within a
      // kind; the id breaks ties so pages never overlap.
      orderBy: [{ kind: "asc" }, { firstSeenAt: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        title: true,
        status: true,
        evidence: true,
        teamId: true,
        justification: true,
        acceptedAt: true,
        firstSeenAt: true,
        lastSeenAt: true,
        resolvedAt: true,
        acceptedBy: { select: { name: true } },
        category: { select: { key: true, name: true } },
        team: { select: { slug: true, name: true } },
        members: {
          orderBy: { position: "asc" },
          take: MEMBERS_SHOWN,
          select: { entity: { select: { id: true, kind: true, name: true, archivedAt: true } } },
        },
        _count: { select: { members: true } },
      },
    }),
    db().signal.count({ where: filter }),
    db().signal.groupBy({ by: ["kind"], where: where(params, false), _count: { _all: true } }),
  ]);
  const counts: Partial<Record<SignalKind, number>> = {};
  for (const r of byKind) counts[r.kind] = r._count._all;
  return { rows, total, counts };
}

export type FindingRow = Awaited<ReturnType<typeof listFindings>>["rows"][number];
