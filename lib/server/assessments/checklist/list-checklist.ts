// The whole checklist for the admin page: every category of both rubrics with its live items,
// and the retired versions (the history an edit or retirement leaves behind).
import "server-only";
import type { EntityKind, Rubric } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";

export interface AdminItem {
  id: string;
  key: string;
  version: number;
  question: string;
  guidance: string;
  weight: number;
  remediationDays: number;
  appliesTo: EntityKind[];
  createdAt: Date;
  retiredAt: Date | null;
  editedBy: string | null;
  answers: number;
}

export interface AdminCategory {
  id: string;
  key: string;
  name: string;
  rubric: Rubric;
  paperSection: string;
  live: AdminItem[];
  retired: AdminItem[];
}

export async function listChecklist(): Promise<AdminCategory[]> {
  const categories = await db().debtCategory.findMany({
    orderBy: [{ rubric: "asc" }, { position: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      rubric: true,
      paperSection: true,
      items: {
        orderBy: [{ position: "asc" }, { key: "asc" }, { version: "desc" }],
        select: {
          id: true,
          key: true,
          version: true,
          question: true,
          guidance: true,
          weight: true,
          remediationDays: true,
          appliesTo: true,
          createdAt: true,
          retiredAt: true,
          editedBy: { select: { name: true } },
          _count: { select: { answers: true } },
        },
      },
    },
  });
  return categories.map(({ items, ...c }) => {
    const all = items.map(({ editedBy, _count, ...i }) => ({
      ...i,
      editedBy: editedBy?.name ?? null,
      answers: _count.answers,
    }));
    return { ...c, live: all.filter((i) => i.retiredAt === null), retired: all.filter((i) => i.retiredAt !== null) };
  });
}
