// How many of a team's (or the organisation's) gated entities fail their gate and since when,
// the longest-failing first; each opens the items behind its rating. Put it in <Suspense>.
import Link from "next/link";
import { connection } from "next/server";
import { evaluateGates } from "@/lib/server/gates/evaluate-gates";
import { summarizeGates } from "@/lib/domain/scoring/gate";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import { formatCount } from "@/lib/domain/format/number";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { enumLabel } from "@/lib/domain/format/labels";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { GateBadge } from "./gate-badge";

export async function GateSummaryCard({ teamId }: { teamId?: string }) {
  await connection();
  const gates = await evaluateGates({ teamId });
  const summary = summarizeGates(gates);
  const now = new Date();
  const failing = gates
    .filter((g) => g.status === "FAIL")
    .sort(
      (a, b) => (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0) || a.entity.name.localeCompare(b.entity.name),
    );
  const scope = teamId ? "the team's" : "the organisation's";
  return (
    <Card>
      <CardHeader
        title="Gates"
        description={
          summary.gated === 0 ? (
            <>
              No target applies to {scope} entities.{" "}
              <Link href="/settings/gates" className="text-accent underline underline-offset-2">
                Targets
              </Link>
            </>
          ) : (
            <>
              {formatCount(summary.failing)} of {formatCount(summary.gated)} gated entities fail their target
              {summary.failingSince ? `, the longest since ${formatDate(summary.failingSince)}` : ""}.{" "}
              <Link href="/settings/gates" className="text-accent underline underline-offset-2">
                Targets
              </Link>
            </>
          )
        }
        action={
          summary.status === "NONE" ? null : summary.status === "PASS" ? (
            <GateBadge status="PASS" target={null} />
          ) : (
            <span className="text-xs font-medium text-danger">{formatCount(summary.failing)} failing</span>
          )
        }
      />
      {failing.length > 0 ? (
        // Every failing entity, scrolling past about eight rows.
        <div className="max-h-[400px] overflow-y-auto">
          <Table minWidth={560} className="table-fixed">
            <caption className="sr-only">Entities failing their gate, longest first</caption>
            <THead>
              <tr>
                <TH>Entity</TH>
                <TH className="w-[104px]">Lifecycle</TH>
                <TH className="w-[104px]">Rating / target</TH>
                <TH align="right" className="w-[120px]">
                  Failing since
                </TH>
              </tr>
            </THead>
            <TBody>
              {failing.map((g) => (
                <TR key={g.entity.id}>
                  <TD className="truncate">
                    <Link
                      href={whyHref({ entity: g.entity })}
                      className="font-mono text-xs text-foreground hover:text-accent hover:underline"
                      title={g.reason}
                    >
                      {g.entity.name}
                    </Link>
                    {!teamId && g.entity.teamName ? (
                      <span className="ml-1.5 text-[11px] text-subtle">{g.entity.teamName}</span>
                    ) : null}
                  </TD>
                  <TD className="text-muted">{enumLabel(g.entity.lifecycle)}</TD>
                  <TD>
                    <span className="inline-flex items-center gap-1.5 text-xs text-muted">
                      <RatingBadge rating={g.rating} size="sm" /> ≥ {g.target.rating}
                    </span>
                  </TD>
                  <TD align="right" className="whitespace-nowrap text-muted" title={formatDate(g.since)}>
                    {formatRelative(g.since, now)}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      ) : (
        <CardBody>
          <p className="text-[13px] text-muted">
            {summary.gated === 0
              ? "Set targets to gate entities by lifecycle."
              : "Every gated entity meets its target."}
          </p>
        </CardBody>
      )}
    </Card>
  );
}
