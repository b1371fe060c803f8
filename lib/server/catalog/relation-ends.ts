// Both ends of a relation named in a request, looked up inside the change's transaction: their
// rows, the unique key of the relation between them, a label for messages, and the end whose
// team owns the relation (the document that declares it).
import "server-only";
import type { Tx } from "@/lib/server/db/client";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { ownerEnd, type RelationInput } from "./relation-input";
import { entityOrThrow } from "./team-of";

export async function resolveRelationEnds(tx: Tx, input: RelationInput) {
  const from = await entityOrThrow(input.from.kind, input.from.name, tx);
  const to = await entityOrThrow(input.to.kind, input.to.name, tx);
  const owning = ownerEnd(input);
  const fromRef = formatRef(input.from.kind, input.from.name);
  const toRef = formatRef(input.to.kind, input.to.name);
  return {
    from,
    to,
    owner: owning.kind === input.to.kind && owning.name === input.to.name ? to : from,
    key: { fromId_toId_kind: { fromId: from.id, toId: to.id, kind: input.kind } },
    fromRef,
    toRef,
    label: `${fromRef} → ${toRef}`,
  };
}
