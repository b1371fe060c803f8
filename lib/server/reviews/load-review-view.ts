// One review as its pages show it (lib/domain/review/view.ts). A closed review comes from its
// snapshot alone; an open one from its stored agenda plus the live notes and action items. A
// review stored in an older shape shows its section titles and notes.
import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/server/db/client";
import { storedAgendaSchema } from "@/lib/domain/review/agenda";
import { ENTITY_REF_SELECT, toEntityRef } from "./entity-ref";
import {
  reviewSnapshotSchema,
  type ReviewActionItemView,
  type ReviewNoteView,
  type ReviewView,
} from "@/lib/domain/review/view";

const legacyAgendaSchema = z.array(z.object({ section: z.string(), title: z.string() }).loose()).catch([]);

export async function loadReviewView(client: Db | Tx, id: string): Promise<ReviewView | null> {
  const review = await client.review.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      teamId: true,
      team: { select: { slug: true, name: true } },
      periodStart: true,
      periodEnd: true,
      startedAt: true,
      closedAt: true,
      version: true,
      agenda: true,
      snapshot: true,
      startedBy: { select: { name: true } },
    },
  });
  if (!review) return null;
  const base = {
    id: review.id,
    title: review.title,
    status: review.status,
    teamId: review.teamId,
    team: review.team,
    periodStart: review.periodStart.toISOString(),
    periodEnd: review.periodEnd.toISOString(),
    startedAt: review.startedAt.toISOString(),
    startedBy: review.startedBy?.name ?? null,
    closedAt: review.closedAt?.toISOString() ?? null,
    version: review.version,
  };
  const snapshot = review.status === "CLOSED" ? reviewSnapshotSchema.safeParse(review.snapshot) : null;
  if (snapshot?.success) {
    const s = snapshot.data;
    return {
      ...base,
      title: s.title,
      closedAt: s.closedAt,
      closedBy: s.closedBy,
      baseline: s.baseline,
      sections: s.sections,
      notes: s.notes,
      actionItems: s.actionItems,
      legacy: null,
    };
  }
  const [notes, actionItems] = await Promise.all([liveNotes(client, id), liveActionItems(client, id)]);
  const agenda = storedAgendaSchema.safeParse(review.agenda);
  if (agenda.success)
    return {
      ...base,
      closedBy: null,
      baseline: agenda.data.baseline,
      sections: agenda.data.sections,
      notes,
      actionItems,
      legacy: null,
    };
  const legacy = legacyAgendaSchema.parse(review.agenda).map(({ section, title }) => ({ section, title }));
  return { ...base, closedBy: null, baseline: null, sections: [], notes, actionItems, legacy };
}

export async function liveNotes(client: Db | Tx, reviewId: string): Promise<ReviewNoteView[]> {
  const rows = await client.reviewNote.findMany({
    where: { reviewId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, section: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((n) => ({
    id: n.id,
    section: n.section,
    kind: n.kind,
    body: n.body,
    author: n.author?.name ?? null,
    createdAt: n.createdAt.toISOString(),
  }));
}

export async function liveActionItems(client: Db | Tx, reviewId: string): Promise<ReviewActionItemView[]> {
  const rows = await client.actionItem.findMany({
    where: { reviewId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      dueDate: true,
      owner: { select: { name: true } },
      entity: ENTITY_REF_SELECT,
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    owner: a.owner?.name ?? null,
    dueDate: a.dueDate?.toISOString().slice(0, 10) ?? null,
    entity: toEntityRef(a.entity),
  }));
}
