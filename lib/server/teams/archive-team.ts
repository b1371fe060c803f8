// Archive (or restore) a team — organisation admins. Nothing is deleted: its entities keep their
// owner, and its history stays; an archived team's tokens stop working (token-principal.ts).
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { teamArchiveSchema } from "@/lib/server/teams/team-input";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

const archiveTeamDefinition: ActionDefinition<typeof teamArchiveSchema, { slug: string; archived: boolean }> = {
  schema: teamArchiveSchema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true, archivedAt: true } });
      if (!team) throw new NotFoundError(`Team ${input.slug}`);
      await tx.team.update({
        where: { id: team.id },
        data: { archivedAt: input.restore ? null : (team.archivedAt ?? new Date()) },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: input.restore ? "team.restore" : "team.archive",
        targetType: "Team",
        targetId: team.id,
        teamId: team.id,
      });
      return { slug: input.slug, archived: !input.restore };
    }),
  success: (r) => (r.archived ? `Archived ${r.slug}.` : `Restored ${r.slug}.`),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const archiveTeam = recomputesFindings(archiveTeamDefinition);
