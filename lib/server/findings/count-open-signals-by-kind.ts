// Open findings per kind (CORRECTION_CASCADE, ORPHAN, ...), largest first.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { SignalKind } from "@/lib/generated/prisma/client";

export interface CountOpenSignalsByKindOptions {
  teamId?: string;
}

export interface SignalKindCount {
  kind: SignalKind;
  count: number;
}

export async function countOpenSignalsByKind(options: CountOpenSignalsByKindOptions = {}): Promise<SignalKindCount[]> {
  const rows = await db().signal.groupBy({
    by: ["kind"],
    where: { status: "OPEN", ...(options.teamId ? { teamId: options.teamId } : {}) },
    _count: { _all: true },
  });
  return rows
    .map((r) => ({ kind: r.kind, count: r._count._all }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
