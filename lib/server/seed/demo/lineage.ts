// Lineage for the demo: ordinary sources → features → models → consumers wiring inside each
// team (with some cross-team reuse), plus the planted shapes from shapes.ts.
import type { EntityKind } from "@/lib/domain/kinds";
import type { Prisma, RelationKind } from "@/lib/generated/prisma/client";
import { DAY, type DemoContext } from "./context";
import type { Catalogue, DemoEntity } from "./catalogue";
import { RETIRED_ONLY_FEATURES_PER_TEAM, SHAPE_EDGES, UNDECLARED_CALLS, UNUSED_FEATURES_PER_TEAM } from "./shapes";
import { DEMO_TEAMS } from "./teams";

export interface Lineage {
  relations: Prisma.RelationCreateManyInput[];
  /** "from>to>kind" of every edge, to tell declared links from observed usage. */
  has(kind: RelationKind, from: DemoEntity, to: DemoEntity): boolean;
}

const live = (e: DemoEntity) => e.lifecycle !== "RETIRED";

export function buildLineage(ctx: DemoContext, cat: Catalogue): Lineage {
  const random = ctx.random("lineage");
  const keys = new Set<string>();
  const lineage: Lineage = {
    relations: [],
    has: (kind, from, to) => keys.has(`${from.id}>${to.id}>${kind}`),
  };
  // Planted undeclared usage must stay undeclared whatever the random wiring picks.
  const undeclared = new Set(UNDECLARED_CALLS.map(([, consumer, model]) => `${model}>${consumer}`));
  const link = (kind: RelationKind, from: DemoEntity, to: DemoEntity) => {
    const key = `${from.id}>${to.id}>${kind}`;
    if (keys.has(key) || from.id === to.id) return;
    if (kind === "CONSUMER_READS_MODEL" && undeclared.has(`${from.name}>${to.name}`)) return;
    keys.add(key);
    const createdAt = new Date(Math.max(from.createdAt.getTime(), to.createdAt.getTime()) + random.int(0, 10) * DAY);
    lineage.relations.push({
      id: ctx.newId(),
      kind,
      fromId: from.id,
      toId: to.id,
      origin: "DECLARED",
      createdAt: createdAt > ctx.now ? ctx.now : createdAt,
    });
  };
  const ofTeam = (kind: EntityKind, slug: string) => cat.all.filter((e) => e.kind === kind && e.teamSlug === slug);
  const planted = new Set(
    [...cat.teamFeatures.values()].flatMap((fs) =>
      fs.slice(0, UNUSED_FEATURES_PER_TEAM + RETIRED_ONLY_FEATURES_PER_TEAM).map((f) => f.id),
    ),
  );

  for (const team of DEMO_TEAMS) {
    const sources = ofTeam("DATA_SOURCE", team.slug);
    const models = ofTeam("MODEL", team.slug);
    const liveModels = models.filter(live);
    const retiredModels = models.filter((m) => !live(m));
    const features = cat.teamFeatures.get(team.slug) ?? [];
    const otherTeamsFeatures = [...cat.teamFeatures.entries()]
      .filter(([slug]) => slug !== team.slug)
      .flatMap(([, fs]) => fs.filter((f) => live(f) && !planted.has(f.id)));

    // Features come from their subject's source, sometimes joined with a second one.
    features.forEach((feature, i) => {
      const primary = sources[i % sources.length];
      if (primary) link("FEATURE_FROM_SOURCE", primary, feature);
      if (random.chance(0.25)) link("FEATURE_FROM_SOURCE", random.pick(sources), feature);
    });

    // Planted: the first features feed no model; the next ones feed only the retired model.
    const retiredOnly =
      retiredModels.length > 0
        ? features.slice(UNUSED_FEATURES_PER_TEAM, UNUSED_FEATURES_PER_TEAM + RETIRED_ONLY_FEATURES_PER_TEAM)
        : [];
    const usable = features.slice(UNUSED_FEATURES_PER_TEAM + retiredOnly.length).filter(live);
    for (const retired of retiredModels) {
      for (const f of retiredOnly) link("MODEL_USES_FEATURE", f, retired);
      for (const f of random.sample(usable, 5)) link("MODEL_USES_FEATURE", f, retired);
    }
    // Every other live feature is used by at least one live model, most by several.
    usable.forEach((f, i) => {
      const model = liveModels[i % liveModels.length];
      if (model) link("MODEL_USES_FEATURE", f, model);
    });
    for (const model of liveModels) {
      for (const f of random.sample(usable, random.int(3, 7))) link("MODEL_USES_FEATURE", f, model);
      if (random.chance(0.35))
        for (const f of random.sample(otherTeamsFeatures, random.int(1, 2))) link("MODEL_USES_FEATURE", f, model);
    }

    for (const consumer of ofTeam("CONSUMER", team.slug)) {
      const readable = consumer.lifecycle === "RETIRED" ? models : liveModels;
      for (const model of random.sample(readable, random.int(1, 3))) link("CONSUMER_READS_MODEL", model, consumer);
    }
  }
  // Shared platform data: other teams build features on the ranking team's page views.
  const pageViews = cat.get("DATA_SOURCE", "events.page_views");
  for (const team of DEMO_TEAMS.slice(1)) {
    const userFeatures = (cat.teamFeatures.get(team.slug) ?? []).filter(
      (f) => f.name.startsWith("user-") || f.name.startsWith("session-"),
    );
    for (const f of random.sample(userFeatures, 2)) link("FEATURE_FROM_SOURCE", pageViews, f);
  }

  for (const [kind, fromKind, fromName, toKind, toName] of SHAPE_EDGES) {
    link(kind, cat.get(fromKind, fromName), cat.get(toKind, toName));
  }
  return lineage;
}
