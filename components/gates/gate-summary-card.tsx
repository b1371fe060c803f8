// How many of a team's (or the organisation's) gated entities fail their gate and since when,
// the longest-failing first; each opens the items behind its rating. The card shows the first
// few and links to /gates, which pages through them all. Put it in <Suspense>.
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
import { Pagination } from "@/components/ui/pagination";
import { GateBadge } from "./gate-badge";

/** Rows on the overview's and a team page's card; /gates lists the rest, GATES_PAGE_SIZE a page. */
export const GATE_CARD_ROWS = 8;
export const GATES_PAGE_SIZE = 50;

export function gatesHref(teamSlug?: string, page = 1): string {
  const search = new URLSearchParams();
  if (teamSlug) search.set("team", teamSlug);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `/gates?${query}` : "/gates";
}

export async function GateSummaryCard({
  teamId,
  teamSlug,
  page,
}: {
  teamId?: string;
  teamSlug?: string;
  /** Set on /gates: every failing entity, a page at a time, instead of the card's first few. */
  page?: number;
}) {
  await connection();
  const gates = await evaluateGates({ teamId, gatedOnly: true });
  const summary = summarizeGates(gates);
  const now = new Date();
  const failing = gates
    .filter((g) => g.status === "FAIL")
    .sort(
      (a, b) => (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0) || a.entity.name.localeCompare(b.entity.name),
    );
  const shown =
    page === undefined
      ? failing.slice(0, GATE_CARD_ROWS)
      : failing.slice((page - 1) * GATES_PAGE_SIZE, page * GATES_PAGE_SIZE);
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
        <>
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
              {shown.map((g) => (
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
          {page === undefined ? (
            failing.length > shown.length ? (
              <p className="border-t border-border px-5 py-3 text-[13px]">
                <Link href={gatesHref(teamSlug)} className="font-medium text-accent hover:underline">
                  All {formatCount(failing.length)} failing entities
                </Link>
              </p>
            ) : null
          ) : (
            <Pagination
              page={page}
              pageSize={GATES_PAGE_SIZE}
              total={failing.length}
              href={(p) => gatesHref(teamSlug, p)}
            />
          )}
        </>
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
