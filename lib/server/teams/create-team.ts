// Create a team (organisation admins). Its slug is how catalogue files name it as an owner.
import "server-only";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { teamCreateSchema } from "@/lib/server/teams/team-input";

export const createTeam: ActionDefinition<typeof teamCreateSchema, { id: string; slug: string }> = {
  schema: teamCreateSchema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      if (await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true } }))
        throw new InvalidInputError("Some fields need attention.", { slug: ["This slug is taken."] });
      const team = await tx.team.create({ data: input, select: { id: true, slug: true } });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "team.create",
        targetType: "Team",
        targetId: team.id,
        teamId: team.id,
        after: input,
      });
      return team;
    }),
  success: (t) => `Created ${t.slug}.`,
};
