// Team webhooks against a real Postgres, the real job queue and a real HTTP receiver on
// 127.0.0.1: every delivery's HMAC signature is recomputed here with node:crypto (not with the
// app's signing code), each event kind's payload is checked where it is emitted (a review
// closed, a gate flipped by a target change and by a submit, findings opened), a 500 is retried
// with back-off until it succeeds, every attempt is in the delivery log, disabled webhooks are
// not called, redirects are not followed, and another team's maintainer is refused.
//
// The back-off is made small for this file (first retry after 1 s) before the queue starts.
process.env.WEBHOOK_RETRY_DELAY_SECONDS = "1";
process.env.WEBHOOK_RETRY_LIMIT = "3";

import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { env } from "@/lib/config/env";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { setRatingTarget } from "@/lib/server/gates/set-rating-target";
import { startJobQueue, type JobQueue } from "@/lib/server/jobs/queue";
import { closeReview } from "@/lib/server/reviews/close-review";
import { startReview } from "@/lib/server/reviews/start-review";
import { createEntity, createUser } from "@/lib/server/seed/factories";
import { deleteTeamWebhook, setTeamWebhookEnabled } from "@/lib/server/webhooks/change-webhook";
import { createTeamWebhook } from "@/lib/server/webhooks/create-webhook";
import { deliverWebhook } from "@/lib/server/webhooks/deliver-webhook";
import { deliverWebhookJob } from "@/lib/server/webhooks/deliver-job";
import { emitWebhookEvent } from "@/lib/server/webhooks/emit-webhook-event";
import { sendWebhookTestEvent } from "@/lib/server/webhooks/send-test-event";
import { ensureChecklist, submitModelDebt, teamFixture, type TeamFixture } from "./assessment-fixtures";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the receiver answers on a path, in turn (the last one repeats); default 200 "ok". */
const scripts = new Map<string, { status: number; body?: string; location?: string }[]>();
const received: Received[] = [];
let server: Server;
let base: string;
let worker: JobQueue;
let fixture: TeamFixture;
let admin: Principal;
let other: TeamFixture;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const script = scripts.get(path) ?? [];
      const answer = (script.length > 1 ? script.shift() : script[0]) ?? { status: 200, body: "ok" };
      res.writeHead(answer.status, answer.location ? { Location: answer.location } : {});
      res.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureChecklist();
  fixture = await teamFixture();
  other = await teamFixture();
  const user = await createUser(db(), { orgRole: "ADMIN" });
  admin = { userId: user.id, name: user.name, orgRole: "ADMIN", teamRoles: {} };
  worker = await startJobQueue(db(), { jobs: [deliverWebhookJob], pollingIntervalSeconds: 0.5, log: () => {} });
});
afterAll(async () => {
  await worker?.stop(5);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db().$disconnect();
});

async function until<T>(probe: () => Promise<T | null | undefined | false> | T | null | undefined | false): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let hookCount = 0;
async function hook(options: { events?: string[]; format?: "JSON" | "SLACK"; team?: TeamFixture; path?: string } = {}) {
  const team = options.team ?? fixture;
  const path = options.path ?? `/hook-${++hookCount}`;
  const created = await runAuthorized(
    createTeamWebhook,
    {
      teamId: team.teamId,
      url: `${base}${path}`,
      events: options.events ?? ["gate.changed", "findings.new", "review.closed"],
      format: options.format ?? "JSON",
    },
    team.maintainer,
  );
  return { ...created, path };
}

/** Checks the signature the way a receiver would: HMAC-SHA256 over "<timestamp>.<raw body>". */
function verify(request: Received, secret: string): boolean {
  const timestamp = String(request.headers["x-debtboard-timestamp"]);
  const signature = String(request.headers["x-debtboard-signature"]);
  const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest("hex")}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

const at = (path: string) => received.filter((r) => r.path === path);
const deliveries = (webhookId: string) =>
  db().webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ attemptedAt: "asc" }, { attempt: "asc" }] });

const assess = (name: string, failShare: number) => submitModelDebt(fixture.maintainer, name, failShare);

describe("managing webhooks", () => {
  it("uses the small back-off this file asked for", () => {
    expect(env().WEBHOOK_RETRY_DELAY_SECONDS).toBe(1);
    expect(deliverWebhookJob.retryDelaySeconds).toBe(1);
  });

  it.each([
    ["ftp://example.com/hook", /not ftp/],
    ["http://example.com/hook", /plain http is allowed only to localhost or 127\.0\.0\.1/],
    ["not a url", /not a web address/],
    ["https://user:pass@example.com/hook", /user names and passwords/],
  ])("refuses %s with a clear error and creates nothing", async (url, message) => {
    const before = await db().webhook.count({ where: { teamId: fixture.teamId } });
    const refused = await runAuthorized(
      createTeamWebhook,
      { teamId: fixture.teamId, url, events: ["gate.changed"] },
      fixture.maintainer,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).fieldErrors.url?.join(" ")).toMatch(message);
    expect(await db().webhook.count({ where: { teamId: fixture.teamId } })).toBe(before);
  });

  it("generates a secret, returns it once and audits the creation without it", async () => {
    const created = await runAuthorized(
      createTeamWebhook,
      { teamId: fixture.teamId, url: "https://hooks.example.com/debt", events: ["review.closed"], format: "SLACK" },
      fixture.maintainer,
    );
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await db().webhook.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      enabled: true,
      format: "SLACK",
      events: ["review.closed"],
      createdById: fixture.maintainer.userId,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "webhook.create", targetId: created.id } });
    expect(audit.teamId).toBe(fixture.teamId);
    expect(JSON.stringify(audit.after)).not.toContain(created.secret);
    await runAuthorized(deleteTeamWebhook, { webhookId: created.id }, fixture.maintainer);
    expect(await db().webhook.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "webhook.delete", targetId: created.id } })).toBe(1);
  });

  it("refuses another team's maintainer and the team's members, changing nothing", async () => {
    const target = await hook({ events: ["review.closed"] });
    for (const who of [other.maintainer, fixture.member]) {
      await expect(
        runAuthorized(createTeamWebhook, { teamId: fixture.teamId, url: `${base}/x`, events: ["review.closed"] }, who),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        runAuthorized(setTeamWebhookEnabled, { webhookId: target.id, enabled: "false" }, who),
      ).rejects.toThrow(ForbiddenError);
      await expect(runAuthorized(deleteTeamWebhook, { webhookId: target.id }, who)).rejects.toThrow(ForbiddenError);
      await expect(runAuthorized(sendWebhookTestEvent, { webhookId: target.id }, who)).rejects.toThrow(ForbiddenError);
    }
    expect(await db().webhook.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ enabled: true });
    expect(await db().webhook.count({ where: { teamId: fixture.teamId, url: `${base}/x` } })).toBe(0);
    await runAuthorized(deleteTeamWebhook, { webhookId: target.id }, admin);
  });
});

describe("delivering events", () => {
  it("sends a closed review of the team, signed, as JSON", async () => {
    const target = await hook({ events: ["review.closed"] });
    const review = await runAuthorized(
      startReview,
      { teamId: fixture.teamId, title: "Webhook review" },
      fixture.maintainer,
    );
    const row = await db().review.findUniqueOrThrow({ where: { id: review.id }, select: { version: true } });
    await runAuthorized(closeReview, { reviewId: review.id, version: row.version }, fixture.maintainer);
    const [request] = await until(() => at(target.path).length > 0 && at(target.path));
    expect(verify(request!, target.secret)).toBe(true);
    expect(verify(request!, `${target.secret}x`)).toBe(false);
    expect(request!.headers["x-debtboard-event"]).toBe("review.closed");
    const body = JSON.parse(request!.body);
    expect(Object.keys(body)).toEqual(["event", "occurredAt", "team", "data"]);
    expect(body).toMatchObject({
      event: "review.closed",
      team: { id: fixture.teamId },
      data: {
        review: { id: review.id, title: "Webhook review", url: `http://localhost:3000/review/${review.id}` },
        closedBy: fixture.maintainer.name,
        notes: 0,
        actionItems: 0,
      },
    });
    const log = await until(async () => {
      const rows = await deliveries(target.id);
      return rows.length > 0 && rows;
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      event: "review.closed",
      attempt: 1,
      statusCode: 200,
      ok: true,
      response: "ok",
      error: null,
    });
    expect(log[0]!.deliveryId).toBe(request!.headers["x-debtboard-delivery"]);
    expect(log[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("sends gate changes caused by a target change and by a submit", async () => {
    const target = await hook({ events: ["gate.changed"] });
    const model = await createEntity(db(), { kind: "MODEL", teamId: fixture.teamId, lifecycle: "PRODUCTION" });
    const slug = (await db().team.findUniqueOrThrow({ where: { id: fixture.teamId } })).slug;
    // Unassessed, no target → a B target: it now fails ("not assessed").
    await runAuthorized(
      setRatingTarget,
      { lifecycle: "PRODUCTION", team: slug, rating: "B", expectedVersion: 0 },
      admin,
    );
    const first = await until(() => at(target.path).length >= 1 && at(target.path));
    const failed = JSON.parse(first[0]!.body);
    expect(verify(first[0]!, target.secret)).toBe(true);
    expect(failed).toMatchObject({
      event: "gate.changed",
      data: {
        entity: { id: model.id, kind: "MODEL", name: model.name, lifecycle: "PRODUCTION" },
        previous: "NONE",
        status: "FAIL",
        rating: null,
        target: "B",
        cause: "target",
      },
    });
    expect(failed.data.reason).toMatch(/Not assessed/);
    // A clean assessment rates it A: it now passes.
    await assess(model.name, 0);
    const second = await until(() => at(target.path).length >= 2 && at(target.path));
    expect(JSON.parse(second[1]!.body)).toMatchObject({
      data: {
        entity: { id: model.id },
        previous: "FAIL",
        status: "PASS",
        rating: "A",
        target: "B",
        cause: "assessment",
      },
    });
    // Another passing assessment changes nothing about the gate: no event.
    await assess(model.name, 0);
    await runAuthorized(sendWebhookTestEvent, { webhookId: target.id }, fixture.maintainer);
    const third = await until(() => at(target.path).length >= 3 && at(target.path));
    expect(JSON.parse(third[2]!.body).event).toBe("ping");
    await runAuthorized(
      setRatingTarget,
      { lifecycle: "PRODUCTION", team: slug, rating: "inherit", expectedVersion: 1 },
      admin,
    );
  });

  it("sends the team's newly opened findings after a recompute", async () => {
    const target = await hook({ events: ["findings.new"] });
    const feature = await createEntity(db(), { kind: "FEATURE", teamId: fixture.teamId });
    await recomputeFindings(db());
    const [request] = await until(() => at(target.path).length > 0 && at(target.path));
    const body = JSON.parse(request!.body);
    expect(verify(request!, target.secret)).toBe(true);
    const signal = await db().signal.findFirstOrThrow({
      where: { teamId: fixture.teamId, kind: "UNDERUTILIZED_FEATURE", members: { some: { entityId: feature.id } } },
    });
    expect(body.data.count).toBeGreaterThanOrEqual(1);
    expect(body.data.findings).toContainEqual({ id: signal.id, kind: "UNDERUTILIZED_FEATURE", title: signal.title });
    expect(body.data.url).toMatch(/\/findings\?team=.*&status=open$/);
    // Nothing newly opened on the next recompute: nothing sent.
    await recomputeFindings(db());
    await runAuthorized(sendWebhookTestEvent, { webhookId: target.id }, fixture.maintainer);
    const after = await until(() => at(target.path).length >= 2 && at(target.path));
    expect(after.map((r) => JSON.parse(r.body).event)).toEqual(["findings.new", "ping"]);
  });

  it("sends a Slack-compatible body when asked", async () => {
    const target = await hook({ events: ["review.closed"], format: "SLACK" });
    await runAuthorized(sendWebhookTestEvent, { webhookId: target.id }, fixture.maintainer);
    const [request] = await until(() => at(target.path).length > 0 && at(target.path));
    expect(verify(request!, target.secret)).toBe(true);
    const body = JSON.parse(request!.body);
    expect(Object.keys(body)).toEqual(["text"]);
    expect(body.text).toMatch(
      /^\[.+\] Test event from debtboard, sent by .+\. <http:\/\/localhost:3000\/settings\/webhooks\|Open webhooks>$/,
    );
  });

  it("retries a 500 with back-off until it succeeds, logging every attempt", async () => {
    const target = await hook({ events: ["review.closed"] });
    scripts.set(target.path, [{ status: 500, body: "down for a moment" }, { status: 500 }, { status: 204 }]);
    await runAuthorized(sendWebhookTestEvent, { webhookId: target.id }, fixture.maintainer);
    const log = await until(async () => {
      const rows = await deliveries(target.id);
      return rows.some((r) => r.ok) && rows;
    });
    expect(log.map((r) => [r.attempt, r.statusCode, r.ok])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 204, true],
    ]);
    expect(log[0]!.response).toBe("down for a moment");
    expect(new Set(log.map((r) => r.deliveryId)).size).toBe(1);
    // The same event each time, signed afresh.
    const requests = at(target.path);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    for (const r of requests) expect(verify(r, target.secret)).toBe(true);
    // Back-off: the first retry waits at least the 1 s base, the second at least twice that.
    const gaps = [1, 2].map((i) => log[i]!.attemptedAt.getTime() - log[i - 1]!.attemptedAt.getTime());
    expect(gaps[0]).toBeGreaterThanOrEqual(1000);
    expect(gaps[1]).toBeGreaterThanOrEqual(2000);
    const [job] = await db().$queryRawUnsafe<{ retry_backoff: boolean; retry_delay: number }[]>(
      `SELECT retry_backoff, retry_delay FROM pgboss.job WHERE id = $1::uuid`,
      log[0]!.deliveryId,
    );
    expect(job).toEqual({ retry_backoff: true, retry_delay: 1 });
  });

  it("calls no disabled webhook, and one disabled after queueing is skipped", async () => {
    const on = await hook({ events: ["review.closed"] });
    const off = await hook({ events: ["review.closed"] });
    await runAuthorized(setTeamWebhookEnabled, { webhookId: off.id, enabled: "false" }, fixture.maintainer);
    expect(await db().auditEvent.count({ where: { action: "webhook.disable", targetId: off.id } })).toBe(1);
    await expect(runAuthorized(sendWebhookTestEvent, { webhookId: off.id }, fixture.maintainer)).rejects.toThrow(
      /disabled/,
    );
    const sent = await db().$transaction((tx) =>
      emitWebhookEvent(tx, {
        teamId: fixture.teamId,
        event: "review.closed",
        data: {
          review: {
            id: "r",
            title: "T",
            url: "http://localhost:3000/review/r",
            periodStart: "",
            periodEnd: "",
            closedAt: "",
          },
          closedBy: "x",
          notes: 0,
          actionItems: 0,
        },
      }),
    );
    expect(sent).toBeGreaterThanOrEqual(1);
    await until(() => at(on.path).length > 0);
    // A delivery whose webhook was disabled after it was queued: nothing sent, nothing logged.
    const skipped = await deliverWebhook(
      db(),
      {
        webhookId: off.id,
        envelope: {
          event: "ping",
          occurredAt: new Date().toISOString(),
          team: { id: "t", slug: "t", name: "T" },
          data: {},
        },
      },
      { deliveryId: "00000000-0000-0000-0000-000000000000", attempt: 1, now: new Date() },
    );
    expect(skipped).toEqual({ ok: true, skipped: "disabled" });
    expect(at(off.path)).toHaveLength(0);
    expect(await deliveries(off.id)).toHaveLength(0);
  });

  it("follows no redirect and keeps at most 500 characters of an answer", async () => {
    const target = await hook({ events: ["review.closed"] });
    const envelope = {
      event: "ping" as const,
      occurredAt: new Date().toISOString(),
      team: { id: fixture.teamId, slug: "s", name: "S" },
      data: { message: "m", url: "http://localhost:3000/" },
    };
    scripts.set(target.path, [
      { status: 302, location: `${base}/elsewhere` },
      { status: 200, body: "y".repeat(2000) },
    ]);
    const redirected = await deliverWebhook(
      db(),
      { webhookId: target.id, envelope },
      {
        deliveryId: "d1",
        attempt: 1,
        now: new Date(),
      },
    );
    expect(redirected).toMatchObject({ ok: false, statusCode: 302 });
    expect(at("/elsewhere")).toHaveLength(0);
    const long = await deliverWebhook(
      db(),
      { webhookId: target.id, envelope },
      { deliveryId: "d2", attempt: 1, now: new Date() },
    );
    expect(long).toMatchObject({ ok: true, statusCode: 200 });
    const log = await deliveries(target.id);
    expect(log.map((r) => [r.deliveryId, r.statusCode, r.ok])).toEqual([
      ["d1", 302, false],
      ["d2", 200, true],
    ]);
    expect(log[0]!.error).toBe(`Redirect to ${base}/elsewhere not followed`);
    expect(log[1]!.response).toBe("y".repeat(500));
  });

  it("logs a refused connection as an error without a status", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const created = await runAuthorized(
      createTeamWebhook,
      { teamId: fixture.teamId, url: `http://127.0.0.1:${port}/gone`, events: ["review.closed"] },
      fixture.maintainer,
    );
    const outcome = await deliverWebhook(
      db(),
      {
        webhookId: created.id,
        envelope: {
          event: "ping",
          occurredAt: new Date().toISOString(),
          team: { id: "t", slug: "t", name: "T" },
          data: {},
        },
      },
      { deliveryId: "d3", attempt: 1, now: new Date() },
    );
    expect(outcome.ok).toBe(false);
    const [row] = await deliveries(created.id);
    expect(row).toMatchObject({ statusCode: null, ok: false });
    expect(row!.error).toMatch(/ECONNREFUSED|fetch failed/);
  });
});
