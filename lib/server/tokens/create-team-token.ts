// Create a team API token, for a team's scripts and pipelines: it acts as a maintainer of that
// team only, limited to its scopes. Maintainers of the team and admins may create one; it works
// only while its creator still may (a maintainer who leaves the team takes its rights along;
// see token-principal.ts) and for at most MAX_TEAM_TOKEN_DAYS.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { disallowedScopes, expiresAtFor, MAX_TEAM_TOKEN_DAYS } from "@/lib/domain/auth/token-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { tokenFields, type CreatedToken } from "@/lib/server/tokens/token-input";

const schema = z.object({ ...tokenFields, teamId: z.string().trim().min(1, "Choose a team.") });

export const createTeamToken: ActionDefinition<typeof schema, CreatedToken> = {
  schema,
  permission: "token:manage",
  teamOf: async (input) =>
    (await db().team.findUnique({ where: { id: input.teamId }, select: { id: true } }))?.id ?? null,
  run: async (input, principal) => {
    if (principal.token)
      throw new ForbiddenError("Create tokens in debtboard while signed in, not with another token.");
    if (input.expiresIn === "never")
      throw new InvalidInputError("Team tokens expire.", {
        expiresIn: [`A team token lasts at most ${MAX_TEAM_TOKEN_DAYS} days: choose 1 year or less.`],
      });
    const refused = disallowedScopes("team", input.scopes);
    if (refused.length > 0)
      throw new InvalidInputError("Team tokens cannot have organisation-wide or personal scopes.", {
        scopes: [`Not for team tokens: ${refused.join(", ")}.`],
      });
    const minted = mintApiToken();
    const expiresAt = expiresAtFor(input.expiresIn, new Date());
    const scopes = [...new Set(input.scopes)];
    return db().$transaction(async (tx) => {
      const team = await tx.team.findUnique({
        where: { id: input.teamId },
        select: { id: true, slug: true, archivedAt: true },
      });
      if (!team || team.archivedAt) throw new NotFoundError("That team");
      const created = await tx.apiToken.create({
        data: {
          name: input.name,
          tokenHash: minted.hash,
          prefix: minted.prefix,
          teamId: team.id,
          createdById: principal.userId,
          scopes,
          expiresAt,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "token.create",
        targetType: "ApiToken",
        targetId: created.id,
        teamId: team.id,
        after: {
          kind: "team",
          team: team.slug,
          name: input.name,
          prefix: minted.prefix,
          scopes,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      });
      return {
        id: created.id,
        name: input.name,
        prefix: minted.prefix,
        secret: minted.secret,
        expiresAt: expiresAt?.toISOString() ?? null,
      };
    });
  },
  success: (r) => `Team token “${r.name}” created. Copy it now: it will not be shown again.`,
};
