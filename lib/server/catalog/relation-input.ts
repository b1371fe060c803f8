// A relation is named by its two ends, in data-flow order (`from` feeds `to`); its kind follows
// from theirs. The team that may change it owns the end whose document declares it (a model
// declares the features it uses, a consumer the models it reads and the sources it writes).
import "server-only";
import { z } from "zod";
import { parseEntityRef } from "@/lib/domain/catalog-yaml/refs";
import { FIELD_OF, relationFrom, type RelationKind } from "@/lib/domain/catalog-yaml/relations";
import type { EntityRef } from "@/lib/domain/catalog-yaml/types";
import { KIND_LABELS } from "@/lib/domain/kinds";

const ref = z
  .string()
  .trim()
  .min(1, "Name an entity, e.g. feature:clicks-7d.")
  .transform((v, ctx) => {
    const r = parseEntityRef(v, null);
    if (typeof r === "string") {
      ctx.addIssue({ code: "custom", message: r });
      return z.NEVER;
    }
    return r;
  });

export const relationInputSchema = z.object({ from: ref, to: ref }).transform((v, ctx) => {
  const kind = relationFrom(v.from.kind, v.to.kind);
  if (!kind) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: `Data cannot flow from a ${KIND_LABELS[v.from.kind].one.toLowerCase()} into a ${KIND_LABELS[v.to.kind].one.toLowerCase()}.`,
    });
    return z.NEVER;
  }
  return { ...v, kind };
});

export type RelationInput = { from: EntityRef; to: EntityRef; kind: RelationKind };

export function ownerEnd(input: RelationInput): EntityRef {
  return FIELD_OF[input.kind].owner === "to" ? input.to : input.from;
}
