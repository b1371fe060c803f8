// There is always an organisation admin: demoting the last one is refused and writes nothing.
// Needs a database where this test alone decides who is an admin, so it runs on a scratch one.
import { afterAll, beforeAll, expect, it } from "vitest";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { ConflictError } from "@/lib/server/errors";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";
import { createPerson } from "./support/people";

const globalForDb = globalThis as unknown as { debtboardDb?: Db };
let scratch: ScratchDatabase;
let runDb: Db | undefined;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  runDb = globalForDb.debtboardDb;
  // Everything in this file (the action included) talks to the scratch database.
  globalForDb.debtboardDb = createPrismaClient(scratch.url, 2);
});

afterAll(async () => {
  await globalForDb.debtboardDb?.$disconnect();
  globalForDb.debtboardDb = runDb;
  await scratch.drop();
});

it("refuses to demote the last admin, and allows it once there is another", async () => {
  const db = globalForDb.debtboardDb!;
  const admin = await createPerson({ orgRole: "ADMIN", password: false });
  const principal = await loadPrincipal({ userId: admin.id });

  await expect(runAuthorized(setOrgRole, { userId: admin.id, orgRole: "MEMBER" }, principal)).rejects.toBeInstanceOf(
    ConflictError,
  );
  expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).orgRole).toBe("ADMIN");
  expect(await db.auditEvent.count()).toBe(0);

  const second = await createPerson({ password: false });
  await runAuthorized(setOrgRole, { userId: second.id, orgRole: "ADMIN" }, principal);
  await runAuthorized(setOrgRole, { userId: admin.id, orgRole: "MEMBER" }, principal);
  expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).orgRole).toBe("MEMBER");
  expect(await db.auditEvent.count({ where: { action: "user.org-role.update" } })).toBe(2);
});
