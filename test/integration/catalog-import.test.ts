// Catalogue as code against a real database: apply, idempotent re-import, all-or-nothing,
// prune, Backstage files with their skipped kinds listed, and an export that round-trips.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { exportCatalog } from "@/lib/server/catalog/export-catalog";
import { importCatalog, importCatalogAction } from "@/lib/server/catalog/import-catalog";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { makeAdmin, makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

let team: { id: string; slug: string };
let maintainer: Principal;
let admin: Principal;

beforeAll(async () => {
  team = await makeTeam("ranking");
  maintainer = await makeMaintainer([team.id]);
  admin = await makeAdmin();
});

const yaml = (n: string, slug: string, extra = "") => `apiVersion: debtboard/v1
kind: DataSource
metadata: { name: events-${n} }
spec: { owner: ${slug}, system: BigQuery }
---
apiVersion: debtboard/v1
kind: Feature
metadata: { name: clicks-${n}, description: "7-day clicks" }
spec: { owner: ${slug}, derivedFrom: [source:events-${n}] }
---
apiVersion: debtboard/v1
kind: Model
metadata:
  name: ctr-${n}
  links: [{ type: repository, url: "https://git.example/ctr" }]
spec: { owner: ${slug}, lifecycle: production, uses: [feature:clicks-${n}] }
---
apiVersion: debtboard/v1
kind: Consumer
metadata: { name: bidder-${n} }
spec: { owner: ${slug}, consumes: [model:ctr-${n}], writesTo: [source:events-${n}] }
${extra}`;

const input = (files: { file: string; text: string }[], over: Partial<{ dryRun: boolean; prune: boolean }> = {}) => ({
  files,
  dryRun: false,
  prune: false,
  source: "CLI" as const,
  modelTypes: ["ml-model", "model"],
  ...over,
});

describe("import", () => {
  it("dry-runs without writing, applies, and re-imports with nothing to change", async () => {
    const n = uid();
    const files = [{ file: "ranking.yaml", text: yaml(n, team.slug) }];
    const dry = await importCatalog(input(files, { dryRun: true }), maintainer);
    expect(dry).toMatchObject({ applied: false, errors: [], counts: { created: 8, changed: 0, archived: 0 } });
    expect(await db().entity.count({ where: { name: { endsWith: n } } })).toBe(0);

    const applied = await importCatalog(input(files), maintainer);
    expect(applied).toMatchObject({ applied: true, counts: { created: 8, changed: 0, archived: 0 } });
    expect(await db().relation.count({ where: { to: { name: { endsWith: n } } } })).toBe(4);

    const versionsBefore = await db().entity.findMany({
      where: { name: { endsWith: n } },
      select: { name: true, version: true },
      orderBy: { name: "asc" },
    });
    const again = await importCatalog(input(files), maintainer);
    expect(again.counts).toMatchObject({ created: 0, changed: 0, archived: 0, unchanged: 8 });
    expect(
      await db().entity.findMany({
        where: { name: { endsWith: n } },
        select: { name: true, version: true },
        orderBy: { name: "asc" },
      }),
    ).toEqual(versionsBefore);
  });

  it("refuses a whole batch with one bad document, naming file, document and field, and writes nothing", async () => {
    const n = uid();
    const bad = `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: broken-${n} }\nspec: { owner: ${team.slug}, uses: [feature:nowhere-${n}] }\n`;
    const files = [
      { file: "good.yaml", text: yaml(n, team.slug) },
      { file: "bad.yaml", text: bad },
    ];
    const report = await importCatalog(input(files), maintainer);
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      `bad.yaml › document 1 (Model broken-${n}) › spec.uses.0: feature:nowhere-${n} is neither in the catalogue nor in this import.`,
    ]);
    expect(await db().entity.count({ where: { name: { endsWith: n } } })).toBe(0);
    await expect(runAuthorized(importCatalogAction, input(files), maintainer)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("refuses entities of teams the importer does not maintain", async () => {
    const foreign = await makeTeam("foreign");
    const report = await importCatalog(input([{ file: "x.yaml", text: yaml(uid(), foreign.slug) }]), maintainer);
    expect(report.errors[0]).toMatch(
      /x\.yaml › document 1 \(DataSource events-\w+\) › spec\.owner: You may not change source:events-\w+: it is owned by foreign-\w+, which you do not maintain/,
    );
  });

  it("replaces a document's declared relations and archives left-out entities only with prune", async () => {
    const n = uid();
    const own = await makeTeam("prune");
    const p = await makeMaintainer([own.id]);
    await importCatalog(input([{ file: "a.yaml", text: yaml(n, own.slug) }]), p);
    // The second version drops the consumer and the model's use of the feature.
    const text = yaml(n, own.slug)
      .split("---")
      .slice(0, 3)
      .join("---")
      .replace(`uses: [feature:clicks-${n}]`, "uses: []");
    const withoutPrune = await importCatalog(input([{ file: "a.yaml", text }]), p);
    expect(withoutPrune.counts).toMatchObject({ archived: 1, created: 0 });
    expect(withoutPrune.changes).toContainEqual({
      action: "archive",
      type: "relation",
      ref: `feature:clicks-${n} → model:ctr-${n}`,
    });
    const pruned = await importCatalog(input([{ file: "a.yaml", text }], { prune: true }), p);
    expect(pruned.changes).toEqual([{ action: "archive", type: "entity", ref: `consumer:bidder-${n}` }]);
    const consumer = await db().entity.findUnique({
      where: { kind_name: { kind: "CONSUMER", name: `bidder-${n}` } },
      select: { archivedAt: true },
    });
    expect(consumer?.archivedAt).toBeInstanceOf(Date);
  });

  it("imports Backstage files as they are and lists what it skipped", async () => {
    const n = uid();
    const text = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: bs-${n} }
spec: { type: team, profile: { displayName: "Backstage ${n}" }, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: churn-${n} }
spec: { type: ml-model, lifecycle: production, owner: group:default/bs-${n}, dependsOn: [resource:feat-${n}, component:svc-${n}] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: svc-${n} }
spec: { type: service, lifecycle: production, owner: bs-${n} }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: feat-${n} }
spec: { type: ml-feature, owner: bs-${n} }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ghost-${n} }
spec: { profile: { email: ghost-${n}@example.test }, memberOf: [bs-${n}] }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: growth-${n} }
spec: { owner: bs-${n} }
`;
    const report = await importCatalog(input([{ file: "catalog-info.yaml", text }]), admin);
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.changes.map((c) => `${c.action} ${c.ref}`)).toEqual([
      `create team:bs-${n}`,
      `create model:churn-${n}`,
      `create feature:feat-${n}`,
      `create feature:feat-${n} → model:churn-${n}`,
    ]);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`document 3 (Component svc-${n}): Component of type "service" is not a model`),
        expect.stringContaining(
          `document 2 (Component churn-${n}): spec.dependsOn.1 → component:svc-${n}: does not map`,
        ),
        expect.stringContaining(`document 5 (User ghost-${n}): No debtboard user ghost-${n}@example.test`),
        expect.stringContaining(`document 6 (Domain growth-${n}): Kind Domain is not catalogued`),
      ]),
    );
    const model = await db().entity.findUnique({
      where: { kind_name: { kind: "MODEL", name: `churn-${n}` } },
      select: { team: { select: { slug: true } }, lifecycle: true },
    });
    expect(model).toEqual({ team: { slug: `bs-${n}` }, lifecycle: "PRODUCTION" });
    expect((await importCatalog(input([{ file: "catalog-info.yaml", text }]), admin)).changes).toEqual([]);
  });
});

describe("export", () => {
  it("exports a team's part as YAML that re-imports with nothing to change, and as CSV", async () => {
    const n = uid();
    const own = await makeTeam("export");
    const p = await makeMaintainer([own.id]);
    await importCatalog(input([{ file: "a.yaml", text: yaml(n, own.slug) }]), p);
    const out = await exportCatalog({ team: own.slug, format: "yaml" });
    expect(out).toContain(`name: ctr-${n}`);
    const re = await importCatalog(input([{ file: "export.yaml", text: out }]), p);
    expect(re.errors).toEqual([]);
    expect(re.changes).toEqual([]);
    const csv = await exportCatalog({ team: own.slug, format: "csv" });
    expect(csv.split("\r\n")[0]).toBe("kind,name,title,team,lifecycle,tags,description,upstream,downstream");
    expect(csv).toContain(`MODEL,ctr-${n},,${own.slug},PRODUCTION,,,feature:clicks-${n},consumer:bidder-${n}`);
  });
});
