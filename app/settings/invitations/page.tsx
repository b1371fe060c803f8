// /settings/invitations: invite people by a one-time link, see and withdraw open invitations (admins only).
import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AdminOnly } from "@/components/settings/admin-only";
import { InvitationTable } from "@/components/settings/invitation-table";
import { InviteForm } from "@/components/settings/invite-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { getViewer } from "@/lib/server/auth/viewer";
import { listInvitations } from "@/lib/server/members/list-invitations";

export const metadata: Metadata = { title: "Invitations" };

export default function InvitationsPage() {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={6} />
        </Card>
      }
    >
      <Invitations />
    </Suspense>
  );
}

async function Invitations() {
  await connection();
  const viewer = await getViewer();
  if (!viewer?.isAdmin) return <AdminOnly what="Invitations are made by organisation admins." />;
  const now = new Date();
  const rows = await listInvitations({ now });
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader
          title="Invite someone"
          description="debtboard sends no email: create a link and send it yourself. It works once and expires; the person sets their own name and password."
        />
        <CardBody>
          <InviteForm />
        </CardBody>
      </Card>
      <Card className="overflow-hidden">
        <CardHeader
          title="Invitations"
          description="The last 30 days. Team roles are given on the members page once someone has joined."
        />
        <InvitationTable rows={rows} now={now} />
      </Card>
    </div>
  );
}
