// A catalogue file far larger than one statement's bind-parameter limit (65,535): 10,000
// entities and over 12,000 relations, generated the way the benchmark does, imported through
// importCatalog (what the CLI and the API call), then re-imported with nothing to change.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { importCatalog } from "@/lib/server/catalog/import-catalog";
import { db } from "@/lib/server/db/client";
import { importYaml } from "@/scripts/bench/import-yaml";
import { makeAdmin, uid } from "./catalog-fixtures";

let admin: Principal;
beforeAll(async () => {
  admin = await makeAdmin();
});

const input = (text: string) => ({
  files: [{ file: "large.yaml", text }],
  dryRun: false,
  prune: false,
  source: "CLI" as const,
  modelTypes: ["ml-model", "model"],
});

async function snapshot(prefix: string, actorId: string) {
  const [entities, versions, models, features, sources, consumers, relations, audits] = await Promise.all([
    db().entity.count({ where: { name: { startsWith: prefix }, archivedAt: null } }),
    db().entity.aggregate({
      where: { name: { startsWith: prefix } },
      _sum: { version: true },
      _max: { updatedAt: true },
    }),
    db().model.count({ where: { entity: { name: { startsWith: prefix } } } }),
    db().feature.count({ where: { entity: { name: { startsWith: prefix } } } }),
    db().dataSource.count({ where: { entity: { name: { startsWith: prefix } } } }),
    db().consumer.count({ where: { entity: { name: { startsWith: prefix } }, declared: true } }),
    db().relation.count({ where: { from: { name: { startsWith: prefix } }, origin: "DECLARED", archivedAt: null } }),
    db().auditEvent.groupBy({ by: ["action"], where: { actorId }, _count: { _all: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    entities,
    versions: versions._sum.version,
    lastUpdate: versions._max.updatedAt,
    models,
    features,
    sources,
    consumers,
    relations,
    audits: Object.fromEntries(audits.map((a) => [a.action, a._count._all])),
  };
}

describe("importing a 10,000-entity catalogue", () => {
  it(
    "creates every entity, kind row, relation and audit event, and a re-import changes nothing",
    { timeout: 600_000 },
    async () => {
      const prefix = `big-${uid()}`;
      const file = importYaml({ prefix, entities: 10_000, teams: 5 });
      const { counts } = file;
      const entities = counts.sources + counts.features + counts.models + counts.consumers;
      expect(entities).toBeGreaterThanOrEqual(10_000);
      expect(counts.relations).toBeGreaterThanOrEqual(12_000);

      const started = performance.now();
      const first = await importCatalog(input(file.text), admin);
      console.log(
        `[catalog-import-large] first import of ${entities} entities and ${counts.relations} relations: ${Math.round(performance.now() - started)} ms`,
      );
      expect(first.errors).toEqual([]);
      expect(first).toMatchObject({
        applied: true,
        counts: { created: counts.teams + entities + counts.relations, changed: 0, archived: 0, unchanged: 0 },
      });

      const after = await snapshot(prefix, admin.userId ?? "");
      expect(after).toMatchObject({
        entities,
        versions: entities,
        models: counts.models,
        features: counts.features,
        sources: counts.sources,
        consumers: counts.consumers,
        relations: counts.relations,
        audits: { "entity.create": entities, "relation.create": counts.relations, "import.apply": 1 },
      });
      expect(await db().team.count({ where: { slug: { startsWith: prefix } } })).toBe(counts.teams);

      const again = Date.now();
      const second = await importCatalog(input(file.text), admin);
      console.log(`[catalog-import-large] re-import: ${Date.now() - again} ms`);
      expect(second).toMatchObject({
        applied: true,
        errors: [],
        changes: [],
        counts: { created: 0, changed: 0, archived: 0, unchanged: counts.teams + entities + counts.relations },
      });
      // Nothing to change: not even an "import.apply" audit row (only the run's record).
      expect(await snapshot(prefix, admin.userId ?? "")).toEqual(after);
    },
  );
});
