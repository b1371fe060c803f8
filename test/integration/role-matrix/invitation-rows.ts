// Rows for invitations (issue 18): only organisation admins invite people or withdraw an
// invitation. No /api/v1 endpoint on purpose: the link is a secret shown once to the admin who
// made it, in the browser. (Accepting is done by the link's holder, signed out, and is tested in
// invitations.test.ts and e2e/invitations.spec.ts.)
import { db } from "@/lib/server/db/client";
import { createInvitation, writeInvitation } from "@/lib/server/members/create-invitation";
import { revokeInvitation } from "@/lib/server/members/revoke-invitation";
import { inviteMember, withdrawInvitation } from "@/lib/server/members/actions";
import { uniq } from "../support/people";
import type { MatrixRow, ServerAction } from "./types";

const invitationsFor = (email: string) =>
  db().invitation.findMany({ where: { email }, select: { id: true, revokedAt: true, acceptedAt: true } });

export const invitationRows: MatrixRow[] = [
  {
    name: "members.create-invitation (invite someone by link)",
    action: createInvitation,
    serverAction: inviteMember as ServerAction,
    allowed: ["admin"],
    prepare: async () => {
      const email = `${uniq("matrix-invitee")}@example.test`;
      return {
        input: { email, orgRole: "MEMBER" },
        state: async () => ({
          invitations: await invitationsFor(email),
          audit: await db().auditEvent.count({
            where: { action: "invitation.create", after: { path: ["email"], equals: email } },
          }),
        }),
      };
    },
  },
  {
    name: "members.revoke-invitation (withdraw an invitation)",
    action: revokeInvitation,
    serverAction: withdrawInvitation,
    allowed: ["admin"],
    prepare: async () => {
      const email = `${uniq("matrix-invitee")}@example.test`;
      const invitation = await db().$transaction((tx) =>
        writeInvitation(tx, {
          email,
          orgRole: "MEMBER",
          actor: null,
          via: "command line",
          baseUrl: "http://localhost:3000",
        }),
      );
      return {
        input: { invitationId: invitation.id },
        state: async () => ({
          invitations: await invitationsFor(email),
          audit: await db().auditEvent.count({ where: { action: "invitation.revoke", targetId: invitation.id } }),
        }),
      };
    },
  },
];
