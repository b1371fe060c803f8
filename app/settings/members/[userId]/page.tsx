// /settings/members/[userId]: one person's organisation role, team roles and the audit trail
// of changes to them (organisation admins only).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ArrowLeft } from "lucide-react";
import { AuditList } from "@/components/audit/audit-list";
import { AdminOnly } from "@/components/settings/admin-only";
import { OrgRoleForm } from "@/components/settings/org-role-form";
import { RenameForm } from "@/components/settings/rename-form";
import { TeamRoleForm } from "@/components/settings/team-role-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { TableSkeleton } from "@/components/ui/skeleton";
import { initials } from "@/lib/domain/auth/role-label";
import { formatDate } from "@/lib/domain/format/date";
import { getViewer } from "@/lib/server/auth/viewer";
import { getMember } from "@/lib/server/members/get-member";

export const metadata: Metadata = { title: "Member" };

export default function MemberPage({ params }: PageProps<"/settings/members/[userId]">) {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={6} />
        </Card>
      }
    >
      <Member params={params} />
    </Suspense>
  );
}

async function Member({ params }: { params: PageProps<"/settings/members/[userId]">["params"] }) {
  const viewer = await getViewer();
  if (!viewer?.isAdmin) return <AdminOnly what="Members and roles are managed by organisation admins." />;
  const { userId } = await params;
  const member = await getMember(userId);
  if (!member) notFound();
  return (
    <div className="space-y-5">
      <Link
        href="/settings/members"
        className="inline-flex items-center gap-1 text-[13px] text-muted hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-3.5" /> All members
      </Link>
      <div className="flex items-center gap-3.5">
        <span
          aria-hidden
          className="flex size-11 items-center justify-center rounded-full bg-foreground text-sm font-semibold text-surface"
        >
          {initials(member.name)}
        </span>
        <div>
          <h2 className="flex items-center gap-2 text-lg font-semibold text-foreground">
            {member.name}
            {member.orgRole === "ADMIN" ? <Badge tone="accent">Admin</Badge> : null}
            {member.deactivated ? <Badge tone="danger">Deactivated</Badge> : null}
          </h2>
          <p className="text-[13px] text-muted">
            {member.email} · joined {formatDate(member.createdAt)}
          </p>
        </div>
      </div>
      <Card>
        <CardHeader
          title="Name"
          description="Only organisation admins change names; each change is in the audit trail."
        />
        <CardBody>
          <RenameForm userId={member.id} name={member.name} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Organisation role" description="There is always at least one organisation admin." />
        <CardBody>
          <OrgRoleForm userId={member.id} orgRole={member.orgRole} />
        </CardBody>
      </Card>
      <Card className="overflow-hidden">
        <CardHeader
          title="Teams"
          description="Maintainers change their team's catalogue, assessments, findings and reviews; members read and keep drafts."
        />
        <Table>
          <THead>
            <tr>
              <TH>Team</TH>
              <TH align="right">Role</TH>
            </tr>
          </THead>
          <TBody>
            {member.teams.map((t) => (
              <TR key={t.id}>
                <TD>
                  <Link href={`/teams/${t.slug}`} className="font-medium text-foreground hover:text-accent">
                    {t.name}
                  </Link>
                </TD>
                <TD align="right">
                  <TeamRoleForm userId={member.id} team={t} role={t.role} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card className="overflow-hidden">
        <CardHeader title="History" description="Changes to this person's access, and their sign-ins." />
        <Suspense fallback={<TableSkeleton rows={4} />}>
          <AuditList filter={{ targetType: "User", targetId: member.id }} limit={20} />
        </Suspense>
      </Card>
    </div>
  );
}
