// One finding with everything the API's detail shows: its cause (kind, category, the evidence
// that shows the shape), every member entity in path or cycle order, its lifecycle (first and
// last seen, accepted by whom and why, resolved) with the accept / reopen history from the audit
// trail, the checklist items it pre-fills and the action items made from it. Null when unknown.
import "server-only";
import { db } from "@/lib/server/db/client";
import { FINDING_FIELDS } from "./list-findings";

export async function getFinding(options: { id: string }) {
  const signal = await db().signal.findUnique({
    where: { id: options.id },
    select: {
      ...FINDING_FIELDS,
      members: {
        orderBy: { position: "asc" },
        select: {
          entity: {
            select: { id: true, kind: true, name: true, archivedAt: true, team: { select: { slug: true } } },
          },
        },
      },
      actionItems: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, status: true },
      },
    },
  });
  if (!signal) return null;
  const [prefills, history] = await Promise.all([
    signal.categoryId
      ? db().checklistItem.findMany({
          where: { categoryId: signal.categoryId, retiredAt: null, category: { rubric: "DEBT" } },
          orderBy: [{ position: "asc" }, { key: "asc" }],
          select: { key: true, question: true, appliesTo: true },
        })
      : [],
    db().auditEvent.findMany({
      where: { targetType: "Signal", targetId: signal.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, at: true, actorName: true, after: true },
    }),
  ]);
  return { ...signal, prefills, history };
}

export type FindingDetail = NonNullable<Awaited<ReturnType<typeof getFinding>>>;
