// Several app instances behind one Postgres (issue 18, item 15): three server processes on the
// same database, the load spread over them with no affinity while catalogue changes land on
// random instances, then: nothing lost or doubled (submits, findings, score snapshots), a
// catalogue change made through one instance visible in the lineage view of the others at once
// (LISTEN/NOTIFY, not the 30 s fallback expiry), and the background findings recompute leaving
// exactly what one recompute of the final catalogue gives.
import type pg from "pg";
import type { Db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { type Checks, ms, prng } from "./checks";
import { runLoad, type LoadResult } from "./load";
import type { StressWorld } from "./world";

export interface InstancesOptions {
  baseUrls: string[];
  world: StressWorld;
  db: Db;
  client: pg.Client;
  seed: number;
  vus: number;
  durationMs: number;
}

async function api(baseUrl: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, text: await res.text() };
}

async function page(baseUrl: string, path: string, cookie: string) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, text: await res.text() };
}

/** A new feature feeding `model`, made through one instance; resolves to the feature's name. */
async function newFeatureFor(baseUrl: string, token: string, model: string, tag: string) {
  const name = `stress-${tag}-${Date.now().toString(36)}`;
  const made = await api(baseUrl, token, "POST", "/api/v1/entities", {
    kind: "FEATURE",
    name,
    team: "team-ranking",
    lifecycle: "experimental",
    feature: {},
  });
  if (made.status !== 201) throw new Error(`creating ${name}: ${made.status} ${made.text.slice(0, 200)}`);
  const related = await api(baseUrl, token, "POST", "/api/v1/relations", {
    from: `feature:${name}`,
    to: `model:${model}`,
  });
  if (related.status !== 201) throw new Error(`relating ${name}: ${related.status} ${related.text.slice(0, 200)}`);
  return name;
}

export async function severalInstances(checks: Checks, options: InstancesOptions): Promise<LoadResult> {
  const { baseUrls, world, client } = options;
  const cookie = world.cookies[0] ?? "";
  const model = await options.db.entity.findFirstOrThrow({
    where: { kind: "MODEL", archivedAt: null, team: { slug: "team-ranking" } },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  const lineage = `/catalog/models/${encodeURIComponent(model.name)}/lineage?hops=1`;

  // 1. Cache invalidation across processes: every instance has the lineage graph cached, one
  //    instance takes a change, the others must show it long before their fallback expiry.
  for (const url of baseUrls) await page(url, lineage, cookie);
  const feature = await newFeatureFor(baseUrls[0] ?? "", world.adminToken, model.name, "notify");
  const seenAfter: number[] = [];
  const t0 = Date.now();
  for (const url of baseUrls.slice(1)) {
    for (;;) {
      if ((await page(url, lineage, cookie)).text.includes(feature)) {
        seenAfter.push(Date.now() - t0);
        break;
      }
      if (Date.now() - t0 > 20_000) {
        seenAfter.push(Number.POSITIVE_INFINITY);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  checks.check(
    "instances: a catalogue change made through one instance shows in the others' lineage view well before the 30 s fallback expiry",
    seenAfter.every((t) => t < 15_000),
    `seen after ${seenAfter.map(ms).join(", ")}`,
  );

  // 2. Load spread over the instances while catalogue changes land on random instances (each
  //    schedules a background findings recompute in the process that took it).
  const before = new Set(
    (await client.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE status = 'SUBMITTED'`)).rows.map(
      (r) => r.id,
    ),
  );
  const rng = prng(options.seed + 7);
  const deadline = Date.now() + options.durationMs;
  let changes = 0;
  const changeErrors: string[] = [];
  const churn = (async () => {
    while (Date.now() < deadline - 2_000) {
      try {
        await newFeatureFor(rng.pick(baseUrls), world.adminToken, model.name, `churn${changes}`);
        changes++;
      } catch (error) {
        changeErrors.push(error instanceof Error ? error.message : String(error));
      }
      await new Promise((r) => setTimeout(r, 500 + rng.int(1000)));
    }
  })();
  const load = await runLoad({
    baseUrl: baseUrls[0] ?? "",
    baseUrls,
    world,
    vus: options.vus,
    durationMs: options.durationMs,
    maxRequests: 200_000,
    seed: options.seed + 3,
  });
  await churn;
  const failures = load.samples.filter((s) => s.status >= 500 || s.status === 0);
  checks.check(
    `instances: ${load.samples.length} requests over ${baseUrls.length} instances, no 5xx and no dropped connection`,
    failures.length === 0,
    failures.length
      ? `${failures.length}, e.g. ${failures[0]?.status} ${failures[0]?.path}: ${failures[0]?.message}`
      : "",
  );
  checks.check(
    "instances: catalogue changes through random instances all succeeded",
    changeErrors.length === 0 && changes > 0,
    changeErrors[0] ?? `${changes} features added`,
  );
  const now = new Set(
    (await client.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE status = 'SUBMITTED'`)).rows.map(
      (r) => r.id,
    ),
  );
  const lost = load.acked.filter((id) => !now.has(id));
  const unacked = [...now].filter((id) => !before.has(id) && !load.acked.includes(id));
  checks.check(
    "instances: stored submits = acknowledged submits (nothing lost or doubled across processes)",
    lost.length === 0 && unacked.length === 0 && new Set(load.acked).size === load.acked.length,
    `acknowledged ${load.acked.length}, lost ${lost.length}, stored but not acknowledged ${unacked.length}`,
  );
  const dupSeq = await client.query(
    `SELECT "entityId", rubric, "submittedSeq" FROM "Assessment" WHERE status = 'SUBMITTED'
     GROUP BY 1, 2, 3 HAVING count(*) > 1`,
  );
  checks.check("instances: no submitted sequence number taken twice", dupSeq.rowCount === 0, `${dupSeq.rowCount ?? 0}`);
  const dupSnapshots = await client.query(
    `SELECT scope, "teamId", "entityId", "categoryId", "takenOn" FROM "ScoreSnapshot"
     GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1`,
  );
  checks.check(
    "instances: no duplicated score snapshot rows (one per scope, team, entity, category and day)",
    dupSnapshots.rowCount === 0,
    `${dupSnapshots.rowCount ?? 0} duplicated keys`,
  );

  // 3. Background work: once the instances' recomputes have settled, the stored findings are
  //    exactly what one recompute of the final catalogue gives (nothing duplicated or missed).
  let settled = false;
  for (let i = 0; i < 30 && !settled; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    const idle = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    settled = (idle.rows[0] as { n: number }).n === 0;
  }
  const check = await recomputeFindings(options.db);
  const dupSignals = await client.query(
    `SELECT kind, "teamId", status, count(*) FROM "Signal" GROUP BY 1, 2, 3, fingerprint HAVING count(*) > 1`,
  );
  checks.check(
    "instances: findings after concurrent background recomputes need no correction and are not duplicated",
    check.created === 0 && check.resolved === 0 && check.reopened === 0 && dupSignals.rowCount === 0,
    `a fresh recompute would create ${check.created}, resolve ${check.resolved}, reopen ${check.reopened}; ${dupSignals.rowCount ?? 0} duplicated`,
  );
  return load;
}
