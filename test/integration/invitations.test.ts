// Invitations and the first-admin bootstrap, against the real database and better-auth's real
// sign-in: a link works once, expires, can be withdrawn, creates the account with the invited
// role and a working password, and every step is in the audit trail.
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { auth } from "@/lib/server/auth/auth";
import { createPrismaClient, db } from "@/lib/server/db/client";
import { AppError, ConflictError, InvalidInputError } from "@/lib/server/errors";
import { acceptInvitation } from "@/lib/server/members/accept-invitation";
import { createInvitation, type CreatedInvitation } from "@/lib/server/members/create-invitation";
import { getInvitation } from "@/lib/server/members/get-invitation";
import { invitationTokenHash } from "@/lib/server/members/invitation-token";
import { inviteAdminByCommand, inviteFirstAdminIfNone } from "@/lib/server/members/invite-first-admin";
import { revokeInvitation } from "@/lib/server/members/revoke-invitation";
import { listInvitations } from "@/lib/server/members/list-invitations";
import type { Principal } from "@/lib/domain/auth/permissions";
import { createScratchDatabase } from "./scratch-db";
import { createPerson, uniq } from "./support/people";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await db().$disconnect();
});

const PASSWORD = "a long enough password";
const tokenOf = (invitation: CreatedInvitation) => invitation.url.split("/invite/")[1] ?? "";

async function adminPrincipal(): Promise<Principal> {
  const admin = await createPerson({ orgRole: "ADMIN" });
  return { userId: admin.id, name: admin.name, orgRole: "ADMIN", teamRoles: {} };
}

async function invite(orgRole: "ADMIN" | "MEMBER" = "MEMBER") {
  const email = `${uniq("invitee")}@example.test`;
  const invitation = await runAuthorized(createInvitation, { email, orgRole }, await adminPrincipal());
  return { email, invitation, token: tokenOf(invitation) };
}

const form = (token: string, extra: Record<string, string> = {}) => ({
  token,
  name: "Ines Invitee",
  password: PASSWORD,
  confirmPassword: PASSWORD,
  ...extra,
});

async function signIn(email: string, password: string) {
  return auth().handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        "x-forwarded-for": "203.0.113.9",
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("invitations", () => {
  it("an admin's invitation makes an account with the invited role and a password that signs in", async () => {
    const { email, invitation, token } = await invite("ADMIN");
    expect(invitation.url).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(invitationTokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await getInvitation(token)).toMatchObject({ status: "pending", email, orgRole: "ADMIN" });

    const accepted = await acceptInvitation(form(token));
    expect(accepted).toMatchObject({ email, name: "Ines Invitee", orgRole: "ADMIN" });
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, orgRole: true } });
    expect(user.orgRole).toBe("ADMIN");
    const account = await db().account.findFirstOrThrow({
      where: { userId: user.id, providerId: "credential" },
      select: { password: true },
    });
    expect(await verifyPassword({ hash: account.password ?? "", password: PASSWORD })).toBe(true);
    expect((await signIn(email, PASSWORD)).status).toBe(200);

    const audit = await db().auditEvent.findMany({
      where: { targetType: "Invitation", targetId: invitation.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "invitation.accept"]);
    expect(audit[1]?.actorId).toBe(user.id);
    expect(await getInvitation(token)).toEqual({ status: "accepted" });
  });

  it("works once: a second use is refused and creates nothing", async () => {
    const { token } = await invite();
    await acceptInvitation(form(token));
    const users = await db().user.count();
    await expect(acceptInvitation(form(token, { name: "Second Try" }))).rejects.toThrow(/already been used/);
    expect(await db().user.count()).toBe(users);
  });

  it("of two people using one link at the same moment, exactly one gets in", async () => {
    const { token } = await invite();
    const results = await Promise.allSettled([
      acceptInvitation(form(token, { name: "First" })),
      acceptInvitation(form(token, { name: "Second" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
  });

  it("expires", async () => {
    const { invitation, token, email } = await invite();
    const later = new Date(invitation.expiresAt.getTime() + 1);
    expect(await getInvitation(token, { now: later })).toEqual({ status: "expired" });
    await expect(acceptInvitation(form(token), { now: later })).rejects.toThrow(/has expired/);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
  });

  it("can be withdrawn by an admin, and then does not work", async () => {
    const { invitation, token, email } = await invite();
    await runAuthorized(revokeInvitation, { invitationId: invitation.id }, await adminPrincipal());
    await expect(acceptInvitation(form(token))).rejects.toThrow(/withdrawn/);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    await expect(
      runAuthorized(revokeInvitation, { invitationId: invitation.id }, await adminPrincipal()),
    ).rejects.toThrow(/already revoked/);
    const rows = await listInvitations();
    expect(rows.find((r) => r.id === invitation.id)).toMatchObject({ status: "revoked", email });
  });

  it("a newer invitation to the same address replaces the pending one", async () => {
    const { email, token } = await invite();
    const newer = await runAuthorized(createInvitation, { email, orgRole: "MEMBER" }, await adminPrincipal());
    await expect(acceptInvitation(form(token))).rejects.toThrow(/withdrawn/);
    await expect(acceptInvitation(form(tokenOf(newer)))).resolves.toMatchObject({ email });
  });

  it.each([
    ["a short password", { password: "short", confirmPassword: "short" }, "password"],
    ["passwords that differ", { confirmPassword: "another long password" }, "confirmPassword"],
    ["no name", { name: "  " }, "name"],
  ])("refuses %s, naming the field, and creates nothing", async (_label, extra, field) => {
    const { token, email } = await invite();
    const error = await acceptInvitation(form(token, extra)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(Object.keys((error as InvalidInputError).fieldErrors)).toContain(field);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    expect(await getInvitation(token)).toMatchObject({ status: "pending" });
  });

  it("refuses an unknown link, and an address that already has an account", async () => {
    await expect(acceptInvitation(form("x".repeat(43)))).rejects.toBeInstanceOf(AppError);
    expect(await getInvitation("not a token")).toEqual({ status: "unknown" });
    const existing = await createPerson();
    await expect(
      runAuthorized(createInvitation, { email: existing.email, orgRole: "MEMBER" }, await adminPrincipal()),
    ).rejects.toThrow(/already has an account/);
    await expect(
      runAuthorized(createInvitation, { email: "not an email", orgRole: "MEMBER" }, await adminPrincipal()),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("first-admin bootstrap (a fresh deployment with no admin)", () => {
  it("start-up's link makes the first admin; after that no more links are made and older ones stop working", async () => {
    const scratch = await createScratchDatabase();
    const client = createPrismaClient(scratch.url, 2);
    cleanups.push(
      () => scratch.drop(),
      () => client.$disconnect(),
    );
    const base = "https://debtboard.example.com";

    const first = await inviteFirstAdminIfNone(client, base);
    const second = await inviteFirstAdminIfNone(client, base); // another start before anyone used the first
    expect(first?.url).toMatch(/^https:\/\/debtboard\.example\.com\/invite\//);
    expect(second).not.toBeNull();
    if (!first || !second) return;
    expect(await getInvitation(tokenOf(first), { db: client })).toMatchObject({
      status: "pending",
      email: null,
      bootstrap: true,
    });

    // The bootstrap link asks for the email.
    const noEmail = await acceptInvitation(form(tokenOf(first)), { db: client }).catch((e: unknown) => e);
    expect(noEmail).toBeInstanceOf(InvalidInputError);
    const admin = await acceptInvitation(form(tokenOf(first), { email: "Founder@Example.com" }), { db: client });
    expect(admin).toMatchObject({ email: "founder@example.com", orgRole: "ADMIN" });

    expect(await inviteFirstAdminIfNone(client, base)).toBeNull();
    expect(await getInvitation(tokenOf(second), { db: client })).toEqual({ status: "closed" });
    await expect(
      acceptInvitation(form(tokenOf(second), { email: "late@example.com" }), { db: client }),
    ).rejects.toThrow(/already has an organisation admin/);
    expect(await client.user.count()).toBe(1);
    const audit = await client.auditEvent.findMany({
      where: { targetType: "Invitation" },
      select: { action: true, actorId: true },
    });
    expect(audit.filter((a) => a.action === "invitation.create")).toEqual([
      { action: "invitation.create", actorId: null },
      { action: "invitation.create", actorId: null },
    ]);
    expect(audit.filter((a) => a.action === "invitation.accept")).toHaveLength(1);
  });

  it("two first-admin links used at the same moment make one admin", async () => {
    const scratch = await createScratchDatabase();
    const client = createPrismaClient(scratch.url, 3);
    cleanups.push(
      () => scratch.drop(),
      () => client.$disconnect(),
    );
    const [a, b] = await Promise.all([
      inviteFirstAdminIfNone(client, "http://x"),
      inviteFirstAdminIfNone(client, "http://x"),
    ]);
    if (!a || !b) throw new Error("no bootstrap links");
    const results = await Promise.allSettled([
      acceptInvitation(form(tokenOf(a), { email: "a@example.com" }), { db: client }),
      acceptInvitation(form(tokenOf(b), { email: "b@example.com" }), { db: client }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await client.user.count({ where: { orgRole: "ADMIN" } })).toBe(1);
  });

  it("npm run admin:invite's link makes the named address an admin, any time", async () => {
    const email = `${uniq("ops")}@example.test`;
    const invitation = await inviteAdminByCommand(db(), email, "http://localhost:3000");
    await expect(acceptInvitation(form(tokenOf(invitation)))).resolves.toMatchObject({ email, orgRole: "ADMIN" });
  });
});
