// One page of findings under the list's filters, each with its category, team, who accepted it,
// and its first members in order (a loop at the large scale can hold hundreds), plus counts per
// kind under the same team and status filters for the kind tabs. A team filter matches the
// finding's own team and the teams owning any entity it involves (a grouped finding about one
// team's source concerns every team whose features read it). Also: the checklist items each
// finding's category pre-fills in a new draft, and the names of teams the evidence mentions.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { EntityKind, Prisma, SignalKind } from "@/lib/generated/prisma/client";
import type { FindingsParams, FindingsScope } from "./findings-params";

/** What the list and one finding (./get-finding.ts) read of a finding besides its members. */
export const FINDING_FIELDS = {
  id: true,
  kind: true,
  title: true,
  status: true,
  evidence: true,
  teamId: true,
  categoryId: true,
  justification: true,
  acceptedAt: true,
  firstSeenAt: true,
  lastSeenAt: true,
  resolvedAt: true,
  acceptedBy: { select: { name: true } },
  category: { select: { key: true, name: true } },
  team: { select: { slug: true, name: true } },
} satisfies Prisma.SignalSelect;

/** Members shown per finding in the list; the rest are counted. */
export const MEMBERS_SHOWN = 12;

export type { FindingsScope };

function teamWhere(scope: FindingsScope): Prisma.SignalWhereInput {
  if ("all" in scope) return {};
  if ("none" in scope) return { teamId: null };
  const team: Prisma.TeamWhereInput = "slug" in scope ? { slug: scope.slug } : { id: { in: [...scope.teamIds] } };
  return { OR: [{ team }, { members: { some: { entity: { team } } } }] };
}

function where(params: Omit<FindingsParams, "page">, scope: FindingsScope, withKind: boolean): Prisma.SignalWhereInput {
  return {
    ...(withKind && params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...teamWhere(scope),
  };
}

export async function listFindings(params: FindingsParams, pageSize: number, scope: FindingsScope) {
  const filter = where(params, scope, true);
  const [rows, total, byKind] = await Promise.all([
    db().signal.findMany({
      where: filter,
      // Structural shapes (cascades, loops) first as the enum orders them, newest first within a
      // kind; the id breaks ties so pages never overlap.
      orderBy: [{ kind: "asc" }, { firstSeenAt: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * pageSize,
      take: pageSize,
      select: {
        ...FINDING_FIELDS,
        members: {
          orderBy: { position: "asc" },
          take: MEMBERS_SHOWN,
          select: { entity: { select: { id: true, kind: true, name: true, archivedAt: true } } },
        },
        _count: { select: { members: true } },
      },
    }),
    db().signal.count({ where: filter }),
    db().signal.groupBy({ by: ["kind"], where: where(params, scope, false), _count: { _all: true } }),
  ]);
  const counts: Partial<Record<SignalKind, number>> = {};
  for (const r of byKind) counts[r.kind] = r._count._all;

  const categoryIds = [...new Set(rows.flatMap((r) => (r.categoryId ? [r.categoryId] : [])))];
  const teamIds = [
    ...new Set(
      rows.flatMap((r) => {
        const e = r.evidence as { teamIds?: unknown } | null;
        return Array.isArray(e?.teamIds) ? e.teamIds.filter((t): t is string => typeof t === "string") : [];
      }),
    ),
  ];
  const [items, teams] = await Promise.all([
    categoryIds.length === 0
      ? []
      : db().checklistItem.findMany({
          where: { categoryId: { in: categoryIds }, retiredAt: null, category: { rubric: "DEBT" } },
          orderBy: [{ position: "asc" }, { key: "asc" }],
          select: { key: true, question: true, categoryId: true, appliesTo: true },
        }),
    teamIds.length === 0
      ? []
      : db().team.findMany({ where: { id: { in: teamIds } }, select: { id: true, name: true } }),
  ]);
  const prefills: Record<string, { key: string; question: string; appliesTo: EntityKind[] }[]> = {};
  for (const i of items) (prefills[i.categoryId] ??= []).push(i);
  const teamNames = Object.fromEntries(teams.map((t) => [t.id, t.name]));
  return { rows, total, counts, prefills, teamNames };
}

export type FindingRow = Awaited<ReturnType<typeof listFindings>>["rows"][number];
