// Lineage one hop out: what flows into this entity (upstream) and what it feeds (downstream).
import { connection } from "next/server";
import { ArrowDownToLine, ArrowUpFromLine } from "lucide-react";
import { listEntityRelations, type RelatedEntity } from "@/lib/server/catalog/list-entity-relations";
import { formatCount } from "@/lib/domain/format/number";
import { enumLabel } from "@/lib/domain/format/labels";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RatingWithRatio } from "@/components/score/score-cells";
import { EntityLink } from "./entity-link";
import { TeamLink } from "./team-link";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { LinkEntityForm, UnlinkForm } from "./relation-editor";
import { unlinkFields, type LineageSide } from "./unlink-fields";

export interface EntityRelationsProps {
  entityId: string;
  /** Set when the viewer may change this entity's relations: its reference, e.g. "model:ctr-v3". */
  editableAs?: string | null;
}

export async function EntityRelations({ entityId, editableAs = null }: EntityRelationsProps) {
  await connection();
  const r = await listEntityRelations({ entityId });
  return (
    <Card>
      <CardHeader title="Lineage" description="Direct relations, in the direction data flows." />
      <Side
        icon={<ArrowDownToLine aria-hidden className="size-3.5 text-muted" />}
        title="Upstream"
        hint="feeds this entity"
        side="upstream"
        rows={r.upstream}
        total={r.upstreamTotal}
        empty="Nothing is recorded as feeding this entity."
        self={editableAs}
      />
      <Side
        icon={<ArrowUpFromLine aria-hidden className="size-3.5 text-muted" />}
        title="Downstream"
        hint="depends on this entity"
        side="downstream"
        rows={r.downstream}
        total={r.downstreamTotal}
        empty="Nothing is recorded as depending on this entity."
        self={editableAs}
      />
      {editableAs ? (
        <LinkEntityForm self={editableAs} hint={LINK_HINT[editableAs.split(":")[0] ?? ""] ?? "feature:clicks-7d"} />
      ) : null}
    </Card>
  );
}

const LINK_HINT: Record<string, string> = {
  model: "feature:clicks-7d or consumer:bidder",
  feature: "source:events.clicks, model:ctr-v2 or model:ctr-v3",
  source: "consumer:bidder, feature:clicks-7d or source:events.raw",
  consumer: "model:ctr-v3 or source:events.bids",
};

function Side({
  icon,
  title,
  hint,
  side,
  rows,
  total,
  empty,
  self,
}: {
  icon: React.ReactNode;
  title: string;
  hint: string;
  side: LineageSide;
  rows: RelatedEntity[];
  total: number;
  empty: string;
  self: string | null;
}) {
  const table = (
    <Table minWidth={600} className="table-fixed">
      <THead>
        <tr>
          <TH className={self ? "w-[34%]" : "w-[40%]"}>Entity</TH>
          <TH className="w-[25%]">Relation</TH>
          <TH className={self ? "w-[17%]" : "w-[19%]"}>Team</TH>
          <TH className="w-[16%]">Debt</TH>
          {self ? (
            // Wide enough for the button and the row's end padding at any table width (5 % was not).
            <TH className="w-14">
              <span className="sr-only">Unlink</span>
            </TH>
          ) : null}
        </tr>
      </THead>
      <TBody>
        {rows.map((rel) => (
          <TR key={rel.relationId}>
            <TD>
              <EntityLink kind={rel.entity.kind} name={rel.entity.name} />
            </TD>
            <TD className="truncate text-muted">
              {enumLabel(rel.relationKind)}
              {rel.origin === "OBSERVED" ? (
                <Badge tone="warning" className="ml-2">
                  Observed
                </Badge>
              ) : null}
              {rel.entity.archived ? <Badge className="ml-2">Archived</Badge> : null}
            </TD>
            <TD>
              <TeamLink team={rel.entity.team} />
            </TD>
            <TD>
              <RatingWithRatio sums={rel.sums} />
            </TD>
            {self ? (
              <TD align="right">
                <UnlinkButton self={self} side={side} other={formatRef(rel.entity.kind, rel.entity.name)} />
              </TD>
            ) : null}
          </TR>
        ))}
      </TBody>
    </Table>
  );
  return (
    <div className="border-t border-border">
      <div className="flex h-9 items-center gap-2 bg-surface-muted px-5 text-xs">
        {icon}
        <span className="font-medium text-foreground">{title}</span>
        <span className="text-subtle tabular">{formatCount(total)}</span>
        <span className="text-subtle">· {hint}</span>
        {total > rows.length ? (
          <span className="ml-auto text-muted">showing first {formatCount(rows.length)}</span>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="border-t border-border px-5 py-4 text-[13px] text-muted">{empty}</p>
      ) : self ? (
        <UnlinkForm self={self} side={side}>
          {table}
        </UnlinkForm>
      ) : (
        table
      )}
    </div>
  );
}

/**
 * A row's unlink button: plain markup inside its side's UnlinkForm, which holds this entity's end;
 * the button adds the other end (from for an upstream row, to for a downstream one). Its title is
 * its accessible name (the icon is the class's ::before) and its tooltip (app/globals.css).
 */
function UnlinkButton({ self, side, other }: { self: string; side: LineageSide; other: string }) {
  const fields = unlinkFields(side);
  const ends = { [fields.self]: self, [fields.other]: other };
  const label = `Unlink ${ends.from} → ${ends.to}`;
  return <button type="submit" name={fields.other} value={other} title={label} className="unlink-button" />;
}
