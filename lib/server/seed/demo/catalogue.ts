// The demo catalogue: every team's models, data sources and consumers from teams.ts, generated
// features from each team's vocabulary, the planted shape features and the orphans, with the
// kind-specific fields a real catalogue would carry.
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import type { FeatureType, Prisma } from "@/lib/generated/prisma/client";
import type { Random } from "../random";
import { DAY, type DemoContext } from "./context";
import type { People } from "./people";
import { RETIRED_ONLY_FEATURES_PER_TEAM, SHAPE_FEATURES, UNUSED_FEATURES_PER_TEAM } from "./shapes";
import {
  DEMO_TEAMS,
  FEATURES_PER_TEAM,
  ORPHANS,
  UNDECLARED_CONSUMERS,
  type ConsumerDef,
  type ModelDef,
  type SourceDef,
} from "./teams";

export interface DemoEntity {
  id: string;
  kind: EntityKind;
  name: string;
  teamSlug: string | null;
  lifecycle: Lifecycle;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface Catalogue {
  entities: Prisma.EntityCreateManyInput[];
  models: Prisma.ModelCreateManyInput[];
  features: Prisma.FeatureCreateManyInput[];
  sources: Prisma.DataSourceCreateManyInput[];
  consumers: Prisma.ConsumerCreateManyInput[];
  all: DemoEntity[];
  /** Generated features per team, in generation order (the first ones are the planted debt). */
  teamFeatures: Map<string, DemoEntity[]>;
  get(kind: EntityKind, name: string): DemoEntity;
}

const humanize = (name: string) => {
  const words = name.replace(/[._]/g, " ").replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const REPO = "https://git.demo.debtboard.dev";

function featureVocabulary(random: Random, team: (typeof DEMO_TEAMS)[number], taken: Set<string>) {
  const { subjects, metrics, windows } = team.vocabulary;
  const attributes: [string, FeatureType, string][] = subjects.flatMap((subject): [string, FeatureType, string][] => [
    [`${subject}-segment`, "CATEGORICAL", `Segment the ${subject} falls in, from the nightly segmentation job.`],
    [`${subject}-is-new`, "BOOLEAN", `Whether the ${subject} was first seen in the last 14 days.`],
    [`${subject}-last-active-at`, "TIMESTAMP", `Last time the ${subject} had any activity.`],
  ]);
  const windowed: [string, FeatureType, string][] = subjects.flatMap((subject) =>
    metrics.flatMap((metric) =>
      windows.map((window): [string, FeatureType, string] => [
        `${subject}-${metric}-${window}`,
        "NUMERIC",
        `${humanize(metric)} per ${subject} over the trailing ${window}.`,
      ]),
    ),
  );
  // Names are unique per kind across the organisation, so skip any another team already took.
  const fresh = (candidates: [string, FeatureType, string][], n: number) =>
    random
      .shuffle(candidates)
      .filter(([name]) => !taken.has(name))
      .slice(0, n);
  const picked = [...fresh(attributes, 6)];
  picked.push(...fresh(windowed, FEATURES_PER_TEAM - picked.length));
  for (const [name] of picked) taken.add(name);
  return random.shuffle(picked);
}

export function buildCatalogue(ctx: DemoContext, people: People): Catalogue {
  const random = ctx.random("catalogue");
  const byKey = new Map<string, DemoEntity>();
  const cat: Catalogue = {
    entities: [],
    models: [],
    features: [],
    sources: [],
    consumers: [],
    all: [],
    teamFeatures: new Map(),
    get(kind, name) {
      const entity = byKey.get(`${kind}:${name}`);
      if (!entity) throw new Error(`Demo catalogue has no ${kind} named ${name}`);
      return entity;
    },
  };

  const createdFor = (lifecycle: Lifecycle) =>
    lifecycle === "EXPERIMENTAL"
      ? ctx.daysAgo(random.int(20, 150))
      : new Date(ctx.start.getTime() - random.int(20, 500) * DAY);

  const add = (
    kind: EntityKind,
    name: string,
    teamSlug: string | null,
    lifecycle: Lifecycle,
    extra: { description: string; tags: string[]; links: { type: string; url: string; title?: string }[] },
  ): DemoEntity => {
    const team = teamSlug ? people.bySlug.get(teamSlug) : undefined;
    const createdAt = createdFor(lifecycle);
    const archivedAt = lifecycle === "RETIRED" ? ctx.daysAgo(random.int(60, 160)) : null;
    const entity: DemoEntity = { id: ctx.newId(), kind, name, teamSlug, lifecycle, createdAt, archivedAt };
    const updatedAt = archivedAt ?? new Date(Math.max(createdAt.getTime(), ctx.daysAgo(random.int(1, 120)).getTime()));
    cat.entities.push({
      id: entity.id,
      kind,
      name,
      title: humanize(name),
      description: extra.description,
      teamId: team?.teamId ?? null,
      lifecycle,
      links: extra.links,
      tags: extra.tags,
      updatedById: team ? random.pick([...team.maintainers, ...team.members]) : null,
      createdAt,
      updatedAt,
      archivedAt,
    });
    cat.all.push(entity);
    byKey.set(`${kind}:${name}`, entity);
    return entity;
  };

  const addModel = (def: ModelDef, teamSlug: string | null) => {
    const e = add("MODEL", def.name, teamSlug, def.lifecycle, {
      description: `${humanize(def.task)} model, served ${def.servingMode === "BATCH" ? "in nightly batches" : def.servingMode.toLowerCase()}, built with ${def.framework}.`,
      tags: [def.task.replace(/\s+/g, "-"), def.servingMode.toLowerCase()],
      links: [
        { type: "repository", url: `${REPO}/${teamSlug ?? "unowned"}/${def.name}` },
        {
          type: "training-run",
          url: `https://mlflow.demo.debtboard.dev/#/models/${def.name}`,
          title: "Latest training run",
        },
        { type: "dashboard", url: `https://grafana.demo.debtboard.dev/d/${def.name}` },
      ],
    });
    const snapshotMonth = new Date(ctx.now.getTime() - random.int(5, 90) * DAY).toISOString().slice(0, 10);
    cat.models.push({
      entityId: e.id,
      task: def.task,
      servingMode: def.servingMode,
      // No recorded snapshot is itself reproducibility debt; some models have none.
      trainingDataSnapshot: random.chance(0.75) ? `s3://ml-training/${def.name}/${snapshotMonth}` : "",
      calibratedOutputs: def.calibrated,
      framework: def.framework,
    });
  };

  const addSource = (def: SourceDef, teamSlug: string | null) => {
    const e = add("DATA_SOURCE", def.name, teamSlug, def.lifecycle, {
      description: `${def.system} ${def.system === "Kafka" ? "topic" : "table"}${def.versioned ? " with dated snapshots" : ", read live"}.`,
      tags: [def.system.toLowerCase(), def.versioned ? "versioned" : "unversioned"],
      links: [{ type: "runbook", url: `https://wiki.demo.debtboard.dev/data/${def.name}` }],
    });
    const sla = def.system === "Kafka" ? 1 : random.pick([6, 24, 24, 48]);
    cat.sources.push({
      entityId: e.id,
      versioned: def.versioned,
      system: def.system,
      dataOwner: ctx.faker.person.fullName(),
      freshnessSlaHours: sla,
      // Most are fresh; a few have missed their SLA.
      lastRefreshedAt: new Date(
        ctx.now.getTime() - (random.chance(0.85) ? random.float(0, sla) : random.float(sla * 2, sla * 6)) * 3_600_000,
      ),
    });
  };

  const addConsumer = (def: ConsumerDef, teamSlug: string | null, declared: boolean) => {
    const e = add("CONSUMER", def.name, teamSlug, def.lifecycle, {
      description: declared
        ? `${humanize(def.type.toLowerCase())} that acts on model outputs.`
        : "Seen reading model outputs; nobody has declared it.",
      tags: [def.type.toLowerCase()],
      links: declared ? [{ type: "repository", url: `${REPO}/${teamSlug ?? "unowned"}/${def.name}` }] : [],
    });
    cat.consumers.push({ entityId: e.id, consumerType: def.type, declared });
  };

  const addFeature = (
    name: string,
    teamSlug: string | null,
    dataType: FeatureType,
    derivation: string,
    lifecycle: Lifecycle,
  ) => {
    const e = add("FEATURE", name, teamSlug, lifecycle, {
      description: derivation,
      tags: [dataType.toLowerCase(), ...(/^(user|account|card)-/.test(name) ? ["pii"] : [])],
      links: [{ type: "repository", url: `${REPO}/${teamSlug ?? "unowned"}/features/blob/main/${name}.sql` }],
    });
    cat.features.push({ entityId: e.id, dataType, nullable: dataType !== "BOOLEAN" && random.chance(0.3), derivation });
    return e;
  };

  const taken = new Set(SHAPE_FEATURES.map((f) => f.name));
  const reserved = UNUSED_FEATURES_PER_TEAM + RETIRED_ONLY_FEATURES_PER_TEAM;
  for (const team of DEMO_TEAMS) {
    for (const def of team.models) addModel(def, team.slug);
    for (const def of team.sources) addSource(def, team.slug);
    for (const def of team.consumers) addConsumer(def, team.slug, true);
    const generated = featureVocabulary(random, team, taken).map(([name, dataType, derivation], i) => {
      // The planted unused and retired-only features stay live, or they would not be findings.
      const lifecycle: Lifecycle =
        i < reserved
          ? i === 0
            ? "DEPRECATED"
            : "PRODUCTION"
          : random.weighted<Lifecycle>([
              ["PRODUCTION", 80],
              ["EXPERIMENTAL", 10],
              ["DEPRECATED", 7],
              ["RETIRED", 3],
            ]);
      return addFeature(name, team.slug, dataType, derivation, lifecycle);
    });
    cat.teamFeatures.set(team.slug, generated);
  }
  for (const f of SHAPE_FEATURES)
    addFeature(f.name, f.team, f.dataType, f.derivation, f.team ? "PRODUCTION" : "DEPRECATED");
  for (const def of ORPHANS.models) addModel(def, null);
  for (const def of ORPHANS.sources) addSource(def, null);
  for (const def of ORPHANS.consumers) addConsumer(def, null, true);
  for (const def of UNDECLARED_CONSUMERS) addConsumer(def, null, false);
  return cat;
}
