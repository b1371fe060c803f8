// The last 30 days' invitations: for whom, which role, who made it, and whether it is still open.
import { MailPlus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import type { InvitationRow } from "@/lib/server/members/list-invitations";
import { RevokeInvitationButton } from "./revoke-invitation-button";

const STATUS = {
  pending: { tone: "success", label: "Open" },
  accepted: { tone: "neutral", label: "Accepted" },
  revoked: { tone: "neutral", label: "Withdrawn" },
  expired: { tone: "warning", label: "Expired" },
} as const;

export function InvitationTable({ rows, now }: { rows: InvitationRow[]; now: Date }) {
  if (rows.length === 0)
    return (
      <EmptyState
        icon={MailPlus}
        title="No invitations in the last 30 days"
        description="Invite someone above; their link appears once for you to send."
      />
    );
  return (
    <Table minWidth={760}>
      <THead>
        <tr>
          <TH>Invited</TH>
          <TH>Role</TH>
          <TH>By</TH>
          <TH>Created</TH>
          <TH>Expires</TH>
          <TH>Status</TH>
          <TH align="right">
            <span className="sr-only">Actions</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.id}>
            <TD>
              <span className="font-medium text-foreground">{r.email ?? "First admin (email chosen on the link)"}</span>
              {r.acceptedBy ? <span className="block text-xs text-muted">joined as {r.acceptedBy}</span> : null}
            </TD>
            <TD>{r.orgRole === "ADMIN" ? "Organisation admin" : "Member"}</TD>
            <TD>{r.createdBy ?? <span className="text-muted">server command</span>}</TD>
            <TD>
              <span title={r.createdAt.toISOString()}>{formatRelative(r.createdAt, now)}</span>
            </TD>
            <TD>{formatDate(r.expiresAt)}</TD>
            <TD>
              <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
            </TD>
            <TD align="right">
              {r.status === "pending" ? (
                <RevokeInvitationButton invitationId={r.id} label={r.email ?? "the first-admin link"} />
              ) : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
