// The action-item table both lists use (the action-items page and the review/team page's open
// items): title with its entity, reason or verification; team; owner; status; estimate; due.
import Link from "next/link";
import type { ActionItemStatus } from "@/lib/domain/action-items/schema";
import { isActive, type Verification } from "@/lib/domain/action-items/status";
import type { EntityKind } from "@/lib/domain/kinds";
import { formatDate } from "@/lib/domain/format/date";
import { formatDays } from "@/lib/domain/format/number";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { DueDate, StatusBadge, VerificationNote } from "./action-item-bits";

export interface ActionItemTableRow {
  id: string;
  title: string;
  status: ActionItemStatus;
  dueDate: Date | null;
  completedAt?: Date | null;
  estimateDays: number | null;
  team: { slug: string; name: string };
  owner: string | null;
  entity: { kind: EntityKind; name: string } | null;
  wontDoReason?: string | null;
  verification?: Verification;
}

export function ActionItemTable({ rows, now }: { rows: readonly ActionItemTableRow[]; now: Date }) {
  return (
    <Table minWidth={960}>
      <THead>
        <tr>
          <TH>Action</TH>
          <TH>Team</TH>
          <TH>Owner</TH>
          <TH>Status</TH>
          <TH align="right">Estimate</TH>
          <TH align="right">Due</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((a) => (
          <TR key={a.id}>
            <TD className="max-w-[420px] py-2">
              <Link
                href={`/action-items/${a.id}`}
                className="block truncate font-medium text-foreground hover:text-accent hover:underline underline-offset-2"
                title={a.title}
              >
                {a.title}
              </Link>
              <div className="mt-0.5 flex min-w-0 flex-wrap items-center gap-x-3 gap-y-0.5">
                {a.entity ? (
                  <EntityLink
                    kind={a.entity.kind}
                    name={a.entity.name}
                    className="[&_a]:text-xs [&_a]:font-normal [&_a]:text-muted"
                  />
                ) : null}
                {a.status === "WONT_DO" && a.wontDoReason ? (
                  <span className="truncate text-xs text-muted" title={a.wontDoReason}>
                    {a.wontDoReason}
                  </span>
                ) : null}
                <VerificationNote verification={a.verification ?? null} />
              </div>
            </TD>
            <TD className="max-w-[180px]">
              <TeamLink team={a.team} />
            </TD>
            <TD className="max-w-[160px] truncate">
              {a.owner ?? <span className="text-subtle italic">Unassigned</span>}
            </TD>
            <TD>
              <StatusBadge status={a.status} />
            </TD>
            <TD align="right">{formatDays(a.estimateDays)}</TD>
            <TD align="right" className="whitespace-nowrap">
              {a.status === "DONE" && a.completedAt ? (
                <span className="text-muted" title={a.dueDate ? `Was due ${formatDate(a.dueDate)}` : undefined}>
                  Done {formatDate(a.completedAt)}
                </span>
              ) : (
                <DueDate date={a.dueDate} now={now} active={isActive(a.status)} />
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
