// Invite someone by email with an organisation role (admins only, /settings/invitations). The
// answer carries the one-time link, shown once to the admin to send on; debtboard keeps only the
// token's hash. A newer invitation to the same address replaces (revokes) the older pending one.
import { z } from "zod";
import { env } from "@/lib/config/env";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db/client";
import { AppError, ConflictError } from "@/lib/server/errors";
import type { Principal } from "@/lib/domain/auth/permissions";
import { invitationUrl, newInvitationToken } from "./invitation-token";

const schema = z.object({
  email: z.string().trim().toLowerCase().max(254, "Email is too long.").pipe(z.email("Enter an email address.")),
  orgRole: z.enum(["ADMIN", "MEMBER"], { message: "Choose Admin or Member." }),
});

export interface CreatedInvitation {
  id: string;
  email: string | null;
  orgRole: "ADMIN" | "MEMBER";
  url: string;
  expiresAt: Date;
}

/** Writes one invitation and its audit event; shared by the admin page, `npm start` and the CLI. */
export async function writeInvitation(
  tx: Tx,
  options: {
    email: string | null;
    orgRole: "ADMIN" | "MEMBER";
    bootstrap?: boolean;
    actor: Principal | null;
    via: "settings" | "start" | "command line";
    baseUrl: string;
    now?: Date;
  },
): Promise<CreatedInvitation> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + env().INVITATION_EXPIRY_HOURS * 3_600_000);
  const replaced = options.email
    ? await tx.invitation.updateMany({
        where: { email: options.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
      })
    : { count: 0 };
  const { token, tokenHash } = newInvitationToken();
  const row = await tx.invitation.create({
    data: {
      tokenHash,
      email: options.email,
      orgRole: options.orgRole,
      bootstrap: options.bootstrap ?? false,
      createdById: options.actor?.userId ?? null,
      expiresAt,
    },
  });
  await recordAuditEvent(tx, {
    actor: options.actor,
    action: "invitation.create",
    targetType: "Invitation",
    targetId: row.id,
    after: {
      email: options.email,
      orgRole: options.orgRole,
      expiresAt: expiresAt.toISOString(),
      via: options.via,
      ...(options.bootstrap ? { bootstrap: true } : {}),
      ...(replaced.count ? { replacedPending: replaced.count } : {}),
    },
  });
  return {
    id: row.id,
    email: row.email,
    orgRole: row.orgRole,
    url: invitationUrl(options.baseUrl, token),
    expiresAt,
  };
}

export const createInvitation: ActionDefinition<typeof schema, CreatedInvitation> = {
  schema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { deactivatedAt: true } });
      if (existing)
        throw new ConflictError(
          existing.deactivatedAt
            ? `${input.email} has a deactivated account; reactivate it on the members page instead.`
            : `${input.email} already has an account.`,
        );
      const baseUrl = env().BETTER_AUTH_URL;
      if (!baseUrl) throw new AppError("invalid", "BETTER_AUTH_URL is not set, so there is no address to link to.");
      return writeInvitation(tx, {
        email: input.email,
        orgRole: input.orgRole,
        actor: principal,
        via: "settings",
        baseUrl,
      });
    }),
  success: (r) => `Invitation for ${r.email} created. Copy the link and send it to them.`,
};
