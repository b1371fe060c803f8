// Create a personal API token: it acts as its owner (never more than the owner may do), further
// limited to its scopes. Anyone signed in may make their own; tokens cannot make tokens, so a
// leaked token cannot mint a longer-lived one.
import { z } from "zod";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { heldPermissions } from "@/lib/domain/auth/permissions";
import { disallowedScopes, expiresAtFor } from "@/lib/domain/auth/token-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { tokenFields, type CreatedToken } from "@/lib/server/tokens/token-input";

const schema = z.object(tokenFields);

export const createPersonalToken: ActionDefinition<typeof schema, CreatedToken> = {
  schema,
  permission: "token:own",
  teamOf: async () => null,
  run: async (input, principal) => {
    if (principal.token || !principal.userId)
      throw new ForbiddenError("Create tokens in debtboard while signed in, not with another token.");
    const refused = disallowedScopes("personal", input.scopes, heldPermissions(principal));
    if (refused.length > 0)
      throw new InvalidInputError("A personal token cannot do more than you may.", {
        scopes: [`You do not hold: ${refused.join(", ")}.`],
      });
    const minted = mintApiToken();
    const expiresAt = expiresAtFor(input.expiresIn, new Date());
    const scopes = [...new Set(input.scopes)];
    const userId = principal.userId;
    const token = await db().$transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: {
          name: input.name,
          tokenHash: minted.hash,
          prefix: minted.prefix,
          userId,
          createdById: userId,
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
        after: {
          kind: "personal",
          name: input.name,
          prefix: minted.prefix,
          userId,
          scopes,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      });
      return created;
    });
    return {
      id: token.id,
      name: input.name,
      prefix: minted.prefix,
      secret: minted.secret,
      expiresAt: expiresAt?.toISOString() ?? null,
    };
  },
  success: (r) => `Token “${r.name}” created. Copy it now: it will not be shown again.`,
};
