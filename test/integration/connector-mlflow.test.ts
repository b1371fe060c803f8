// The MLflow connector against a real `mlflow server` (SQLite backend in a temp dir, one worker,
// no job runner) from the connectors' venv, its registry filled by the real `mlflow` client
// (test/connectors/mlflow/log_models.py): models and owners, links and tags on the model, the
// reproducibility items the training run proves pre-answered with a link to the run in a draft
// started afterwards, a person's answer left alone and listed as skipped, a dry run that writes
// nothing, idempotency, audit rows, and clear errors for an unreachable server and a 401.
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { CODE_RECORDED, SEEDS_AND_ENVIRONMENT, TRAINING_DATA_SNAPSHOT } from "@/lib/domain/connectors/mlflow/evidence";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitComplete } from "@/lib/server/assessments/submit-complete";
import { mlflowConnector } from "@/lib/server/connectors/mlflow";
import { runConnector, type ConnectorRunResult } from "@/lib/server/connectors/run-connector";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { POST as postRun } from "@/app/api/v1/connectors/[slug]/runs/route";
import { db } from "@/lib/server/db/client";
import { connectorToolDir, ensureConnectorsVenv, venvBin } from "@/test/connectors/venv";
import { ensureChecklist } from "./assessment-fixtures";
import { makeAdmin, makeMaintainer, uid } from "./catalog-fixtures";
import { startRouteServer } from "./support/route-server";

const u = uid();
const work = mkdtempSync(path.join(tmpdir(), "mlflow-"));
const TEAM = `mlflow-${u}`;
const CTR = `CTR Model ${u}`;
const CTR_ENTITY = `ctr-model-${u}`;
const FRAUD = `fraud-${u}`;
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const DATA_COMMIT = "89abcdef0123456789abcdef0123456789abcdef";

let server: ChildProcess | null = null;
let trackingUrl = "";
let admin: Principal;
let maintainer: Principal;
let teamId = "";
let runs: Record<string, { version: string; run_id: string; experiment_id: string }[]> = {};

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const address = s.address();
  await new Promise((resolve) => s.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function waitForHealth(url: string, log: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server?.exitCode !== null) throw new Error(`mlflow server exited: ${readFileSync(log, "utf8").slice(-2000)}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`mlflow server did not answer ${url}/health: ${readFileSync(log, "utf8").slice(-2000)}`);
}

const sync = (over: { dryRun?: boolean; env?: Record<string, string | undefined>; principal?: Principal } = {}) => {
  const saved = { ...process.env };
  process.env.MLFLOW_TRACKING_URI = trackingUrl;
  delete process.env.MLFLOW_TRACKING_TOKEN;
  delete process.env.MLFLOW_TRACKING_USERNAME;
  delete process.env.MLFLOW_TRACKING_PASSWORD;
  delete process.env.MLFLOW_DEFAULT_TEAM;
  for (const [k, v] of Object.entries(over.env ?? {}))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  return runConnector(
    mlflowConnector,
    { text: null, fileName: null },
    { principal: over.principal ?? admin, source: "CLI", dryRun: over.dryRun ?? false },
  ).finally(() => {
    process.env = saved;
  });
};

const runUrl = (model: string, i: number) => {
  const r = runs[model]?.[i];
  return `${trackingUrl}/#/experiments/${r?.experiment_id}/runs/${r?.run_id}`;
};

async function answersOf(assessmentId: string) {
  const rows = await db().answer.findMany({
    where: { assessmentId },
    select: { value: true, note: true, evidenceUrl: true, item: { select: { key: true } } },
  });
  return new Map(rows.map((r) => [r.item.key, r]));
}

beforeAll(async () => {
  const python = ensureConnectorsVenv("mlflow");
  await ensureChecklist();
  const team = await db().team.create({ data: { slug: TEAM, name: TEAM }, select: { id: true } });
  teamId = team.id;
  admin = await makeAdmin();
  maintainer = await makeMaintainer([teamId]);

  const port = await freePort();
  trackingUrl = `http://127.0.0.1:${port}`;
  const log = path.join(work, "server.log");
  const out = (await import("node:fs")).openSync(log, "a");
  server = spawn(
    path.join(venvBin("mlflow"), "mlflow"),
    [
      "server",
      "--backend-store-uri",
      `sqlite:///${path.join(work, "mlflow.db")}`,
      "--default-artifact-root",
      path.join(work, "artifacts"),
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--workers",
      "1",
    ],
    // Lightest: one worker, and no job runner (seven huey consumers otherwise; the registry needs none).
    { cwd: work, stdio: ["ignore", out, out], env: { ...process.env, MLFLOW_SERVER_ENABLE_JOB_EXECUTION: "false" } },
  );
  await waitForHealth(trackingUrl, log);

  const spec = {
    models: [
      {
        name: CTR,
        description: "Click-through rate of ads.",
        tags: { "debtboard.team": TEAM, domain: "ads" },
        aliases: { champion: 2 },
        versions: [
          { params: { seed: "1" } },
          {
            params: { seed: "42", lr: "0.1" },
            run_tags: { "mlflow.source.git.commit": COMMIT, "debtboard.data.git.commit": DATA_COMMIT },
            dataset: { name: "clicks", source: "s3://lake/clicks/2026-12-01.parquet", context: "training" },
          },
          { params: { random_state: "7" }, stage: "Staging" },
        ],
      },
      {
        name: FRAUD,
        tags: { team: TEAM },
        versions: [{ params: { seed: "3" }, drop_run_tags: ["mlflow.source.git.commit"] }],
      },
      { name: `untagged-${u}`, versions: [{ params: {} }] },
      { name: `elsewhere-${u}`, tags: { team: `no-such-team-${u}` }, versions: [] },
    ],
  };
  writeFileSync(path.join(work, "spec.json"), JSON.stringify(spec));
  await promisify(execFile)(
    python,
    [
      path.join(connectorToolDir("mlflow"), "log_models.py"),
      trackingUrl,
      path.join(work, "spec.json"),
      path.join(work, "out.json"),
    ],
    { cwd: connectorToolDir("mlflow"), timeout: 300_000, env: { ...process.env, MLFLOW_TRACKING_URI: trackingUrl } },
  );
  const logged = JSON.parse(readFileSync(path.join(work, "out.json"), "utf8")) as {
    models: { name: string; versions: { version: string; run_id: string; experiment_id: string }[] }[];
  };
  runs = Object.fromEntries(logged.models.map((m) => [m.name, m.versions]));
}, 30 * 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server?.once("exit", r));
  }
});

describe("MLflow connector", () => {
  it("a dry run reports the models it would create and writes nothing", async () => {
    const report = await sync({ dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(false);
    expect(report.changes).toContainEqual({ action: "create", type: "entity", ref: `model:${CTR_ENTITY}` });
    expect(report.changes).toContainEqual({
      action: "create",
      type: "evidence",
      ref: `model:${CTR_ENTITY} › ${CODE_RECORDED}`,
    });
    expect(await db().entity.count({ where: { name: CTR_ENTITY } })).toBe(0);
    expect((await db().importRun.findUniqueOrThrow({ where: { id: report.runId } })).status).toBe("DRY_RUN");
  });

  it("syncs the registry into models owned by the tagged team, with versions, aliases and tags on the model", async () => {
    const report = await sync();
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        `MLflow model "untagged-${u}": skipped, it has no team tag (debtboard.team or team) and no default team is set (MLFLOW_DEFAULT_TEAM).`,
        `MLflow model "elsewhere-${u}": skipped, its team "no-such-team-${u}" is not a debtboard team.`,
      ]),
    );
    const ctr = await db().entity.findUniqueOrThrow({
      where: { kind_name: { kind: "MODEL", name: CTR_ENTITY } },
      include: { model: true },
    });
    expect(ctr).toMatchObject({
      teamId,
      title: CTR,
      description: "Click-through rate of ads.",
      lifecycle: "PRODUCTION",
    });
    expect(ctr.tags).toEqual(["mlflow:domain=ads", "mlflow-alias:champion=v2", "mlflow-stage:Staging=v3"]);
    const model = `${trackingUrl}/#/models/${encodeURIComponent(CTR)}`;
    expect(ctr.links).toEqual([
      { type: "other", url: model, title: `MLflow: ${CTR}` },
      { type: "other", url: `${model}/versions/3`, title: "MLflow version 3 (Staging)" },
      { type: "other", url: `${model}/versions/2`, title: "MLflow version 2 (champion)" },
      { type: "training-run", url: runUrl(CTR, 1), title: "Training run of version 2" },
    ]);
    expect(ctr.model?.trainingDataSnapshot).toMatch(/^clicks@[0-9a-f]+$/);
    const fraud = await db().entity.findUniqueOrThrow({ where: { kind_name: { kind: "MODEL", name: FRAUD } } });
    expect(fraud).toMatchObject({ teamId, lifecycle: "EXPERIMENTAL" });
    expect(await db().entity.count({ where: { name: { in: [`untagged-${u}`, `elsewhere-${u}`] } } })).toBe(0);
    // What the runs do not prove is said, never answered.
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `model:${FRAUD} (version 1 (the newest; none is in production)): not proven: ${CODE_RECORDED}: neither`,
        ),
        expect.stringContaining(
          `model:${CTR_ENTITY} (version 2 (alias champion)): not proven: ${SEEDS_AND_ENVIRONMENT}: seeds are logged (seed=42)`,
        ),
      ]),
    );

    const run = await db().importRun.findUniqueOrThrow({ where: { id: report.runId } });
    expect(run).toMatchObject({ connector: "MLFLOW", status: "APPLIED", source: "CLI", actorId: admin.userId });
    const audits = await db().auditEvent.findMany({
      where: { actorId: admin.userId, targetId: ctr.id },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["entity.create", "evidence.sync"]);
  });

  it("pre-answers the items the production version's run proves, linking the run, in a draft started afterwards", async () => {
    const ctr = await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { id: true } });
    const draft = await startDraft(db(), { principal: maintainer, entityId: ctr.id });
    const answers = await answersOf(draft.assessmentId);
    expect(answers.get(CODE_RECORDED)).toEqual({
      value: "PASS",
      evidenceUrl: runUrl(CTR, 1),
      note: `From MLflow: version 2 (alias champion) was trained by run ${runs[CTR]?.[1]?.run_id} at commit ${COMMIT}; the training set was built at commit ${DATA_COMMIT}.`,
      item: { key: CODE_RECORDED },
    });
    expect(answers.get(TRAINING_DATA_SNAPSHOT)).toMatchObject({ value: "PASS", evidenceUrl: runUrl(CTR, 1) });
    expect(answers.get(TRAINING_DATA_SNAPSHOT)?.note).toMatch(
      /clicks \(digest [0-9a-f]+, s3:\/\/lake\/clicks\/2026-12-01\.parquet\)/,
    );
    expect(answers.has(SEEDS_AND_ENVIRONMENT)).toBe(false);
    expect(answers.size).toBe(2);

    const fraud = await db().entity.findFirstOrThrow({ where: { name: FRAUD }, select: { id: true } });
    const none = await startDraft(db(), { principal: maintainer, entityId: fraud.id });
    expect((await answersOf(none.assessmentId)).size).toBe(0);
  });

  it("never replaces a person's answer: a second sync changes nothing and lists the answered item as skipped", async () => {
    const other = await makeMaintainer([teamId], `Person ${u}`);
    await submitComplete(db(), other, {
      kind: "MODEL",
      name: CTR_ENTITY,
      rubric: "DEBT",
      answers: [
        { itemKey: CODE_RECORDED, value: "FAIL", note: "The data commit is not trustworthy.", evidenceUrl: "" },
      ],
    });
    const before = await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { version: true } });
    const report = await sync();
    expect(report.errors).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(report.counts).toMatchObject({ created: 0, changed: 0, archived: 0 });
    expect(report.skipped).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^model:${CTR_ENTITY} › ${CODE_RECORDED.replace(/\./g, "\\.")}: not pre-answered there, Person ${u} answered it FAIL in assessment #1 `,
        ),
      ),
    );
    expect(
      (await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { version: true } })).version,
    ).toBe(before.version);
    // A draft copying the person's assessment keeps their answer; the evidence fills only the gap.
    const third = await makeMaintainer([teamId]);
    const ctr = await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { id: true } });
    const draft = await startDraft(db(), { principal: third, entityId: ctr.id, fromLast: true });
    const answers = await answersOf(draft.assessmentId);
    expect(answers.get(CODE_RECORDED)).toMatchObject({ value: "FAIL", note: "The data commit is not trustworthy." });
    expect(answers.get(TRAINING_DATA_SNAPSHOT)).toMatchObject({ value: "PASS", evidenceUrl: runUrl(CTR, 1) });
  });

  it("a run whose evidence the caller may not write is refused whole, and writes nothing", async () => {
    const outsiderTeam = await db().team.create({
      data: { slug: `other-${u}`, name: `other-${u}` },
      select: { id: true },
    });
    const outsider = await makeMaintainer([outsiderTeam.id]);
    const ctr = await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { id: true } });
    await db().itemEvidence.deleteMany({ where: { entityId: ctr.id } });
    const report = await sync({ principal: outsider });
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      `You may not record evidence on model:${CTR_ENTITY}: it is owned by a team you do not maintain.`,
    ]);
    expect(await db().itemEvidence.count({ where: { entityId: ctr.id } })).toBe(0);
    expect((await db().importRun.findUniqueOrThrow({ where: { id: report.runId } })).status).toBe("REFUSED");
    expect(await db().auditEvent.count({ where: { actorId: outsider.userId } })).toBe(0);
    // The team's own run puts it back.
    expect((await sync()).counts.created).toBe(2);
    expect(await db().itemEvidence.count({ where: { entityId: ctr.id } })).toBe(2);
  });

  it("when the production alias moves to a version whose run proves nothing, the evidence goes with it", async () => {
    const setAlias = (version: string) =>
      fetch(`${trackingUrl}/api/2.0/mlflow/registered-models/alias`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: CTR, alias: "champion", version }),
      }).then((r) => expect(r.status).toBe(200));
    const ctr = await db().entity.findFirstOrThrow({ where: { name: CTR_ENTITY }, select: { id: true } });
    await setAlias("3");
    const moved = await sync();
    expect(moved.changes).toHaveLength(3);
    expect(moved.changes).toEqual(
      expect.arrayContaining([
        { action: "update", type: "entity", ref: `model:${CTR_ENTITY}` },
        { action: "archive", type: "evidence", ref: `model:${CTR_ENTITY} › ${TRAINING_DATA_SNAPSHOT}` },
        { action: "archive", type: "evidence", ref: `model:${CTR_ENTITY} › ${CODE_RECORDED}` },
      ]),
    );
    expect(moved.notes).toContainEqual(
      expect.stringContaining(`model:${CTR_ENTITY} (version 3 (alias champion)): not proven: ${CODE_RECORDED}`),
    );
    expect(await db().itemEvidence.count({ where: { entityId: ctr.id } })).toBe(0);
    const entity = await db().entity.findUniqueOrThrow({ where: { id: ctr.id }, select: { tags: true, links: true } });
    expect(entity.tags).toContain("mlflow-alias:champion=v3");
    expect(JSON.stringify(entity.links)).toContain(runUrl(CTR, 2));
    await setAlias("2");
    const back = await sync();
    expect(back.counts).toMatchObject({ created: 2, changed: 1, archived: 0 });
    // The drafts opened in the tests above are their authors' own and are not changed.
    expect(back.notes).toContainEqual(
      expect.stringMatching(new RegExp(`^model:${CTR_ENTITY}: \\d+ open draft\\(s\\) keep their answers`)),
    );
    expect(await db().itemEvidence.count({ where: { entityId: ctr.id } })).toBe(2);
  });

  it("a model a person archived in debtboard is not brought back", async () => {
    await db().entity.updateMany({ where: { kind: "MODEL", name: FRAUD }, data: { archivedAt: new Date() } });
    const report = await sync();
    expect(report.skipped).toContain(
      `MLflow model "${FRAUD}": skipped, model:${FRAUD} is archived in debtboard (restore it there to sync it again).`,
    );
    expect(report.changes).toEqual([]);
    expect((await db().entity.findFirstOrThrow({ where: { name: FRAUD } })).archivedAt).not.toBeNull();
  });

  it("runs over the API for an organisation admin's token (a team maintainer's is refused)", async () => {
    const route = await startRouteServer({ "/connectors/[slug]/runs": postRun });
    const tokenOf = async (p: Principal, scopes: string[]) => {
      const minted = mintApiToken();
      await db().apiToken.create({
        data: { name: "mlflow", tokenHash: minted.hash, prefix: minted.prefix, userId: p.userId ?? "", scopes },
      });
      return minted.secret;
    };
    const post = (token: string) =>
      fetch(`${route.url}/api/v1/connectors/mlflow/runs?dryRun=true`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      });
    const saved = process.env.MLFLOW_TRACKING_URI;
    process.env.MLFLOW_TRACKING_URI = trackingUrl;
    try {
      const res = await post(await tokenOf(admin, ["org:admin"]));
      expect(res.status).toBe(200);
      const body = (await res.json()) as ConnectorRunResult;
      expect(body).toMatchObject({ connector: "mlflow", dryRun: true, applied: false, errors: [], changes: [] });
      expect((await db().importRun.findUniqueOrThrow({ where: { id: body.runId } })).source).toBe("API");
      expect((await post(await tokenOf(maintainer, ["catalog:write"]))).status).toBe(403);
    } finally {
      process.env.MLFLOW_TRACKING_URI = saved;
      await route.close();
    }
  });

  it("runs from the command line as the README shows (npm run connector -- mlflow --dry-run)", async () => {
    const { stdout } = await promisify(execFile)(
      path.join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["scripts/connector.ts", "mlflow", "--dry-run"],
      { env: { ...process.env, MLFLOW_TRACKING_URI: trackingUrl }, timeout: 120_000 },
    );
    expect(stdout).toContain(`Read 4 registered model(s) from ${trackingUrl}.`);
    expect(stdout).toMatch(
      /MLflow model registry: 0 created, 0 changed, 0 archived, \d+ unchanged, \d+ skipped — dry run/,
    );
  });

  it("an unreachable server is an error naming its address, recorded as a failed run; nothing is written", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const entities = await db().entity.count();
    await expect(sync({ env: { MLFLOW_TRACKING_URI: closed } })).rejects.toThrow(
      `Could not reach the MLflow tracking server at ${closed}`,
    );
    expect(await db().entity.count()).toBe(entities);
    const failed = await db().importRun.findFirstOrThrow({
      where: { actorId: admin.userId, status: "FAILED" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.stringify(failed.summary)).toContain(closed);
  });

  it("a 401 is an error naming the server and never the credentials", async () => {
    const refusing: Server = createServer((_req, res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ error_code: "UNAUTHENTICATED", message: "no" }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const address = refusing.address();
    const url = `http://127.0.0.1:${address && typeof address === "object" ? address.port : 0}`;
    try {
      const error = await sync({
        env: { MLFLOW_TRACKING_URI: url, MLFLOW_TRACKING_USERNAME: "svc", MLFLOW_TRACKING_PASSWORD: `secret-${u}` },
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(`the MLflow tracking server at ${url} refused the credentials (401`);
      expect((error as Error).message).not.toContain(`secret-${u}`);
      const failed = await db().importRun.findFirstOrThrow({
        where: { actorId: admin.userId, status: "FAILED" },
        orderBy: { createdAt: "desc" },
      });
      expect(JSON.stringify(failed.summary)).not.toContain(`secret-${u}`);
    } finally {
      await new Promise((r) => refusing.close(r));
    }
  });
});
