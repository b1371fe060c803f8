// The way into a fresh deployment without single sign-on: while the organisation has no active
// admin, `npm start` makes a first-admin link and prints it (each start a new one; any of them
// stops working once someone has become admin through one). `npm run admin:invite` makes an admin
// invitation for a named address at any time, for whoever can run commands on the server.
import type { Db } from "@/lib/server/db/client";
import { writeInvitation, type CreatedInvitation } from "./create-invitation";

export async function inviteFirstAdminIfNone(db: Db, baseUrl: string): Promise<CreatedInvitation | null> {
  if ((await db.user.count({ where: { orgRole: "ADMIN", deactivatedAt: null } })) > 0) return null;
  return db.$transaction((tx) =>
    writeInvitation(tx, { email: null, orgRole: "ADMIN", bootstrap: true, actor: null, via: "start", baseUrl }),
  );
}

export async function inviteAdminByCommand(db: Db, email: string, baseUrl: string): Promise<CreatedInvitation> {
  return db.$transaction((tx) =>
    writeInvitation(tx, { email, orgRole: "ADMIN", actor: null, via: "command line", baseUrl }),
  );
}
