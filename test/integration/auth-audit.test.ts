// Every kind of change this issue adds writes one audit event, in the same transaction as the
// change, with who, what and before/after; a refused change writes none. The trail exports as
// CSV, filtered, with formula cells defused.
import { afterAll, describe, expect, it } from "vitest";
import { GET as auditCsv } from "@/app/api/v1/audit.csv/route";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { revokePersonalToken } from "@/lib/server/tokens/revoke-personal-token";
import { revokeTeamToken } from "@/lib/server/tokens/revoke-team-token";
import { auth } from "@/lib/server/auth/auth";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db/client";
import { apiRequest, createPerson, createTeam, createToken, PASSWORD, routeContext } from "./support/people";

afterAll(async () => {
  await db().$disconnect();
});

const eventsFor = (targetId: string) =>
  db().auditEvent.findMany({
    where: { targetId, action: { not: "auth.sign-in" } },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, tokenId: true, teamId: true, before: true, after: true },
  });

async function adminPrincipal() {
  const admin = await createPerson({ orgRole: "ADMIN" });
  return { admin, principal: await loadPrincipal({ userId: admin.id }) };
}

describe("audit entries", () => {
  it("user.org-role.update records before and after", async () => {
    const { admin, principal } = await adminPrincipal();
    const target = await createPerson();
    await runAuthorized(setOrgRole, { userId: target.id, orgRole: "ADMIN" }, principal);
    await runAuthorized(setOrgRole, { userId: target.id, orgRole: "ADMIN" }, principal); // no change, no entry
    expect(await eventsFor(target.id)).toEqual([
      {
        action: "user.org-role.update",
        actorId: admin.id,
        tokenId: null,
        teamId: null,
        before: { orgRole: "MEMBER" },
        after: { orgRole: "ADMIN" },
      },
    ]);
  });

  it("membership.add, .update and .remove carry the team", async () => {
    const { principal } = await adminPrincipal();
    const [team, target] = await Promise.all([createTeam(), createPerson()]);
    for (const role of ["MEMBER", "MAINTAINER", "NONE"])
      await runAuthorized(setTeamRole, { userId: target.id, teamId: team.id, role }, principal);
    const events = await eventsFor(target.id);
    expect(events.map((e) => [e.action, e.teamId, e.before, e.after])).toEqual([
      ["membership.add", team.id, null, { team: team.slug, role: "MEMBER" }],
      ["membership.update", team.id, { team: team.slug, role: "MEMBER" }, { team: team.slug, role: "MAINTAINER" }],
      ["membership.remove", team.id, { team: team.slug, role: "MAINTAINER" }, null],
    ]);
    expect(await db().membership.count({ where: { userId: target.id } })).toBe(0);
  });

  it("token.create and token.revoke for personal and team tokens, with the token when one acted", async () => {
    const team = await createTeam();
    const maintainer = await createPerson({ teams: [[team.id, "MAINTAINER"]] });
    const principal = await loadPrincipal({ userId: maintainer.id });
    const personal = await runAuthorized(
      createPersonalToken,
      { name: "mine", scopes: ["catalog:write"], expiresIn: "never" },
      principal,
    );
    const teamToken = await runAuthorized(
      createTeamToken,
      { name: "ci", teamId: team.id, scopes: ["catalog:write"], expiresIn: "30" },
      principal,
    );
    await runAuthorized(revokePersonalToken, { tokenId: personal.id }, principal);
    // Revoked by a script, through the maintainer's own token: the entry names the token too.
    const viaToken = {
      ...principal!,
      token: {
        id: (await createToken({ userId: maintainer.id }, ["token:manage"])).id,
        scopes: ["token:manage" as const],
      },
    };
    await runAuthorized(revokeTeamToken, { tokenId: teamToken.id }, viaToken);

    const [p, t] = await Promise.all([eventsFor(personal.id), eventsFor(teamToken.id)]);
    expect(p.map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
    expect(p[0]).toMatchObject({
      actorId: maintainer.id,
      teamId: null,
      after: { kind: "personal", name: "mine", expiresAt: null },
    });
    expect(t.map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
    expect(t[0]).toMatchObject({
      teamId: team.id,
      after: { kind: "team", team: team.slug, scopes: ["catalog:write"] },
    });
    expect(t[1]).toMatchObject({ actorId: maintainer.id, tokenId: viaToken.token.id, before: { name: "ci" } });
    expect(JSON.stringify([p, t])).not.toContain(personal.secret);
  });

  it("auth.sign-in is recorded for each sign-in", async () => {
    const person = await createPerson();
    await auth().api.signInEmail({ body: { email: person.email, password: PASSWORD } });
    const events = await db().auditEvent.findMany({ where: { targetId: person.id, action: "auth.sign-in" } });
    expect(events).toEqual([expect.objectContaining({ actorId: person.id, after: { via: "password" } })]);
  });
});

describe("CSV export", () => {
  it("exports the filtered trail, with formula cells defused", async () => {
    const { principal } = await adminPrincipal();
    const target = await createPerson({ name: '=HYPERLINK("http://evil")' });
    await runAuthorized(setOrgRole, { userId: target.id, orgRole: "ADMIN" }, principal);
    const token = await createToken({ userId: target.id }, ["catalog:write"]);
    const response = await auditCsv(
      apiRequest("GET", `/api/v1/audit.csv?targetId=${target.id}&action=user.org-role.update`, token.secret),
      routeContext({}),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "at,action,actor_id,actor_name,actor_email,token_id,token_prefix,target_type,target_id,target,team,before,after",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("user.org-role.update");
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain('"{""orgRole"":""MEMBER""}"');
  });

  it("needs a token", async () => {
    expect((await auditCsv(apiRequest("GET", "/api/v1/audit.csv", null), routeContext({}))).status).toBe(401);
  });
});
