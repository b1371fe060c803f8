// The Feast connector against a registry built by the real `feast` package: a small feature
// repository (test/connectors/feast/repo) applied with `feast apply` and dumped with
// `feast registry-dump`, then imported through runConnector: data sources and features with
// their owners, types and lineage, a feature service linking its model (added to what the model
// declared), every skipped item with its reason, idempotency, a person's lifecycle kept, the
// binary registry refused with a hint, and the run recorded with its report.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { feastConnector } from "@/lib/server/connectors/feast";
import { getImportRun } from "@/lib/server/connectors/list-import-runs";
import { runConnector } from "@/lib/server/connectors/run-connector";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { connectorToolDir, ensureConnectorsVenv, venvBin } from "@/test/connectors/venv";
import { makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

const u = uid();
const PROJECT = `dbtest_${u}`;
let team: { id: string; slug: string };
let maintainer: Principal;
let modelName: string;
let dump: string;
let repo: string;

const run = (text: string, dryRun = false, fileName = "registry.json") =>
  runConnector(feastConnector, { text, fileName }, { principal: maintainer, source: "CLI", dryRun });

const feastEnv = () => ({ ...process.env, DEBTBOARD_TEAM: team.slug, DEBTBOARD_MODEL: modelName });

beforeAll(async () => {
  ensureConnectorsVenv("feast");
  team = await makeTeam("feast-a");
  maintainer = await makeMaintainer([team.id]);
  modelName = `ranker-${u}`;
  // The model, catalogued by hand, already uses a feature of its own.
  const own = await db().entity.create({
    data: { kind: "FEATURE", name: `own-feature-${u}`, teamId: team.id, feature: { create: {} } },
  });
  const model = await db().entity.create({
    data: { kind: "MODEL", name: modelName, teamId: team.id, lifecycle: "PRODUCTION", model: { create: {} } },
  });
  await db().relation.create({ data: { kind: "MODEL_USES_FEATURE", fromId: own.id, toId: model.id } });

  repo = mkdtempSync(path.join(tmpdir(), "feast-repo-"));
  cpSync(path.join(connectorToolDir("feast"), "repo"), repo, { recursive: true });
  const template = readFileSync(path.join(repo, "feature_store.yaml.template"), "utf8");
  writeFileSync(path.join(repo, "feature_store.yaml"), template.replace("${FEAST_PROJECT}", PROJECT));
  const feast = path.join(venvBin("feast"), "feast");
  await promisify(execFile)(feast, ["apply"], { cwd: repo, env: feastEnv(), timeout: 240_000 });
  dump = (await promisify(execFile)(feast, ["registry-dump"], { cwd: repo, env: feastEnv(), timeout: 240_000 })).stdout;
}, 600_000);

const name = (...parts: string[]) => [PROJECT, ...parts].join(".");

describe("the Feast connector with a registry from `feast apply`", () => {
  it("dry-runs, then imports sources, features and their lineage, listing everything it skipped", async () => {
    const dry = await run(dump, true);
    expect(dry).toMatchObject({ applied: false, dryRun: true, errors: [] });
    expect(await db().entity.count({ where: { name: { startsWith: `${PROJECT}.` } } })).toBe(0);

    const report = await run(dump);
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    const entities = await db().entity.findMany({
      where: { name: { startsWith: `${PROJECT}.` } },
      select: {
        kind: true,
        name: true,
        teamId: true,
        lifecycle: true,
        description: true,
        feature: { select: { dataType: true, derivation: true } },
        source: { select: { system: true } },
      },
      orderBy: { name: "asc" },
    });
    expect(entities.map((e) => [e.kind, e.name, e.feature?.dataType ?? e.source?.system])).toEqual([
      ["DATA_SOURCE", name("clicks_source"), "file"],
      ["FEATURE", name("ctr_boost", "boosted_ctr"), "NUMERIC"],
      ["FEATURE", name("user_clicks", "clicks_7d"), "NUMERIC"],
      ["FEATURE", name("user_clicks", "country"), "CATEGORICAL"],
      ["FEATURE", name("user_clicks", "ctr"), "NUMERIC"],
      ["FEATURE", name("user_clicks", "embedding"), "EMBEDDING"],
    ]);
    // Owner from the view's tag (written with underscores in Feast), lifecycle from its tag.
    for (const e of entities) expect(e.teamId).toBe(team.id);
    const clicks = entities.find((e) => e.name === name("user_clicks", "clicks_7d"))!;
    expect(clicks).toMatchObject({ lifecycle: "PRODUCTION", description: "Clicks in the last 7 days" });
    expect(entities.find((e) => e.name === name("ctr_boost", "boosted_ctr"))?.feature?.derivation).toContain(
      'out["boosted_ctr"] = inputs["ctr"] * inputs["boost"]',
    );

    // Lineage: every feature derived from the file source (the on-demand one through user_clicks).
    const lineage = await db().relation.findMany({
      where: { kind: "FEATURE_FROM_SOURCE", to: { name: { startsWith: `${PROJECT}.` } }, archivedAt: null },
      select: { from: { select: { name: true } }, to: { select: { name: true } } },
    });
    expect(lineage).toHaveLength(5);
    for (const r of lineage) expect(r.from.name).toBe(name("clicks_source"));

    // The feature service tagged with the model: its features added to what the model declared.
    const uses = await db().relation.findMany({
      where: { kind: "MODEL_USES_FEATURE", to: { name: modelName }, archivedAt: null },
      select: { from: { select: { name: true } } },
    });
    expect(uses.map((r) => r.from.name).sort()).toEqual(
      [
        `own-feature-${u}`,
        name("ctr_boost", "boosted_ctr"),
        name("user_clicks", "clicks_7d"),
        name("user_clicks", "ctr"),
      ].sort(),
    );
    expect(
      await db().entity.findUnique({
        where: { kind_name: { kind: "MODEL", name: modelName } },
        select: { lifecycle: true },
      }),
    ).toEqual({
      lifecycle: "PRODUCTION",
    });

    // Nothing silently dropped.
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/clicks_push.*no_such_team names no debtboard team/),
        expect.stringMatching(/user_clicks_fresh\.ctr.*no_such_team/),
        expect.stringMatching(/request_vals.*request sources/),
        expect.stringMatching(/orphan_view\.sessions.*no owner.*FEAST_TEAM/),
        expect.stringMatching(/untagged_service.*no model=/),
      ]),
    );
    expect(report.skipped).toHaveLength(5);
    expect(report.notes).toEqual([expect.stringContaining("Feast entity (user)")]);

    const stored = await getImportRun(report.runId);
    expect(stored).toMatchObject({ connector: "FEAST", source: "CLI", status: "APPLIED", skipped: report.skipped });
    const audits = await db().auditEvent.count({
      where: { action: "entity.create", actorId: maintainer.userId },
    });
    expect(audits).toBeGreaterThanOrEqual(6);
  });

  it("changes nothing on the same registry again, and keeps what a person set", async () => {
    await db().entity.update({
      where: { kind_name: { kind: "FEATURE", name: name("user_clicks", "ctr") } },
      data: { lifecycle: "DEPRECATED", links: [{ type: "runbook", url: "https://wiki.example/ctr" }] },
    });
    const again = await run(dump);
    expect(again).toMatchObject({ applied: true, changes: [], errors: [] });
    expect(
      await db().entity.findUnique({
        where: { kind_name: { kind: "FEATURE", name: name("user_clicks", "ctr") } },
        select: { lifecycle: true },
      }),
    ).toEqual({ lifecycle: "DEPRECATED" });
  });

  it("names what an earlier import brought in and the registry no longer has", async () => {
    const registry = JSON.parse(dump) as { featureViews: { spec: { name: string; features: { name: string }[] } }[] };
    const view = registry.featureViews.find((v) => v.spec.name === "user_clicks")!;
    view.spec.features = view.spec.features.filter((f) => f.name !== "country");
    const report = await run(JSON.stringify(registry));
    expect(report.notes.join("\n")).toContain(`FEATURE:${name("user_clicks", "country")}`);
    // Listed, not archived.
    expect(
      (
        await db().entity.findUnique({
          where: { kind_name: { kind: "FEATURE", name: name("user_clicks", "country") } },
        })
      )?.archivedAt,
    ).toBeNull();
  });

  it("refuses the binary registry with the command that makes the JSON, writing nothing but the refused run", async () => {
    const binary = readFileSync(path.join(repo, "data", "registry.db")).toString("utf8");
    const projectEntities = () => db().entity.count({ where: { name: { startsWith: `${PROJECT}.` } } });
    const before = await projectEntities();
    const error = await run(binary, false, "registry.db").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain("feast registry-dump");
    expect(await projectEntities()).toBe(before);
    const refused = await db().importRun.findFirst({
      where: { connector: "FEAST", status: "REFUSED" },
      orderBy: { createdAt: "desc" },
      select: { summary: true },
    });
    expect(JSON.stringify(refused?.summary)).toContain("feast registry-dump");
    await expect(run('{"hello": 1}')).rejects.toThrow(/not a Feast registry dump/);
  });
});
