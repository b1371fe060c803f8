// "findings.new" events: after a findings recompute, one event per team that has findings newly
// open (created, or reappeared after being resolved), sent in the recompute's transaction.
import { MAX_LISTED_FINDINGS } from "@/lib/domain/webhooks/events";
import type { Tx } from "@/lib/server/db/client";
import { absoluteUrl, emitWebhookEvent, teamsListening } from "./emit-webhook-event";

export interface OpenedFinding {
  id: string;
  kind: string;
  title: string;
  teamId: string | null;
}

export async function emitNewFindings(tx: Tx, opened: readonly OpenedFinding[], at: Date): Promise<void> {
  const teamIds = [...new Set(opened.flatMap((f) => (f.teamId ? [f.teamId] : [])))];
  if (teamIds.length === 0) return;
  const listening = await teamsListening(tx, "findings.new", teamIds);
  if (listening.size === 0) return;
  const slugs = new Map(
    (await tx.team.findMany({ where: { id: { in: [...listening] } }, select: { id: true, slug: true } })).map((t) => [
      t.id,
      t.slug,
    ]),
  );
  for (const teamId of listening) {
    const mine = opened.filter((f) => f.teamId === teamId).sort((a, b) => a.title.localeCompare(b.title));
    await emitWebhookEvent(tx, {
      teamId,
      event: "findings.new",
      occurredAt: at,
      data: {
        count: mine.length,
        findings: mine.slice(0, MAX_LISTED_FINDINGS).map(({ id, kind, title }) => ({ id, kind, title })),
        url: absoluteUrl(`/findings?team=${encodeURIComponent(slugs.get(teamId) ?? "")}&status=open`),
      },
    });
  }
}
