// Lineage and observed usage at scale: the same wiring as a real organisation (mostly inside a
// team, some across), with a small share of every debt shape so the graph analysis has work
// of realistic size: model outputs as features, consumers writing back to sources, unused
// features, and callers nobody declared.
import type { RelationKind } from "@/lib/generated/prisma/client";
import type { Random } from "../random";
import type { ScaleCatalogue, ScaleEntity } from "./catalogue";

const DAY = 86_400_000;

export interface ScaleRelation {
  id: string;
  kind: RelationKind;
  fromId: string;
  toId: string;
  createdAt: Date;
}

export interface ScaleUsage {
  id: string;
  callerName: string;
  modelId: string;
  consumerId: string | null;
  occurredAt: Date;
  count: number;
}

const live = (e: ScaleEntity) => e.archivedAt === null;

export function buildScaleLineage(
  random: Random,
  newId: () => string,
  cat: ScaleCatalogue,
  now: Date,
): ScaleRelation[] {
  const relations: ScaleRelation[] = [];
  const seen = new Set<string>();
  const link = (kind: RelationKind, from: ScaleEntity, to: ScaleEntity) => {
    const key = `${from.id}>${to.id}>${kind}`;
    if (from.id === to.id || seen.has(key)) return;
    seen.add(key);
    const createdAt = new Date(
      Math.min(now.getTime(), Math.max(from.createdAt.getTime(), to.createdAt.getTime()) + random.int(0, 10) * DAY),
    );
    relations.push({ id: newId(), kind, fromId: from.id, toId: to.id, createdAt });
  };
  const teamIndexes = [...cat.byTeam.keys()];
  const otherTeam = (t: number) =>
    cat.byTeam.get(
      random.pick(teamIndexes.filter((i) => i !== t).length > 0 ? teamIndexes.filter((i) => i !== t) : teamIndexes),
    );

  for (const [t, own] of cat.byTeam) {
    const liveModels = own.MODEL.filter(live);
    if (own.DATA_SOURCE.length === 0) continue;
    own.FEATURE.forEach((feature, i) => {
      // One feature in fifty is another model's output: a correction cascade in the making.
      const producer = random.chance(0.02) ? random.pick(own.MODEL) : null;
      if (producer) link("FEATURE_FROM_MODEL", producer, feature);
      else
        link(
          "FEATURE_FROM_SOURCE",
          own.DATA_SOURCE[i % own.DATA_SOURCE.length] ?? random.pick(own.DATA_SOURCE),
          feature,
        );
      if (random.chance(0.2)) link("FEATURE_FROM_SOURCE", random.pick(own.DATA_SOURCE), feature);
      if (random.chance(0.05)) {
        const other = otherTeam(t);
        if (other && other.DATA_SOURCE.length > 0) link("FEATURE_FROM_SOURCE", random.pick(other.DATA_SOURCE), feature);
      }
    });
    if (liveModels.length > 0) {
      // About one feature in twenty is used by no model.
      own.FEATURE.forEach((feature, i) => {
        if (live(feature) && !random.chance(0.05))
          link("MODEL_USES_FEATURE", feature, liveModels[i % liveModels.length] ?? random.pick(liveModels));
      });
      for (const model of liveModels) {
        for (const f of random.sample(own.FEATURE, random.int(3, 8))) if (live(f)) link("MODEL_USES_FEATURE", f, model);
        if (random.chance(0.1)) {
          const other = otherTeam(t);
          if (other && other.FEATURE.length > 0) link("MODEL_USES_FEATURE", random.pick(other.FEATURE), model);
        }
      }
    }
    for (const consumer of own.CONSUMER) {
      if (own.MODEL.length === 0) break;
      for (const model of random.sample(
        consumer.archivedAt ? own.MODEL : liveModels.length > 0 ? liveModels : own.MODEL,
        random.int(1, 3),
      )) {
        link("CONSUMER_READS_MODEL", model, consumer);
      }
      // Some consumers write what they decide back into a source: feedback loops.
      if (random.chance(0.03)) link("CONSUMER_WRITES_SOURCE", consumer, random.pick(own.DATA_SOURCE));
    }
  }
  return relations;
}

export function buildScaleUsage(
  random: Random,
  newId: () => string,
  cat: ScaleCatalogue,
  relations: readonly ScaleRelation[],
  now: Date,
): ScaleUsage[] {
  const byId = new Map(cat.entities.map((e) => [e.id, e]));
  const usage: ScaleUsage[] = [];
  const push = (callerName: string, modelId: string, consumerId: string | null, daysAgo: number) => {
    usage.push({
      id: newId(),
      callerName,
      modelId,
      consumerId,
      occurredAt: new Date(now.getTime() - daysAgo * DAY - random.int(0, 86_399) * 1000),
      count: random.int(1, 5_000),
    });
  };
  const models = cat.entities.filter((e) => e.kind === "MODEL" && live(e));
  for (const r of relations) {
    if (r.kind !== "CONSUMER_READS_MODEL") continue;
    const model = byId.get(r.fromId);
    const consumer = byId.get(r.toId);
    if (!model || !consumer || !live(model) || !live(consumer)) continue;
    for (let day = random.int(0, 4); day < 42; day += random.int(3, 6)) push(consumer.name, model.id, consumer.id, day);
    // Now and then a declared consumer also calls a model it never declared.
    if (random.chance(0.02) && models.length > 0) {
      const other = random.pick(models);
      for (let day = random.int(0, 5); day < 28; day += random.int(4, 8))
        push(consumer.name, other.id, consumer.id, day);
    }
  }
  // Callers known only by name, some still active and some seen only before the window.
  for (let i = 0; i < Math.max(3, Math.round(models.length / 50)) && models.length > 0; i++) {
    const model = random.pick(models);
    const recent = random.chance(0.6);
    for (let day = recent ? 1 : 40; day < (recent ? 28 : 90); day += random.int(3, 9))
      push(`adhoc-caller-${i}`, model.id, null, day);
  }
  return usage;
}
