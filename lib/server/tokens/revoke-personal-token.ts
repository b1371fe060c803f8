// Revoke a personal token: your own, or anyone's if you are an organisation admin (someone
// leaves, a token leaks).
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { revokeToken, type RevokedToken } from "@/lib/server/tokens/revoke-token";

const schema = z.object({ tokenId: z.string().trim().min(1, "Choose a token.") });

export const revokePersonalToken: ActionDefinition<typeof schema, RevokedToken> = {
  schema,
  permission: "token:own",
  teamOf: async () => null,
  run: async (input, { principal }) => {
    const token = await db().apiToken.findUnique({ where: { id: input.tokenId }, select: { userId: true } });
    if (!token?.userId) throw new NotFoundError("That token");
    if (token.userId !== principal.userId && principal.orgRole !== "ADMIN")
      throw new ForbiddenError("You can only revoke your own tokens.");
    return revokeToken(input.tokenId, principal);
  },
  success: (r) =>
    r.changed ? `Token “${r.name}” revoked. It no longer works.` : `Token “${r.name}” was already revoked.`,
};
