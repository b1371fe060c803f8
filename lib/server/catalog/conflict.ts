// The optimistic-concurrency refusal: who saved first and when, in words a person can act on.
import "server-only";
import type { Tx } from "@/lib/server/db/client";
import { NotFoundError, StaleVersionError } from "@/lib/server/errors";

export async function conflictFor(tx: Tx, entityId: string): Promise<StaleVersionError | NotFoundError> {
  const now = await tx.entity.findUnique({
    where: { id: entityId },
    select: { name: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!now) return new NotFoundError("That entity");
  const who = now.updatedBy?.name ?? "an API token or import";
  const when = now.updatedAt.toISOString().replace("T", " ").slice(0, 16);
  return new StaleVersionError(
    `${now.name} was changed by ${who} at ${when} UTC while you were editing. Your changes are still in the form: check theirs, then save again.`,
    now.updatedBy?.name ?? null,
    now.updatedAt,
  );
}
