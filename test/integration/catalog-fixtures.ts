// Teams, people and principals for the catalogue tests, with unique names so files run in parallel.
import { randomBytes } from "node:crypto";
import type { Principal } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export const uid = () => randomBytes(4).toString("hex");

export async function makeTeam(prefix = "team") {
  const slug = `${prefix}-${uid()}`;
  return db().team.create({ data: { slug, name: `Team ${slug}` }, select: { id: true, slug: true } });
}

export async function makeMaintainer(teamIds: string[], name = `Maintainer ${uid()}`): Promise<Principal> {
  const user = await db().user.create({ data: { name, email: `${uid()}@example.test` }, select: { id: true } });
  await db().membership.createMany({
    data: teamIds.map((teamId) => ({ userId: user.id, teamId, role: "MAINTAINER" as const })),
  });
  return {
    userId: user.id,
    name,
    orgRole: "MEMBER",
    teamRoles: Object.fromEntries(teamIds.map((t) => [t, "MAINTAINER" as const])),
  };
}

export async function makeAdmin(): Promise<Principal> {
  const name = `Admin ${uid()}`;
  const user = await db().user.create({
    data: { name, email: `${uid()}@example.test`, orgRole: "ADMIN" },
    select: { id: true },
  });
  return { userId: user.id, name, orgRole: "ADMIN", teamRoles: {} };
}
