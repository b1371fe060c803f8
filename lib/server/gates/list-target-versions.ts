// Every version of every target rating (a few dozen rows at most: lifecycles × teams with an
// override × changes), oldest first; the gate functions in lib/domain/scoring/gate.ts pick the one
// in force at any moment from them.
import { db } from "@/lib/server/db/client";
import type { Db, Tx } from "@/lib/server/db/client";
import type { TargetVersion } from "@/lib/domain/scoring/gate";

export interface StoredTarget extends TargetVersion {
  id: string;
  version: number;
  team: { slug: string; name: string } | null;
  createdBy: string | null;
}

export async function listTargetVersions(client: Db | Tx = db()): Promise<StoredTarget[]> {
  const rows = await client.ratingTarget.findMany({
    orderBy: [{ createdAt: "asc" }, { version: "asc" }],
    select: {
      id: true,
      lifecycle: true,
      teamId: true,
      rating: true,
      version: true,
      createdAt: true,
      retiredAt: true,
      team: { select: { slug: true, name: true } },
      createdBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({ ...r, createdBy: r.createdBy?.name ?? null }));
}
