// Teams, users and memberships for tests: sensible defaults, any field overridable.
import type { Db, Tx } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueName } from "./unique";

export function createTeam(db: Db | Tx, overrides: Partial<Prisma.TeamUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? uniqueName("team");
  return db.team.create({ data: { slug, name: slug, ...overrides } });
}

export function createUser(db: Db | Tx, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const handle = uniqueName("user");
  return db.user.create({
    data: { name: handle, email: `${handle}@test.debtboard.dev`, emailVerified: true, ...overrides },
  });
}

export function createMembership(
  db: Db | Tx,
  input: { userId: string; teamId: string; role?: "MAINTAINER" | "MEMBER" },
) {
  return db.membership.create({ data: { userId: input.userId, teamId: input.teamId, role: input.role ?? "MEMBER" } });
}
