// The scale organisation's teams, people and catalogue, generated from word lists with running
// numbers so names stay unique at any size.
import type { Faker } from "@faker-js/faker";
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import type { ConsumerType, FeatureType, ServingMode } from "@/lib/generated/prisma/client";
import type { Random } from "../random";
import type { ScaleSpec } from "./spec";
import * as words from "./vocabulary";

const DAY = 86_400_000;

export interface ScaleTeam {
  id: string;
  slug: string;
  name: string;
  domain: string;
  authors: string[];
}
export interface ScaleUser {
  id: string;
  name: string;
  email: string;
  orgRole: "ADMIN" | "MEMBER";
}
export interface ScaleMembership {
  userId: string;
  teamId: string;
  role: "MAINTAINER" | "MEMBER";
}
export interface ScaleEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Index into teams; null for orphans. */
  team: number | null;
  lifecycle: Lifecycle;
  createdAt: Date;
  archivedAt: Date | null;
}
/** Kind-specific columns, written to the kind's own table. */
export interface ModelDetail {
  entityId: string;
  task: string;
  servingMode: ServingMode;
  calibratedOutputs: boolean;
  framework: string;
}
export interface FeatureDetail {
  entityId: string;
  dataType: FeatureType;
  nullable: boolean;
  derivation: string;
}
export interface SourceDetail {
  entityId: string;
  versioned: boolean;
  system: string;
  freshnessSlaHours: number;
}
export interface ConsumerDetail {
  entityId: string;
  consumerType: ConsumerType;
  declared: boolean;
}

export interface ScaleCatalogue {
  teams: ScaleTeam[];
  users: ScaleUser[];
  memberships: ScaleMembership[];
  adminId: string;
  entities: ScaleEntity[];
  models: ModelDetail[];
  features: FeatureDetail[];
  sources: SourceDetail[];
  consumers: ConsumerDetail[];
  /** Entities per team and kind, for wiring lineage inside a team. */
  byTeam: Map<number, Record<EntityKind, ScaleEntity[]>>;
}

const CONSUMER_TYPES: Record<string, ConsumerType> = {
  service: "SERVICE",
  api: "SERVICE",
  job: "SERVICE",
  dashboard: "DASHBOARD",
  report: "DASHBOARD",
  policy: "POLICY",
};

export function buildScaleCatalogue(
  random: Random,
  faker: Faker,
  newId: () => string,
  spec: ScaleSpec,
  start: Date,
  now: Date,
): ScaleCatalogue {
  const teams: ScaleTeam[] = Array.from({ length: spec.teams }, (_, i) => {
    const domain = words.DOMAINS[i % words.DOMAINS.length] ?? "ml";
    const n = Math.floor(i / words.DOMAINS.length) + 1;
    return {
      id: newId(),
      slug: `team-${domain}-${n}`,
      name: `${domain.charAt(0).toUpperCase()}${domain.slice(1)} ${n}`,
      domain,
      authors: [],
    };
  });
  const admin: ScaleUser = { id: newId(), name: "Avery Admin", email: "admin@scale.debtboard.dev", orgRole: "ADMIN" };
  const users: ScaleUser[] = [admin];
  const memberships: ScaleMembership[] = [];
  teams.forEach((team, t) => {
    for (let u = 0; u < spec.usersPerTeam; u++) {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      const user: ScaleUser = {
        id: newId(),
        name: `${first} ${last}`,
        email: `${first}.${last}.${t}.${u}@scale.debtboard.dev`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
        orgRole: "MEMBER",
      };
      users.push(user);
      memberships.push({ userId: user.id, teamId: team.id, role: u < 2 ? "MAINTAINER" : "MEMBER" });
      team.authors.push(user.id);
    }
  });

  const entities: ScaleEntity[] = [];
  const byTeam = new Map<number, Record<EntityKind, ScaleEntity[]>>();
  const lifecycle = () =>
    random.weighted<Lifecycle>([
      ["PRODUCTION", 78],
      ["EXPERIMENTAL", 10],
      ["DEPRECATED", 8],
      ["RETIRED", 4],
    ]);
  const models: ModelDetail[] = [];
  const features: FeatureDetail[] = [];
  const sources: SourceDetail[] = [];
  const consumers: ConsumerDetail[] = [];
  const add = (kind: EntityKind, index: number, name: (domain: string) => string): string => {
    // About one entity in a hundred has no owning team.
    const team = random.chance(0.01) ? null : index % teams.length;
    const life = lifecycle();
    const createdAt =
      life === "EXPERIMENTAL"
        ? new Date(now.getTime() - random.int(20, 200) * DAY)
        : new Date(start.getTime() - random.int(0, 300) * DAY);
    const archivedAt = life === "RETIRED" ? new Date(now.getTime() - random.int(30, 300) * DAY) : null;
    const domain = team === null ? "legacy" : (teams[team]?.domain ?? "ml");
    const entity: ScaleEntity = {
      id: newId(),
      kind,
      name: name(domain),
      team,
      lifecycle: life,
      createdAt,
      archivedAt: archivedAt && archivedAt > createdAt ? archivedAt : null,
    };
    if (entity.lifecycle === "RETIRED" && !entity.archivedAt) entity.lifecycle = "DEPRECATED";
    entities.push(entity);
    if (team !== null) {
      let own = byTeam.get(team);
      if (!own) {
        own = { MODEL: [], FEATURE: [], DATA_SOURCE: [], CONSUMER: [] };
        byTeam.set(team, own);
      }
      own[kind].push(entity);
    }
    return entity.id;
  };

  for (let i = 0; i < spec.sources; i++) {
    const system = random.pick(words.SYSTEMS);
    const entityId = add(
      "DATA_SOURCE",
      i,
      (d) => `${random.pick(words.SOURCE_PREFIXES)}.${d}_${random.pick(words.SOURCE_NOUNS)}_${i}`,
    );
    sources.push({
      entityId,
      versioned: random.chance(0.6),
      system,
      freshnessSlaHours: system === "Kafka" ? 1 : random.pick([6, 24, 48]),
    });
  }
  for (let i = 0; i < spec.features; i++) {
    const [subject, metric, window] = [
      random.pick(words.SUBJECTS),
      random.pick(words.METRICS),
      random.pick(words.WINDOWS),
    ];
    const entityId = add("FEATURE", i, () => `${subject}-${metric}-${window}-${i}`);
    features.push({
      entityId,
      dataType: random.weighted<FeatureType>([
        ["NUMERIC", 80],
        ["CATEGORICAL", 8],
        ["BOOLEAN", 5],
        ["EMBEDDING", 4],
        ["TIMESTAMP", 2],
        ["TEXT", 1],
      ]),
      nullable: random.chance(0.3),
      derivation: `${metric} per ${subject} over the trailing ${window}`,
    });
  }
  for (let i = 0; i < spec.models; i++) {
    const entityId = add("MODEL", i, (d) => `${d}-${random.pick(words.MODEL_NOUNS)}-${i}`);
    models.push({
      entityId,
      task: random.pick(words.TASKS),
      servingMode: random.weighted<ServingMode>([
        ["BATCH", 45],
        ["ONLINE", 45],
        ["STREAMING", 8],
        ["EMBEDDED", 2],
      ]),
      calibratedOutputs: random.chance(0.3),
      framework: random.pick(words.FRAMEWORKS),
    });
  }
  for (let i = 0; i < spec.consumers; i++) {
    const noun = random.pick(words.CONSUMER_NOUNS);
    const declared = random.chance(0.97);
    const entityId = add("CONSUMER", i, (d) => `${d}-${noun}-${i}`);
    consumers.push({
      entityId,
      consumerType: random.chance(0.05) ? "TEAM" : (CONSUMER_TYPES[noun] ?? "SERVICE"),
      declared,
    });
  }
  return { teams, users, memberships, adminId: admin.id, entities, models, features, sources, consumers, byTeam };
}
