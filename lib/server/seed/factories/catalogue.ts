// Catalogue entities and relations for tests. createEntity writes the kind's own row too, so
// an entity made here looks like one made through the app.
import type { Db, Tx } from "@/lib/server/db/client";
import type { EntityKind, Prisma, RelationKind } from "@/lib/generated/prisma/client";
import { uniqueName } from "./unique";

type EntityFields = Omit<
  Partial<Prisma.EntityUncheckedCreateInput>,
  "kind" | "model" | "feature" | "source" | "consumer"
>;

export type CreateEntityInput = EntityFields & { kind: EntityKind } & {
  model?: Prisma.ModelUncheckedCreateWithoutEntityInput;
  feature?: Prisma.FeatureUncheckedCreateWithoutEntityInput;
  source?: Prisma.DataSourceUncheckedCreateWithoutEntityInput;
  consumer?: Prisma.ConsumerUncheckedCreateWithoutEntityInput;
};

export function createEntity(db: Db | Tx, input: CreateEntityInput) {
  const { kind, model, feature, source, consumer, ...fields } = input;
  return db.entity.create({
    data: {
      kind,
      name: fields.name ?? uniqueName(kind.toLowerCase().replace("_", "-")),
      lifecycle: "PRODUCTION",
      ...fields,
      model: kind === "MODEL" ? { create: model ?? {} } : undefined,
      feature: kind === "FEATURE" ? { create: feature ?? {} } : undefined,
      source: kind === "DATA_SOURCE" ? { create: source ?? {} } : undefined,
      consumer: kind === "CONSUMER" ? { create: consumer ?? {} } : undefined,
    },
  });
}

export function createRelation(
  db: Db | Tx,
  input: { kind: RelationKind; fromId: string; toId: string; origin?: "DECLARED" | "OBSERVED" },
) {
  return db.relation.create({
    data: { kind: input.kind, fromId: input.fromId, toId: input.toId, origin: input.origin ?? "DECLARED" },
  });
}
