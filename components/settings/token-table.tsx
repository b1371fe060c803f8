// The API tokens a person can see, with who they act as, scopes, expiry, last use and status.
import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Principal } from "@/lib/domain/auth/permissions";
import { teamTokenEnd, tokenStatus } from "@/lib/domain/auth/token-policy";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import type { TokenRow } from "@/lib/server/tokens/list-api-tokens";
import { RevokeTokenButton } from "./revoke-token-button";

const STATUS_TONE = { active: "success", expired: "warning", revoked: "neutral" } as const;

export function TokenTable({ tokens, principal, now }: { tokens: TokenRow[]; principal: Principal; now: Date }) {
  if (tokens.length === 0) {
    return (
      <EmptyState
        icon={KeyRound}
        title="No API tokens yet"
        description="Create one above for a script, a pipeline or the command line."
      />
    );
  }
  const mayRevoke = (t: TokenRow) =>
    principal.orgRole === "ADMIN" ||
    (t.owner.kind === "personal"
      ? t.owner.userId === principal.userId
      : principal.teamRoles[t.owner.teamId] === "MAINTAINER");
  return (
    <Table minWidth={860}>
      <THead>
        <tr>
          <TH>Token</TH>
          <TH>Acts as</TH>
          <TH>Scopes</TH>
          <TH>Created</TH>
          <TH>Expires</TH>
          <TH>Last used</TH>
          <TH>Status</TH>
          <TH align="right">
            <span className="sr-only">Actions</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {tokens.map((t) => {
          const status = tokenStatus({ ...t, team: t.owner.kind === "team" }, now);
          return (
            <TR key={t.id}>
              <TD>
                <span className="block font-medium text-foreground">{t.name}</span>
                <code className="font-mono text-xs text-subtle">{t.prefix}…</code>
              </TD>
              <TD>
                {t.owner.kind === "team" ? (
                  <span>
                    {t.owner.name} <span className="text-muted">· team</span>
                    {t.createdBy ? <span className="block text-xs text-muted">made by {t.createdBy}</span> : null}
                  </span>
                ) : (
                  <span>{t.owner.userId === principal.userId ? "You" : t.owner.name}</span>
                )}
              </TD>
              <TD>
                <span className="flex max-w-[260px] flex-wrap gap-1">
                  {t.scopes.slice(0, 3).map((s) => (
                    <Badge key={s}>{s}</Badge>
                  ))}
                  {t.scopes.length > 3 ? <Badge tone="accent">+{t.scopes.length - 3}</Badge> : null}
                </span>
              </TD>
              <TD className="whitespace-nowrap text-muted">{formatDate(t.createdAt)}</TD>
              <TD className="whitespace-nowrap text-muted">
                {t.owner.kind === "team"
                  ? formatDate(teamTokenEnd(t))
                  : t.expiresAt
                    ? formatDate(t.expiresAt)
                    : "Never"}
              </TD>
              <TD className="whitespace-nowrap text-muted">{formatRelative(t.lastUsedAt, now)}</TD>
              <TD>
                <Badge tone={STATUS_TONE[status]}>
                  {status === "active" ? "Active" : status === "expired" ? "Expired" : "Revoked"}
                </Badge>
              </TD>
              <TD align="right">
                {status !== "revoked" && mayRevoke(t) ? (
                  <RevokeTokenButton tokenId={t.id} kind={t.owner.kind} name={t.name} />
                ) : null}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
