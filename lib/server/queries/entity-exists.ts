// Whether a catalogue entity exists (archived ones included): pages check it before they start
// streaming, so an unknown name answers with a real HTTP 404, not a 200 that renders "not found".
import type { EntityKind } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";

export async function entityExists(options: { kind: EntityKind; name: string }): Promise<boolean> {
  const found = await db().entity.findUnique({ where: { kind_name: options }, select: { id: true } });
  return found !== null;
}
