// The audit trail: who, when, what, before and after. Call it inside the same transaction as
// the change, so a change and its record commit or roll back together.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/client";
import type { Principal } from "@/lib/domain/auth/permissions";

export interface AuditInput {
  actor: Principal | null;
  /** Verb-noun, e.g. "entity.update", "import.apply", "assessment.submit". */
  action: string;
  targetType: string;
  targetId?: string | null;
  teamId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export async function recordAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  // Who acted, as they are called now, frozen on the row: a later rename (by an admin, audited)
  // never changes the name shown on what someone did before it. Read inside the transaction
  // from the User row rather than trusted from the caller's principal.
  const userId = input.actor?.userId ?? null;
  const person = userId
    ? await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } })
    : null;
  await tx.auditEvent.create({
    data: {
      actorId: userId,
      actorName: person?.name ?? (input.actor?.name || null),
      actorEmail: person?.email ?? null,
      tokenId: input.actor?.token?.id ?? null,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      teamId: input.teamId ?? null,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}
