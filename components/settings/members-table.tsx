// Everyone in the organisation: organisation role, teams and roles in them, how and when they
// last signed in, and a link to change any of it.
import Link from "next/link";
import { ChevronRight, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { initials, TEAM_ROLE_LABEL } from "@/lib/domain/auth/role-label";
import { formatRelative } from "@/lib/domain/format/date";
import type { MemberRow } from "@/lib/server/members/list-members";

export function MembersTable({ rows, now }: { rows: MemberRow[]; now: Date }) {
  if (rows.length === 0)
    return <EmptyState icon={Users} title="Nobody matches" description="Try another name or email." />;
  return (
    <Table minWidth={880}>
      <THead>
        <tr>
          <TH>Person</TH>
          <TH>Organisation role</TH>
          <TH>Teams</TH>
          <TH>Signs in with</TH>
          <TH>Last sign-in</TH>
          <TH align="right">
            <span className="sr-only">Manage</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((m) => (
          <TR key={m.id}>
            <TD>
              <span className="flex items-center gap-2.5">
                <span
                  aria-hidden
                  className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface-hover text-[10.5px] font-semibold text-muted ring-1 ring-border"
                >
                  {initials(m.name)}
                </span>
                <span className="min-w-0">
                  <span className="block font-medium text-foreground">{m.name}</span>
                  <span className="block text-xs text-muted">{m.email}</span>
                </span>
              </span>
            </TD>
            <TD>
              {m.orgRole === "ADMIN" ? <Badge tone="accent">Admin</Badge> : <Badge>Member</Badge>}
              {m.deactivated ? (
                <Badge tone="danger" className="ml-1">
                  Deactivated
                </Badge>
              ) : null}
            </TD>
            <TD>
              <span className="flex max-w-[340px] flex-wrap gap-1">
                {m.teams.length === 0 ? <span className="text-xs text-subtle">No team</span> : null}
                {m.teams.map((t) => (
                  <Badge key={t.id} tone={t.role === "MAINTAINER" ? "success" : "neutral"}>
                    {t.name} · {TEAM_ROLE_LABEL[t.role]}
                  </Badge>
                ))}
              </span>
            </TD>
            <TD className="text-muted">
              {m.signInMethods.length ? m.signInMethods.map((s) => (s === "sso" ? "SSO" : "Password")).join(", ") : "—"}
            </TD>
            <TD className="whitespace-nowrap text-muted">{formatRelative(m.lastSignInAt, now)}</TD>
            <TD align="right">
              <Link
                href={`/settings/members/${m.id}`}
                className="inline-flex items-center gap-0.5 text-[13px] font-medium text-accent hover:text-accent-hover"
              >
                Manage<span className="sr-only"> {m.name}</span>
                <ChevronRight aria-hidden className="size-3.5" />
              </Link>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
