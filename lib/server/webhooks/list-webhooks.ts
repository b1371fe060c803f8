// The webhooks a person may manage (admins: every team's; maintainers: their teams'), each with
// its latest delivery attempts, newest first. The signing secret is never read here.
import "server-only";
import type { Principal } from "@/lib/domain/auth/permissions";
import { can } from "@/lib/domain/auth/permissions";
import type { WebhookFormat } from "@/lib/domain/webhooks/events";
import { db } from "@/lib/server/db/client";

/** Attempts shown per webhook. */
export const DELIVERIES_SHOWN = 20;

export interface WebhookRow {
  id: string;
  url: string;
  events: string[];
  format: WebhookFormat;
  enabled: boolean;
  createdAt: Date;
  createdBy: string | null;
  team: { id: string; slug: string; name: string };
  /** All attempts ever logged (the list holds the latest DELIVERIES_SHOWN). */
  attempts: number;
  deliveries: {
    id: string;
    deliveryId: string;
    event: string;
    attempt: number;
    attemptedAt: Date;
    durationMs: number;
    statusCode: number | null;
    error: string | null;
    response: string | null;
    ok: boolean;
  }[];
}

export async function listWebhooks(principal: Principal): Promise<WebhookRow[]> {
  const teamIds =
    principal.orgRole === "ADMIN"
      ? undefined
      : Object.keys(principal.teamRoles).filter((teamId) => can(principal, "webhook:manage", { teamId }));
  if (teamIds && teamIds.length === 0) return [];
  const rows = await db().webhook.findMany({
    where: teamIds ? { teamId: { in: teamIds } } : {},
    orderBy: [{ team: { name: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      url: true,
      events: true,
      format: true,
      enabled: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      team: { select: { id: true, slug: true, name: true } },
      _count: { select: { deliveries: true } },
      deliveries: {
        orderBy: [{ attemptedAt: "desc" }, { attempt: "desc" }],
        take: DELIVERIES_SHOWN,
        select: {
          id: true,
          deliveryId: true,
          event: true,
          attempt: true,
          attemptedAt: true,
          durationMs: true,
          statusCode: true,
          error: true,
          response: true,
          ok: true,
        },
      },
    },
  });
  return rows.map(({ createdBy, _count, ...row }) => ({
    ...row,
    createdBy: createdBy?.name ?? null,
    attempts: _count.deliveries,
  }));
}
