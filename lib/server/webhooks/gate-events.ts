// "gate.changed" events: an entity's gate (lib/domain/scoring/gate.ts) moves between pass, fail
// and none only when its rating changes (a submitted debt assessment) or the target in force for
// it changes (an admin sets a target). Both are decided here, inside the change's transaction,
// from the same rules evaluate-gates.ts uses, and only for teams with a webhook listening.
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { gateReason, gateStatus, resolveTarget, type TargetVersion } from "@/lib/domain/scoring/gate";
import { debtRatio, ratingOf, type ScoreSums } from "@/lib/domain/scoring/score";
import type { GateChangedData } from "@/lib/domain/webhooks/events";
import type { Tx } from "@/lib/server/db/client";
import { listTargetVersions } from "@/lib/server/gates/list-target-versions";
import { absoluteUrl, emitWebhookEvent, teamsListening } from "./emit-webhook-event";

type Sums = Pick<ScoreSums, "debtWeight" | "totalWeight">;
const ratingOfSums = (sums: Sums | null) => (sums ? ratingOf(debtRatio(sums)) : null);

interface GateEntity {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  teamId: string;
}

/** After a submitted debt assessment: did the entity's gate change from the previous one's? */
export async function emitGateChangeOnSubmit(
  tx: Tx,
  input: { entityId: string; teamId: string | null; previous: Sums | null; current: Sums; at: Date },
): Promise<void> {
  if (!input.teamId || !(await teamsListening(tx, "gate.changed", [input.teamId])).size) return;
  const entity = await tx.entity.findUnique({
    where: { id: input.entityId },
    select: { id: true, kind: true, name: true, lifecycle: true, archivedAt: true },
  });
  if (!entity || entity.archivedAt) return;
  const targets = await listTargetVersions(tx);
  await emitIfChanged(
    tx,
    { ...entity, teamId: input.teamId },
    { rating: ratingOfSums(input.previous), targets },
    { rating: ratingOfSums(input.current), targets },
    "assessment",
    input.at,
  );
}

/**
 * Around a target change: `before()` is called before the change is written and returns the
 * function to call after it, which emits for every active entity of the lifecycle (on the team,
 * or on every listening team for an organisation target) whose gate changed.
 */
export async function watchTargetChange(
  tx: Tx,
  scope: { lifecycle: Lifecycle; teamId: string | null },
): Promise<(at: Date) => Promise<void>> {
  const listening = await teamsListening(tx, "gate.changed", scope.teamId ? [scope.teamId] : undefined);
  if (listening.size === 0) return async () => {};
  const before = await listTargetVersions(tx);
  return async (at) => {
    const after = await listTargetVersions(tx);
    const entities = await tx.entity.findMany({
      where: { archivedAt: null, lifecycle: scope.lifecycle, teamId: { in: [...listening] } },
      select: { id: true, kind: true, name: true, lifecycle: true, teamId: true },
      orderBy: [{ name: "asc" }, { kind: "asc" }],
    });
    const scores = await tx.currentScore.findMany({
      where: { entityId: { in: entities.map((e) => e.id) } },
      select: { entityId: true, debtWeight: true, totalWeight: true },
    });
    const sums = new Map(scores.map((s) => [s.entityId, s]));
    for (const e of entities) {
      if (!e.teamId) continue;
      const rating = ratingOfSums(sums.get(e.id) ?? null);
      // Just before the change: a moment before `at` sees the versions as they were.
      await emitIfChanged(
        tx,
        { ...e, teamId: e.teamId },
        { rating, targets: before },
        { rating, targets: after },
        "target",
        at,
      );
    }
  };
}

async function emitIfChanged(
  tx: Tx,
  entity: GateEntity,
  was: { rating: ReturnType<typeof ratingOf>; targets: readonly TargetVersion[] },
  now: { rating: ReturnType<typeof ratingOf>; targets: readonly TargetVersion[] },
  cause: GateChangedData["cause"],
  at: Date,
): Promise<void> {
  // Versions written at `at` are in force at `at`; the old ones were in force just before.
  const oldTarget = resolveTarget(was.targets, entity.lifecycle, entity.teamId, at);
  const newTarget = resolveTarget(now.targets, entity.lifecycle, entity.teamId, at);
  const previous = gateStatus(was.rating, oldTarget.rating);
  const status = gateStatus(now.rating, newTarget.rating);
  if (previous === status) return;
  await emitWebhookEvent(tx, {
    teamId: entity.teamId,
    event: "gate.changed",
    occurredAt: at,
    data: {
      entity: {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        lifecycle: entity.lifecycle,
        url: absoluteUrl(entityHref(entity.kind, entity.name)),
      },
      previous,
      status,
      rating: now.rating,
      target: newTarget.rating,
      reason: gateReason(now.rating, newTarget, entity.lifecycle),
      cause,
    },
  });
}
