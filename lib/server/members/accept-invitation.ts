// Accepting an invitation: the invitee gives their name and a password (and, on a first-admin
// link, their email); debtboard creates their account with the invited role, marks the link used
// and records it, in one transaction. The invitation row is locked first, so of two people using
// one link at once exactly one gets in; a bootstrap link also takes the bootstrap lock and works
// only while there is no active admin. Nothing is created when any check fails.
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { db, type Db } from "@/lib/server/db/client";
import { AppError, ConflictError, InvalidInputError } from "@/lib/server/errors";
import { zodFieldErrors } from "@/lib/server/actions/define-action";
import { invitationStatus, invitationTokenHash } from "./invitation-token";

/** better-auth's limits (lib/server/auth/auth.ts) and its provider id for passwords. */
const MIN_PASSWORD = 12;
const MAX_PASSWORD = 256;
const CREDENTIAL = "credential";

export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(1, "This link is incomplete."),
    name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "Email is too long.")
      .pipe(z.email("Enter an email address."))
      .optional()
      .or(z.literal("").transform(() => undefined)),
    password: z
      .string()
      .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
      .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ.",
  });

export interface AcceptedInvitation {
  userId: string;
  email: string;
  name: string;
  orgRole: "ADMIN" | "MEMBER";
}

const UNUSABLE: Record<string, string> = {
  accepted: "This invitation link has already been used. Sign in instead, or ask an admin for a new one.",
  revoked: "This invitation was withdrawn. Ask an organisation admin for a new one.",
  expired: "This invitation link has expired. Ask an organisation admin for a new one.",
};

export async function acceptInvitation(
  raw: unknown,
  options: { db?: Db; now?: Date } = {},
): Promise<AcceptedInvitation> {
  const now = options.now ?? new Date();
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError("Some fields need attention.", zodFieldErrors(parsed.error));
  const input = parsed.data;
  // Hashing is deliberately slow (scrypt): do it before taking any lock.
  const passwordHash = await hashPassword(input.password);
  return (options.db ?? db()).$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Invitation" WHERE "tokenHash" = ${invitationTokenHash(input.token)} FOR UPDATE`;
    const id = locked[0]?.id;
    if (!id) throw new AppError("not_found", "This invitation link is not valid. Check that you copied all of it.");
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id } });
    const status = invitationStatus(invitation, now);
    if (status !== "pending") throw new ConflictError(UNUSABLE[status] ?? "This invitation cannot be used.");
    if (invitation.bootstrap) {
      await lockForTransaction(tx, "bootstrapAdmin");
      const admins = await tx.user.count({ where: { orgRole: "ADMIN", deactivatedAt: null } });
      if (admins > 0) throw new ConflictError("debtboard already has an organisation admin: ask them to invite you.");
    }
    const email = invitation.email ?? input.email;
    if (!email) throw new InvalidInputError("Some fields need attention.", { email: ["Enter your email address."] });
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new ConflictError(`${email} already has an account: sign in instead.`);
    const user = await tx.user.create({
      data: { name: input.name, email, emailVerified: false, orgRole: invitation.orgRole },
      select: { id: true },
    });
    await tx.account.create({
      data: { userId: user.id, providerId: CREDENTIAL, accountId: user.id, password: passwordHash },
    });
    await tx.invitation.update({ where: { id }, data: { acceptedAt: now, acceptedUserId: user.id } });
    await recordAuditEvent(tx, {
      actor: { userId: user.id, name: input.name, orgRole: invitation.orgRole, teamRoles: {} },
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: id,
      before: { status },
      after: { status: "accepted", userId: user.id, email, orgRole: invitation.orgRole },
    });
    return { userId: user.id, email, name: input.name, orgRole: invitation.orgRole };
  });
}
