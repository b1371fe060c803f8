// Put someone in a team as maintainer or member, change their role there, or take them out
// ("NONE"). Admins only (the members page); every change is one audit event on the person,
// tagged with the team so the team's trail shows it too.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";

const schema = z.object({
  userId: z.string().trim().min(1, "Choose a person."),
  teamId: z.string().trim().min(1, "Choose a team."),
  role: z.enum(["MAINTAINER", "MEMBER", "NONE"], { message: "Choose Maintainer, Member or Not in team." }),
});

export interface SetTeamRoleResult {
  userName: string;
  teamName: string;
  role: "MAINTAINER" | "MEMBER" | "NONE";
  changed: boolean;
}

export const setTeamRole: ActionDefinition<typeof schema, SetTeamRoleResult> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      const [user, team] = await Promise.all([
        tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true } }),
        tx.team.findUnique({
          where: { id: input.teamId },
          select: { id: true, name: true, slug: true, archivedAt: true },
        }),
      ]);
      if (!user) throw new NotFoundError("That person");
      if (!team || team.archivedAt) throw new NotFoundError("That team");
      const key = { userId_teamId: { userId: user.id, teamId: team.id } };
      const current = await tx.membership.findUnique({ where: key, select: { role: true } });
      const before = current?.role ?? "NONE";
      const result = { userName: user.name, teamName: team.name, role: input.role, changed: before !== input.role };
      if (!result.changed) return result;

      if (input.role === "NONE") await tx.membership.delete({ where: key });
      else
        await tx.membership.upsert({
          where: key,
          create: { userId: user.id, teamId: team.id, role: input.role },
          update: { role: input.role },
        });
      await recordAuditEvent(tx, {
        actor: principal,
        action:
          before === "NONE" ? "membership.add" : input.role === "NONE" ? "membership.remove" : "membership.update",
        targetType: "User",
        targetId: user.id,
        teamId: team.id,
        before: before === "NONE" ? null : { team: team.slug, role: before },
        after: input.role === "NONE" ? null : { team: team.slug, role: input.role },
      });
      return result;
    }),
  success: (r) =>
    !r.changed
      ? "Nothing to change."
      : r.role === "NONE"
        ? `${r.userName} is no longer in ${r.teamName}.`
        : `${r.userName} is now ${r.role === "MAINTAINER" ? "a maintainer" : "a member"} of ${r.teamName}.`,
};
