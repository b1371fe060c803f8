// Rows for issue 8's actions: organisation and team roles, API tokens.
import { PUT as putOrgRole } from "@/app/api/v1/users/[userId]/org-role/route";
import { PUT as putMember } from "@/app/api/v1/teams/[team]/members/[userId]/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { setOrgRole } from "@/lib/server/members/set-org-role";
import { setTeamRole } from "@/lib/server/members/set-team-role";
import { renameUser } from "@/lib/server/members/rename-user";
import { createPersonalToken } from "@/lib/server/tokens/create-personal-token";
import { createTeamToken } from "@/lib/server/tokens/create-team-token";
import { revokePersonalToken } from "@/lib/server/tokens/revoke-personal-token";
import { revokeTeamToken } from "@/lib/server/tokens/revoke-team-token";
import { db } from "@/lib/server/db/client";
import { createPerson, createToken, uniq } from "../support/people";
import type { ApiCaller, MatrixRow, World } from "./types";

const auditCount = (targetId: string) =>
  db().auditEvent.count({ where: { targetId, action: { not: "auth.sign-in" } } });
const tokenState = async (id: string) => ({
  token: await db().apiToken.findUnique({ where: { id }, select: { revokedAt: true } }),
  audit: await auditCount(id),
});
const tokensNamed = (name: string) => db().apiToken.count({ where: { name } });
/** The signed-in user behind a caller, when there is one. */
const userOf = (world: World, caller: ApiCaller) =>
  caller === "signedOut" || caller === "teamToken" ? null : world.people[caller];

export const authRows: MatrixRow[] = [
  {
    name: "members.set-org-role (make someone an admin)",
    action: setOrgRole,
    allowed: ["admin"],
    prepare: async () => {
      const target = await createPerson({ password: false });
      return {
        input: { userId: target.id, orgRole: "ADMIN" },
        state: async () => ({
          user: await db().user.findUnique({ where: { id: target.id }, select: { orgRole: true } }),
          audit: await auditCount(target.id),
        }),
      };
    },
    api: ({ input }) => ({
      handler: putOrgRole,
      method: "PUT",
      path: `/api/v1/users/${input.userId}/org-role`,
      params: { userId: String(input.userId) },
      body: { orgRole: input.orgRole },
    }),
  },
  {
    name: "members.set-team-role (add someone to a team)",
    action: setTeamRole,
    allowed: ["admin"],
    prepare: async (world) => {
      const target = await createPerson({ password: false });
      return {
        input: { userId: target.id, teamId: world.team.id, role: "MEMBER" },
        state: async () => ({
          membership: await db().membership.findMany({ where: { userId: target.id } }),
          audit: await auditCount(target.id),
        }),
      };
    },
    api: ({ input }, world) => ({
      handler: putMember,
      method: "PUT",
      path: `/api/v1/teams/${world.team.slug}/members/${input.userId}`,
      params: { team: world.team.slug, userId: String(input.userId) },
      body: { role: input.role },
    }),
  },
  {
    // No API: names are changed in /settings/members only.
    name: "members.rename (change someone's display name)",
    action: renameUser,
    allowed: ["admin"],
    prepare: async () => {
      const target = await createPerson({ password: false });
      return {
        input: { userId: target.id, name: uniq("Renamed") },
        state: async () => ({
          user: await db().user.findUnique({ where: { id: target.id }, select: { name: true } }),
          audit: await auditCount(target.id),
        }),
      };
    },
  },
  {
    // No API: tokens are created only in the app by a signed-in person (a token cannot mint tokens).
    name: "tokens.create-personal",
    action: createPersonalToken,
    allowed: ["admin", "maintainer", "member", "outsider"],
    prepare: async () => {
      const name = uniq("matrix-personal");
      // token:own: the one scope every role holds (a personal token holds nothing its owner lacks).
      return { input: { name, scopes: ["token:own"], expiresIn: "30" }, state: () => tokensNamed(name) };
    },
  },
  {
    // No API, as above.
    name: "tokens.create-team",
    action: createTeamToken,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const name = uniq("matrix-team");
      return {
        input: { name, teamId: world.team.id, scopes: ["catalog:write", "usage:write"], expiresIn: "7" },
        state: () => tokensNamed(name),
      };
    },
  },
  {
    name: "tokens.revoke-personal (someone else's)",
    action: revokePersonalToken,
    allowed: ["admin"],
    prepare: async () => {
      const victim = await createPerson({ password: false });
      const token = await createToken({ userId: victim.id }, ["catalog:write"]);
      return { input: { tokenId: token.id }, state: () => tokenState(token.id) };
    },
    api: ({ input }) => ({
      handler: deleteToken,
      method: "DELETE",
      path: `/api/v1/tokens/${input.tokenId}`,
      params: { tokenId: String(input.tokenId) },
    }),
  },
  {
    name: "tokens.revoke-personal (your own)",
    action: revokePersonalToken,
    allowed: ["admin", "maintainer", "member", "outsider"],
    prepare: async (world, caller) => {
      const owner = userOf(world, caller) ?? (await createPerson({ password: false }));
      const token = await createToken({ userId: owner.id }, ["catalog:write"]);
      return { input: { tokenId: token.id }, state: () => tokenState(token.id) };
    },
    api: ({ input }) => ({
      handler: deleteToken,
      method: "DELETE",
      path: `/api/v1/tokens/${input.tokenId}`,
      params: { tokenId: String(input.tokenId) },
    }),
  },
  {
    name: "tokens.revoke-team",
    action: revokeTeamToken,
    allowed: ["admin", "maintainer"],
    prepare: async (world) => {
      const token = await createToken({ teamId: world.team.id }, ["catalog:write"]);
      return { input: { tokenId: token.id }, state: () => tokenState(token.id) };
    },
    api: ({ input }) => ({
      handler: deleteToken,
      method: "DELETE",
      path: `/api/v1/tokens/${input.tokenId}`,
      params: { tokenId: String(input.tokenId) },
    }),
    apiAllowed: ["admin", "maintainer", "teamToken"],
  },
];
