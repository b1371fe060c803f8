// Which field of the unlink form (from, to: the relation in data-flow order) each end fills, seen
// from a side of the entity page's lineage table: upstream rows flow into this entity, downstream
// rows flow out of it. Shared by the side's form (this entity's end, a hidden field) and each
// row's button (the other end) so the rule is written once.
export type LineageSide = "upstream" | "downstream";

export function unlinkFields(side: LineageSide) {
  return side === "upstream" ? ({ self: "to", other: "from" } as const) : ({ self: "from", other: "to" } as const);
}
