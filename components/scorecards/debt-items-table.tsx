// The failing and partial answers behind a rating, most principal first: the item and its
// category, the answer, weight, days and what it owes, the assessor's note and evidence link,
// and the submitted assessment it comes from (read-only, with its diff).
import Link from "next/link";
import { ExternalLink } from "lucide-react";
import type { DebtItem } from "@/lib/server/scorecards/list-debt-items";
import { entityHref } from "@/lib/domain/format/labels";
import { assessmentHref } from "@/lib/domain/format/scorecard-links";
import { formatCount, formatDays } from "@/lib/domain/format/number";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { KindIcon } from "@/components/entity/kind-icon";

export function AnswerBadge({ value }: { value: string }) {
  if (value === "FAIL") return <Badge tone="danger">Fail</Badge>;
  if (value === "PARTIAL") return <Badge tone="warning">Partial</Badge>;
  if (value === "PASS") return <Badge tone="success">Pass</Badge>;
  if (value === "NA") return <Badge>N/A</Badge>;
  return <Badge>Unanswered</Badge>;
}

export function DebtItemsTable({
  items,
  showEntity,
  inPath,
}: {
  items: readonly DebtItem[];
  showEntity: boolean;
  /** Items (entity kind:name + item key) on the path to the next rating, flagged in the table. */
  inPath?: ReadonlySet<string>;
}) {
  return (
    <Table minWidth={showEntity ? 1080 : 900} className="table-fixed">
      <caption className="sr-only">Failing and partial answers, most principal first</caption>
      <THead>
        <tr>
          {showEntity ? <TH className="w-[170px]">Entity</TH> : null}
          <TH>Checklist item</TH>
          <TH className="w-[76px]">Answer</TH>
          <TH align="right" className="w-[64px]">
            Weight
          </TH>
          <TH align="right" className="w-[60px]">
            Days
          </TH>
          <TH align="right" className="w-[80px]">
            Principal
          </TH>
          <TH className="w-[260px]">Assessor&apos;s note</TH>
          <TH align="right" className="w-[96px]">
            Assessment
          </TH>
        </tr>
      </THead>
      <TBody>
        {items.map((it) => {
          const key = debtItemKey(it);
          return (
            <TR key={key}>
              {showEntity ? (
                <TD className="truncate">
                  <Link
                    href={entityHref(it.entity.kind, it.entity.name)}
                    className="inline-flex max-w-full items-center gap-1.5 font-mono text-xs text-foreground hover:text-accent hover:underline"
                  >
                    <KindIcon kind={it.entity.kind} className="size-3.5 shrink-0 text-muted" />
                    <span className="truncate">{it.entity.name}</span>
                  </Link>
                  {it.entity.teamName ? (
                    <div className="truncate text-[11px] text-subtle">{it.entity.teamName}</div>
                  ) : null}
                </TD>
              ) : null}
              <TD className="py-2">
                <div className="text-foreground">{it.question}</div>
                <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[11px] text-muted">
                  <span>{it.categoryName}</span>
                  {inPath?.has(key) ? <Badge tone="accent">on the path</Badge> : null}
                </div>
              </TD>
              <TD>
                <AnswerBadge value={it.value} />
              </TD>
              <TD align="right">{formatCount(it.weight)}</TD>
              <TD align="right" className="text-muted">
                {formatDays(it.remediationDays)}
              </TD>
              <TD align="right" className="font-medium">
                {formatDays(it.principalDays)}
              </TD>
              <TD className="py-2 text-muted">
                <div className="line-clamp-3 break-words whitespace-pre-line">
                  {it.note || <span className="text-subtle">No note.</span>}
                </div>
                {it.evidenceUrl && /^https?:\/\//i.test(it.evidenceUrl) ? (
                  <a
                    href={it.evidenceUrl}
                    target="_blank"
                    rel="noreferrer noopener"
                    className="mt-0.5 inline-flex max-w-full items-center gap-1 text-xs text-accent hover:underline"
                  >
                    <ExternalLink aria-hidden className="size-3 shrink-0" />
                    <span className="truncate">Evidence</span>
                  </a>
                ) : null}
              </TD>
              <TD align="right" className="whitespace-nowrap">
                <Link
                  href={assessmentHref(it.entity.kind, it.entity.name, it.assessmentSeq)}
                  className="text-accent hover:underline"
                  aria-label={`Assessment #${it.assessmentSeq} of ${it.entity.name}`}
                >
                  #{it.assessmentSeq}
                </Link>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

export function debtItemKey(it: Pick<DebtItem, "entity" | "itemKey">): string {
  return `${it.entity.kind}:${it.entity.name}:${it.itemKey}`;
}
