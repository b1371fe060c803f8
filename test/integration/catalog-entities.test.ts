// Create, edit, archive and relate every kind through the server layer (the same definitions
// the forms and the API run), including refusals and the two-editors conflict.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { archiveRelation } from "@/lib/server/catalog/archive-relation";
import { createEntity } from "@/lib/server/catalog/create-entity";
import { createRelation } from "@/lib/server/catalog/create-relation";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { db } from "@/lib/server/db/client";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

let team: { id: string; slug: string };
let other: { id: string; slug: string };
let alice: Principal;
let bob: Principal;
let outsider: Principal;

beforeAll(async () => {
  team = await makeTeam();
  other = await makeTeam();
  alice = await makeMaintainer([team.id], "Alice Example");
  bob = await makeMaintainer([team.id], "Bob Example");
  outsider = await makeMaintainer([other.id]);
});

const KINDS = [
  ["MODEL", { model: { framework: "xgboost", servingMode: "online" } }, { model: { framework: "lightgbm" } }],
  ["FEATURE", { feature: { dataType: "categorical", nullable: true } }, { feature: { derivation: "count(*)" } }],
  ["DATA_SOURCE", { dataSource: { system: "BigQuery", freshnessSlaHours: 24 } }, { dataSource: { versioned: true } }],
  ["CONSUMER", { consumer: { consumerType: "dashboard" } }, { consumer: { consumerType: "policy" } }],
] as const;

describe.each(KINDS)("%s", (kind, fields, edit) => {
  it("is created, edited and archived (never deleted), each with an audit event", async () => {
    const name = `e-${uid()}`;
    const created = await runAuthorized(
      createEntity,
      {
        kind,
        name,
        team: team.slug,
        lifecycle: "production",
        tags: ["x"],
        links: [{ type: "repository", url: "https://git.example/x" }],
        ...fields,
      },
      alice,
    );
    expect(created.version).toBe(1);
    const updated = await runAuthorized(
      updateEntity,
      { kind, name, version: 1, team: team.slug, title: "Edited", ...edit },
      alice,
    );
    expect(updated).toMatchObject({ changed: true, version: 2 });
    const again = await runAuthorized(
      updateEntity,
      { kind, name, version: 2, team: team.slug, title: "Edited", ...edit },
      alice,
    );
    expect(again.changed).toBe(false);
    await runAuthorized(archiveEntity, { kind, name, version: 2 }, alice);
    const row = await db().entity.findUnique({
      where: { kind_name: { kind, name } },
      select: { archivedAt: true, title: true, version: true, updatedById: true },
    });
    expect(row).toMatchObject({ title: "Edited", version: 3, updatedById: alice.userId });
    expect(row?.archivedAt).toBeInstanceOf(Date);
    const actions = await db().auditEvent.findMany({
      where: { targetId: created.id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["entity.create", "entity.update", "entity.archive"]);
  });
});

describe("refusals", () => {
  it("reports invalid fields by path and a taken name next to the name", async () => {
    const err = await runAuthorized(
      createEntity,
      { kind: "MODEL", name: "bad name", team: team.slug, model: { servingMode: "sometimes" } },
      alice,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(Object.keys((err as InvalidInputError).fieldErrors).sort()).toEqual(["model.servingMode", "name"]);
    const name = `m-${uid()}`;
    await runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, alice);
    const dup = await runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, alice).catch(
      (e: unknown) => e,
    );
    expect((dup as InvalidInputError).fieldErrors.name).toEqual(["This name is taken."]);
  });

  it("refuses people who do not maintain the team, and moves into a team they do not maintain", async () => {
    const name = `m-${uid()}`;
    await expect(
      runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, outsider),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, alice);
    await expect(
      runAuthorized(updateEntity, { kind: "MODEL", name, version: 1, team: other.slug }, alice),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("two people editing the same entity", () => {
  it("refuses the second save with who changed it and when", async () => {
    const name = `m-${uid()}`;
    await runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, alice);
    // Both opened version 1; Alice saves first.
    await runAuthorized(updateEntity, { kind: "MODEL", name, version: 1, team: team.slug, title: "Alice's" }, alice);
    const err = await runAuthorized(
      updateEntity,
      { kind: "MODEL", name, version: 1, team: team.slug, title: "Bob's" },
      bob,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ code: "stale_version" });
    expect((err as ConflictError).changedBy).toBe("Alice Example");
    expect((err as ConflictError).message).toMatch(
      new RegExp(`${name} was changed by Alice Example at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`),
    );
    const row = await db().entity.findUnique({
      where: { kind_name: { kind: "MODEL", name } },
      select: { title: true, version: true },
    });
    expect(row).toEqual({ title: "Alice's", version: 2 });
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const name = `m-${uid()}`;
    await runAuthorized(createEntity, { kind: "MODEL", name, team: team.slug }, alice);
    const results = await Promise.allSettled([
      runAuthorized(updateEntity, { kind: "MODEL", name, version: 1, team: team.slug, title: "A" }, alice),
      runAuthorized(updateEntity, { kind: "MODEL", name, version: 1, team: team.slug, title: "B" }, bob),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("relations", () => {
  it("links every relation kind in data-flow order, idempotently, and archives them", async () => {
    const n = uid();
    const mk = (kind: "MODEL" | "FEATURE" | "DATA_SOURCE" | "CONSUMER", name: string) =>
      runAuthorized(createEntity, { kind, name, team: team.slug }, alice);
    await Promise.all([
      mk("DATA_SOURCE", `src-${n}`),
      mk("FEATURE", `f-${n}`),
      mk("MODEL", `m-${n}`),
      mk("MODEL", `up-${n}`),
      mk("CONSUMER", `c-${n}`),
    ]);
    const links = [
      [`source:src-${n}`, `feature:f-${n}`, "FEATURE_FROM_SOURCE"],
      [`model:up-${n}`, `feature:f-${n}`, "FEATURE_FROM_MODEL"],
      [`feature:f-${n}`, `model:m-${n}`, "MODEL_USES_FEATURE"],
      [`model:m-${n}`, `consumer:c-${n}`, "CONSUMER_READS_MODEL"],
      [`consumer:c-${n}`, `source:src-${n}`, "CONSUMER_WRITES_SOURCE"],
    ] as const;
    for (const [from, to] of links)
      expect((await runAuthorized(createRelation, { from, to }, alice)).changed).toBe(true);
    expect((await runAuthorized(createRelation, { from: links[0][0], to: links[0][1] }, alice)).changed).toBe(false);
    const rows = await db().relation.findMany({
      where: { to: { name: { endsWith: n } }, archivedAt: null },
      select: { kind: true },
    });
    expect(rows.map((r) => r.kind).sort()).toEqual(links.map((l) => l[2]).sort());
    await runAuthorized(archiveRelation, { from: links[2][0], to: links[2][1] }, alice);
    expect(await db().relation.count({ where: { to: { name: `m-${n}` }, archivedAt: null } })).toBe(0);
    expect(await db().relation.count({ where: { to: { name: `m-${n}` } } })).toBe(1);
  });

  it("refuses a relation no data flow allows, and a relation to an entity the principal's team does not own", async () => {
    const n = uid();
    await runAuthorized(createEntity, { kind: "MODEL", name: `m-${n}`, team: team.slug }, alice);
    await runAuthorized(createEntity, { kind: "DATA_SOURCE", name: `s-${n}`, team: team.slug }, alice);
    const err = await runAuthorized(createRelation, { from: `source:s-${n}`, to: `model:m-${n}` }, alice).catch(
      (e: unknown) => e,
    );
    expect((err as InvalidInputError).fieldErrors.to?.[0]).toMatch(/cannot flow from a data source into a model/);
    await runAuthorized(createEntity, { kind: "FEATURE", name: `f-${n}`, team: team.slug }, alice);
    await expect(
      runAuthorized(createRelation, { from: `feature:f-${n}`, to: `model:m-${n}` }, outsider),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
