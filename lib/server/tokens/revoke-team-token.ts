// Revoke a team token: maintainers of its team and admins.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { revokeToken, type RevokedToken } from "@/lib/server/tokens/revoke-token";

const schema = z.object({ tokenId: z.string().trim().min(1, "Choose a token.") });

export const revokeTeamToken: ActionDefinition<typeof schema, RevokedToken> = {
  schema,
  permission: "token:manage",
  // The team is looked up from the token, never taken from the form.
  teamOf: async (input) =>
    (await db().apiToken.findUnique({ where: { id: input.tokenId }, select: { teamId: true } }))?.teamId ?? null,
  run: async (input, { principal, teamId }) => {
    // No team: no such token, or a personal one (revoke-personal-token.ts).
    if (!teamId) throw new NotFoundError("That token");
    return revokeToken(input.tokenId, principal);
  },
  success: (r) =>
    r.changed ? `Token “${r.name}” revoked. It no longer works.` : `Token “${r.name}” was already revoked.`,
};
