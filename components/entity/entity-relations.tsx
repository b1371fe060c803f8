// Lineage one hop out: what flows into this entity (upstream) and what it feeds (downstream).
import { connection } from "next/server";
import { ArrowDownToLine, ArrowUpFromLine } from "lucide-react";
import { listEntityRelations, type RelatedEntity } from "@/lib/server/queries/list-entity-relations";
import { formatCount } from "@/lib/domain/format/number";
import { enumLabel } from "@/lib/domain/format/labels";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RatingWithRatio } from "@/components/score/score-cells";
import { EntityLink } from "./entity-link";
import { TeamLink } from "./team-link";

export async function EntityRelations({ entityId }: { entityId: string }) {
  await connection();
  const r = await listEntityRelations({ entityId });
  return (
    <Card>
      <CardHeader title="Lineage" description="Direct relations, in the direction data flows." />
      <Side
        icon={<ArrowDownToLine aria-hidden className="size-3.5 text-muted" />}
        title="Upstream"
        hint="feeds this entity"
        rows={r.upstream}
        total={r.upstreamTotal}
        empty="Nothing is recorded as feeding this entity."
      />
      <Side
        icon={<ArrowUpFromLine aria-hidden className="size-3.5 text-muted" />}
        title="Downstream"
        hint="depends on this entity"
        rows={r.downstream}
        total={r.downstreamTotal}
        empty="Nothing is recorded as depending on this entity."
      />
    </Card>
  );
}

function Side({ icon, title, hint, rows, total, empty }: { icon: React.ReactNode; title: string; hint: string; rows: RelatedEntity[]; total: number; empty: string }) {
  return (
    <div className="border-t border-border">
      <div className="flex h-9 items-center gap-2 bg-surface-muted px-5 text-xs">
        {icon}
        <span className="font-medium text-foreground">{title}</span>
        <span className="text-subtle tabular">{formatCount(total)}</span>
        <span className="text-subtle">· {hint}</span>
        {total > rows.length ? <span className="ml-auto text-muted">showing first {formatCount(rows.length)}</span> : null}
      </div>
      {rows.length === 0 ? (
        <p className="border-t border-border px-5 py-4 text-[13px] text-muted">{empty}</p>
      ) : (
        <Table minWidth={600} className="table-fixed">
          <THead>
            <tr>
              <TH className="w-[40%]">Entity</TH>
              <TH className="w-[25%]">Relation</TH>
              <TH className="w-[19%]">Team</TH>
              <TH className="w-[16%]">Debt</TH>
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
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
