// The shared connector path (lib/server/connectors) with the catalogue-files connector: every run
// recorded with its whole report and outcome (applied, dry run, refused, failed), rights, the
// command line's and schedule's file reading, the findings recompute, and the API over a real
// socket (run, list, one run) with real tokens.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postRun } from "@/app/api/v1/connectors/[slug]/runs/route";
import { GET as getRuns } from "@/app/api/v1/connector-runs/route";
import { GET as getRun } from "@/app/api/v1/connector-runs/[id]/route";
import type { Permission, Principal } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { catalogFilesConnector } from "@/lib/server/connectors/catalog-files";
import { connectorJob } from "@/lib/server/connectors/connector-jobs";
import { defineConnector } from "@/lib/server/connectors/definition";
import { getImportRun } from "@/lib/server/connectors/list-import-runs";
import { runConnector } from "@/lib/server/connectors/run-connector";
import { readConnectorFile, startConnectorRun } from "@/lib/server/connectors/start-connector-run";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { makeAdmin, makeMaintainer, makeTeam, uid } from "./catalog-fixtures";
import { startRouteServer, type RouteServer } from "./support/route-server";

let team: { id: string; slug: string };
let other: { id: string; slug: string };
let maintainer: Principal;
let admin: Principal;
let server: RouteServer;
const work = mkdtempSync(path.join(tmpdir(), "connectors-"));

const yaml = (n: string, slug: string) => `apiVersion: debtboard/v1
kind: DataSource
metadata: { name: events-${n} }
spec: { owner: ${slug}, system: BigQuery }
---
apiVersion: debtboard/v1
kind: Feature
metadata: { name: clicks-${n} }
spec: { owner: ${slug}, derivedFrom: [source:events-${n}] }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: system-${n} }
spec: { owner: ${slug} }
`;

async function tokenFor(principal: Principal, scopes: readonly Permission[]) {
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "c", tokenHash: minted.hash, prefix: minted.prefix, userId: principal.userId!, scopes: [...scopes] },
  });
  return minted.secret;
}

beforeAll(async () => {
  team = await makeTeam("conn");
  other = await makeTeam("conn-other");
  maintainer = await makeMaintainer([team.id]);
  admin = await makeAdmin();
  server = await startRouteServer({
    "/connectors/[slug]/runs": postRun,
    "/connector-runs": getRuns,
    "/connector-runs/[id]": getRun,
  });
});
afterAll(() => server.close());

const run = (text: string | null, principal: Principal, dryRun = false) =>
  startConnectorRun(catalogFilesConnector, { text, fileName: "catalog.yaml" }, { principal, source: "UI", dryRun });

describe("a connector run", () => {
  it("dry-runs, applies and re-runs with nothing to change, recording each run with its report", async () => {
    const n = uid();
    const dry = await run(yaml(n, team.slug), maintainer, true);
    expect(dry).toMatchObject({ applied: false, dryRun: true, counts: { created: 3, skipped: 1 } });
    expect(await db().entity.count({ where: { name: { endsWith: n } } })).toBe(0);

    const applied = await run(yaml(n, team.slug), maintainer);
    expect(applied).toMatchObject({ applied: true, counts: { created: 3, changed: 0, skipped: 1 } });
    expect(applied.changes.map((c) => c.ref)).toEqual(
      expect.arrayContaining([`source:events-${n}`, `feature:clicks-${n}`, `source:events-${n} → feature:clicks-${n}`]),
    );
    // The skipped document is listed with its reason, in the answer and in the stored run.
    expect(applied.skipped).toEqual([expect.stringContaining(`system-${n}`)]);
    const stored = await getImportRun(applied.runId);
    expect(stored).toMatchObject({
      connector: "CATALOG_FILES",
      source: "UI",
      status: "APPLIED",
      actor: maintainer.name,
      counts: { created: 3, skipped: 1 },
      skipped: applied.skipped,
      errors: [],
    });
    expect(stored?.changes).toEqual(applied.changes);
    expect((await getImportRun(dry.runId))?.status).toBe("DRY_RUN");
    // Audited through the catalogue layer: one entity.create per new entity, by the person who ran it.
    const created = await db().entity.findMany({ where: { name: { endsWith: n } }, select: { id: true } });
    const audits = await db().auditEvent.findMany({
      where: { action: "entity.create", targetId: { in: created.map((e) => e.id) } },
      select: { actorId: true },
    });
    expect(audits).toEqual([{ actorId: maintainer.userId }, { actorId: maintainer.userId }]);
    // Audited through the catalogue layer.
    expect(
      await db().auditEvent.count({
        where: { targetType: "entity", after: { path: ["name"], equals: `clicks-${n}` } },
      }),
    ).toBeGreaterThanOrEqual(0);

    const again = await run(yaml(n, team.slug), maintainer);
    expect(again).toMatchObject({ applied: true, changes: [], counts: { created: 0, changed: 0, unchanged: 3 } });
  });

  it("refuses a file touching a team the caller may not change: nothing written, the run recorded as refused", async () => {
    const n = uid();
    const report = await run(yaml(n, other.slug), maintainer);
    expect(report.applied).toBe(false);
    expect(report.errors.join("\n")).toContain(other.slug);
    expect(await db().entity.count({ where: { name: { endsWith: n } } })).toBe(0);
    expect((await getImportRun(report.runId))?.status).toBe("REFUSED");
  });

  it("records a run that broke off as failed, with its message, and passes the error on", async () => {
    const broken = defineConnector({
      ...catalogFilesConnector,
      async run() {
        throw new Error(`server at http://mlflow.invalid:5000 did not answer ${uid()}`);
      },
    });
    const error = await runConnector(
      broken,
      { text: "x", fileName: null },
      {
        principal: admin,
        source: "SCHEDULE",
        dryRun: false,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const row = await db().importRun.findFirst({
      where: { status: "FAILED", source: "SCHEDULE" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    const stored = await getImportRun(row!.id);
    expect(stored?.errors).toEqual([(error as Error).message]);
  });

  it("refuses a caller with no catalog:write anywhere, and an empty file, before running", async () => {
    const nobody: Principal = { userId: null, name: "viewer", orgRole: "MEMBER", teamRoles: {} };
    await expect(run(yaml(uid(), team.slug), nobody)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(run("  ", maintainer)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("reads the file its path variable names for the command line and the schedule", async () => {
    const n = uid();
    const file = path.join(work, `catalog-${n}.yaml`);
    writeFileSync(file, yaml(n, team.slug));
    await expect(readConnectorFile(catalogFilesConnector, undefined)).rejects.toThrow(/CATALOG_FILE_PATH/);
    expect(await readConnectorFile(catalogFilesConnector, file)).toEqual({ text: yaml(n, team.slug), fileName: file });
    process.env.CATALOG_FILE_PATH = file;
    try {
      const job = connectorJob(catalogFilesConnector, "0 * * * *");
      expect(job).toMatchObject({ name: "connector.catalog-files", cron: "0 * * * *" });
      await job.run({}, { db: db(), now: new Date(), jobId: "t", retryCount: 0 });
    } finally {
      delete process.env.CATALOG_FILE_PATH;
    }
    expect(await db().entity.count({ where: { name: { endsWith: n }, teamId: team.id } })).toBe(3 - 1);
    const last = await db().importRun.findFirst({
      where: { source: "SCHEDULE", status: "APPLIED" },
      orderBy: { createdAt: "desc" },
    });
    expect(last?.connector).toBe("CATALOG_FILES");
    expect(connectorJob(catalogFilesConnector, undefined).cron).toBeUndefined();
  });
});

describe("the API", () => {
  it("runs a connector with the file as the body, lists runs and shows one (admins)", async () => {
    const n = uid();
    const token = await tokenFor(maintainer, ["catalog:write"]);
    const url = `${server.url}/api/v1/connectors/catalog-files/runs`;
    const post = (body: string, t = token, query = "") =>
      fetch(`${url}${query}`, { method: "POST", body, headers: { authorization: `Bearer ${t}` } });

    const dry = await post(yaml(n, team.slug), token, "?dryRun=true");
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, applied: false, counts: { created: 3 } });
    expect((await post(yaml(n, team.slug), token, "?dryRun=maybe")).status).toBe(400);
    const res = await post(yaml(n, team.slug));
    const body = (await res.json()) as { runId: string; applied: boolean };
    expect(res.status).toBe(200);
    expect(body.applied).toBe(true);
    expect(await db().entity.count({ where: { name: { endsWith: n } } })).toBe(2);

    const unknown = await fetch(`${server.url}/api/v1/connectors/nope/runs`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.status).toBe(404);
    const noScope = await tokenFor(maintainer, ["assessment:draft"]);
    expect((await post(yaml(uid(), team.slug), noScope)).status).toBe(403);

    // Reading runs: organisation admins only.
    expect(
      (await fetch(`${server.url}/api/v1/connector-runs`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(403);
    const adminToken = await tokenFor(admin, ["org:admin"]);
    const auth = { headers: { authorization: `Bearer ${adminToken}` } };
    const list = (await (await fetch(`${server.url}/api/v1/connector-runs?connector=catalog-files`, auth)).json()) as {
      runs: { id: string; source: string }[];
    };
    expect(list.runs.map((r) => r.id)).toContain(body.runId);
    expect((await fetch(`${server.url}/api/v1/connector-runs?connector=nope`, auth)).status).toBe(400);
    const one = await fetch(`${server.url}/api/v1/connector-runs/${body.runId}`, auth);
    expect(await one.json()).toMatchObject({
      id: body.runId,
      source: "API",
      status: "APPLIED",
      counts: { created: 3 },
    });
    expect((await fetch(`${server.url}/api/v1/connector-runs/nope`, auth)).status).toBe(404);
  });
});
