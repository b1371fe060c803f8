// What the stress run acts with, made in its own database after the demo seed: one person per
// virtual user (a maintainer of every team, so each may submit anywhere) with a personal API
// token, the demo admin's token, session cookies of the demo people for page reads, and the
// entities the load aims at (few enough that concurrent submits on one entity happen).
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { mintApiToken } from "@/lib/server/auth/api-token";
import type { Db } from "@/lib/server/db/client";
import { DEMO_USERS } from "@/lib/server/seed/demo/people";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-credentials";
import { signIn } from "../../scripts/bench/http";

export interface Target {
  /** URL slug of the kind: models, features, data-sources, consumers. */
  slug: string;
  name: string;
}

export interface StressWorld {
  tokens: string[];
  adminToken: string;
  cookies: string[];
  targets: Target[];
  pages: string[];
}

async function tokenFor(db: Db, userId: string, name: string): Promise<string> {
  const minted = mintApiToken();
  await db.apiToken.create({
    data: { name, tokenHash: minted.hash, prefix: minted.prefix, userId, scopes: [...PERMISSIONS] },
  });
  return minted.secret;
}

export async function prepareWorld(
  db: Db,
  baseUrl: string,
  options: { vus: number; targets: number },
): Promise<StressWorld> {
  const teams = await db.team.findMany({ where: { archivedAt: null }, select: { id: true } });
  const tokens: string[] = [];
  const stamp = Date.now().toString(36);
  for (let i = 0; i < options.vus; i++) {
    const user = await db.user.create({
      data: {
        name: `Stress user ${i}`,
        email: `stress-${stamp}-${i}@example.test`,
        emailVerified: true,
        orgRole: "MEMBER",
        memberships: { create: teams.map((t) => ({ teamId: t.id, role: "MAINTAINER" as const })) },
      },
      select: { id: true },
    });
    tokens.push(await tokenFor(db, user.id, `stress ${i}`));
  }
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email }, select: { id: true } });
  const adminToken = await tokenFor(db, admin.id, "stress admin");
  const cookies = [];
  for (const person of DEMO_USERS) cookies.push((await signIn(baseUrl, person.email, DEMO_PASSWORD)).cookie);

  const rows = await db.entity.findMany({
    where: { archivedAt: null, teamId: { not: null } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { kind: true, name: true },
  });
  // Spread over the kinds, deterministically: every k-th entity.
  const step = Math.max(1, Math.floor(rows.length / options.targets));
  const targets = rows
    .filter((_, i) => i % step === 0)
    .slice(0, options.targets)
    .map((e) => ({ slug: KIND_LABELS[e.kind].slug, name: e.name }));
  const pages = [
    "/",
    "/catalog",
    "/findings",
    "/hotspots",
    "/teams",
    ...targets.slice(0, 6).map((t) => `/catalog/${t.slug}/${encodeURIComponent(t.name)}`),
  ];
  return { tokens, adminToken, cookies, targets, pages };
}
