// Teams, people and memberships. Three fixed accounts with known emails let a sign-in page
// offer "try it as an admin / maintainer / member"; everyone else is a Faker name.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoContext } from "./context";
import { DEMO_TEAMS } from "./teams";

export const DEMO_EMAIL_DOMAIN = "demo.debtboard.dev";

export const DEMO_USERS = [
  { key: "admin", email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Avery Admin", orgRole: "ADMIN", teams: [] },
  {
    key: "maintainer",
    email: `maintainer@${DEMO_EMAIL_DOMAIN}`,
    name: "Morgan Maintainer",
    orgRole: "MEMBER",
    teams: [["team-ranking", "MAINTAINER"]],
  },
  {
    key: "member",
    email: `member@${DEMO_EMAIL_DOMAIN}`,
    name: "Sam Member",
    orgRole: "MEMBER",
    teams: [
      ["team-ranking", "MEMBER"],
      ["team-search", "MEMBER"],
    ],
  },
] as const satisfies readonly {
  key: string;
  email: string;
  name: string;
  orgRole: "ADMIN" | "MEMBER";
  teams: readonly (readonly [string, "MAINTAINER" | "MEMBER"])[];
}[];

export interface TeamPeople {
  teamId: string;
  maintainers: string[];
  members: string[];
}

export interface People {
  teams: Prisma.TeamCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  bySlug: Map<string, TeamPeople>;
  adminId: string;
}

export function buildPeople(ctx: DemoContext): People {
  const random = ctx.random("people");
  const joined = new Date(ctx.start.getTime() - 90 * 86_400_000);
  const people: People = { teams: [], users: [], memberships: [], bySlug: new Map(), adminId: "" };

  for (const team of DEMO_TEAMS) {
    const id = ctx.newId();
    people.teams.push({
      id,
      slug: team.slug,
      name: team.name,
      description: team.description,
      createdAt: joined,
      updatedAt: joined,
    });
    people.bySlug.set(team.slug, { teamId: id, maintainers: [], members: [] });
  }

  const join = (userId: string, slug: string, role: "MAINTAINER" | "MEMBER") => {
    const team = people.bySlug.get(slug);
    if (!team) throw new Error(`Unknown demo team ${slug}`);
    people.memberships.push({ userId, teamId: team.teamId, role, createdAt: joined });
    (role === "MAINTAINER" ? team.maintainers : team.members).push(userId);
  };

  for (const fixed of DEMO_USERS) {
    const id = ctx.newId();
    people.users.push({
      id,
      email: fixed.email,
      name: fixed.name,
      emailVerified: true,
      orgRole: fixed.orgRole,
      createdAt: joined,
      updatedAt: joined,
    });
    if (fixed.orgRole === "ADMIN") people.adminId = id;
    for (const [slug, role] of fixed.teams) join(id, slug, role);
  }

  const emails = new Set<string>(DEMO_USERS.map((u) => u.email));
  const newPerson = () => {
    for (;;) {
      const first = ctx.faker.person.firstName();
      const last = ctx.faker.person.lastName();
      const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${DEMO_EMAIL_DOMAIN}`;
      if (emails.has(email)) continue;
      emails.add(email);
      const id = ctx.newId();
      people.users.push({
        id,
        email,
        name: `${first} ${last}`,
        emailVerified: true,
        orgRole: "MEMBER",
        createdAt: joined,
        updatedAt: joined,
      });
      return id;
    }
  };

  for (const team of DEMO_TEAMS) {
    const current = people.bySlug.get(team.slug);
    if (!current) continue;
    const maintainers = random.int(1, 2);
    while (current.maintainers.length < maintainers) join(newPerson(), team.slug, "MAINTAINER");
    const members = random.int(3, 5);
    for (let i = 0; i < members; i++) join(newPerson(), team.slug, "MEMBER");
  }
  // A few people work across two teams.
  const movers = random.sample(people.users.slice(DEMO_USERS.length), 3);
  for (const user of movers) {
    const slug = random.pick(DEMO_TEAMS).slug;
    const team = people.bySlug.get(slug);
    if (!team || !user.id || team.maintainers.includes(user.id) || team.members.includes(user.id)) continue;
    join(user.id, slug, "MEMBER");
  }
  return people;
}
