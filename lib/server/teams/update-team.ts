// Rename or re-describe a team (its maintainers, or admins). The slug stays: it is a reference.
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { teamUpdateSchema } from "@/lib/server/teams/team-input";

async function teamId(slug: string) {
  const team = await db().team.findUnique({ where: { slug }, select: { id: true } });
  if (!team) throw new NotFoundError(`Team ${slug}`);
  return team.id;
}

export const updateTeam: ActionDefinition<typeof teamUpdateSchema, { slug: string; changed: boolean }> = {
  schema: teamUpdateSchema,
  permission: "catalog:write",
  teamOf: (input) => teamId(input.slug),
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const before = await tx.team.findUnique({
        where: { slug: input.slug },
        select: { id: true, name: true, description: true },
      });
      if (!before) throw new NotFoundError(`Team ${input.slug}`);
      const after = { name: input.name ?? before.name, description: input.description ?? before.description };
      if (after.name === before.name && after.description === before.description)
        return { slug: input.slug, changed: false };
      await tx.team.update({ where: { id: before.id }, data: after });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "team.update",
        targetType: "Team",
        targetId: before.id,
        teamId: before.id,
        before: { name: before.name, description: before.description },
        after,
      });
      return { slug: input.slug, changed: true };
    }),
  success: (r) => (r.changed ? `Saved ${r.slug}.` : "Nothing to change."),
};
