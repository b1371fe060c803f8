// Observed usage (POST /api/v1/usage): "caller X read model M's output N times at T". Each event
// is stored, and turns into an OBSERVED consumer link — creating the consumer, undeclared, when
// nobody catalogued the caller. That is how undeclared consumers become visible debt.
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { isFutureEvent, USAGE_CLOCK_SKEW_MS } from "@/lib/domain/graph";
import { entityName } from "@/lib/domain/catalog-yaml/fields";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";

export const usageInputSchema = z.object({
  events: z
    .array(
      z.object({
        caller: entityName,
        model: entityName,
        at: z.iso.datetime({ offset: true }).optional(),
        count: z.number().int().min(1).max(1_000_000_000).default(1),
      }),
    )
    .min(1)
    .max(1000),
});

const recordUsageDefinition: ActionDefinition<
  typeof usageInputSchema,
  { recorded: number; newConsumers: string[]; newLinks: number }
> = {
  schema: usageInputSchema,
  permission: "usage:write",
  // The first event's model gates the request; run() checks every model's team.
  teamOf: async (input) => {
    const name = input.events[0]?.model ?? "";
    const model = await db().entity.findUnique({
      where: { kind_name: { kind: "MODEL", name } },
      select: { teamId: true },
    });
    if (!model)
      throw new InvalidInputError("Some events name unknown models; nothing was recorded.", {
        "events.0.model": [`There is no model "${name}".`],
      });
    return model.teamId;
  },
  run: (input, principal) =>
    db().$transaction(async (tx) => {
      // An event dated in the future would keep a link "recent" for ever (usage ages out).
      const now = new Date();
      const future = input.events.flatMap((e, i) =>
        e.at && isFutureEvent(new Date(e.at), now)
          ? [
              [
                `events.${i}.at`,
                [
                  `${e.at} is in the future (more than ${USAGE_CLOCK_SKEW_MS / 60_000} minutes ahead of the server's clock).`,
                ],
              ] as [string, string[]],
            ]
          : [],
      );
      if (future.length)
        throw new InvalidInputError(
          "Some events are dated in the future; nothing was recorded.",
          Object.fromEntries(future),
        );
      const modelNames = [...new Set(input.events.map((e) => e.model))];
      const models = await tx.entity.findMany({
        where: { kind: "MODEL", name: { in: modelNames } },
        select: { id: true, name: true, teamId: true },
      });
      const modelOf = new Map(models.map((m) => [m.name, m]));
      const missing = input.events.flatMap((e, i) =>
        modelOf.has(e.model) ? [] : [[`events.${i}.model`, [`There is no model "${e.model}".`]] as [string, string[]]],
      );
      if (missing.length)
        throw new InvalidInputError(
          "Some events name unknown models; nothing was recorded.",
          Object.fromEntries(missing),
        );
      for (const m of models)
        if (!can(principal, "usage:write", { teamId: m.teamId }))
          throw new ForbiddenError(`You may not record usage of ${m.name}.`);

      const callers = [...new Set(input.events.map((e) => e.caller))];
      const known = await tx.entity.findMany({
        where: { kind: "CONSUMER", name: { in: callers } },
        select: { id: true, name: true },
      });
      const consumerOf = new Map(known.map((c) => [c.name, c.id]));
      const newConsumers: string[] = [];
      for (const caller of callers.filter((c) => !consumerOf.has(c))) {
        const created = await tx.entity.create({
          data: {
            kind: "CONSUMER",
            name: caller,
            description: "Seen only in usage events.",
            consumer: { create: { declared: false } },
          },
          select: { id: true },
        });
        consumerOf.set(caller, created.id);
        newConsumers.push(caller);
        await recordAuditEvent(tx, {
          actor: principal,
          action: "entity.observe",
          targetType: "Entity",
          targetId: created.id,
          after: { kind: "CONSUMER", name: caller, declared: false },
        });
      }
      let newLinks = 0;
      const links: { model: string; caller: string; change: "added" | "revived" }[] = [];
      const pairs = new Set(input.events.map((e) => `${e.model}\u0000${e.caller}`));
      for (const pair of pairs) {
        const [model, caller] = pair.split("\u0000") as [string, string];
        const fromId = modelOf.get(model)?.id ?? "";
        const toId = consumerOf.get(caller) ?? "";
        const key = { fromId_toId_kind: { fromId, toId, kind: "CONSUMER_READS_MODEL" as const } };
        const existing = await tx.relation.findUnique({ where: key, select: { origin: true, archivedAt: true } });
        if (!existing) {
          await tx.relation.create({ data: { fromId, toId, kind: "CONSUMER_READS_MODEL", origin: "OBSERVED" } });
          newLinks++;
          links.push({ model, caller, change: "added" });
        } else if (existing.archivedAt && existing.origin === "OBSERVED") {
          await tx.relation.update({ where: key, data: { archivedAt: null } });
          newLinks++;
          links.push({ model, caller, change: "revived" });
        }
      }
      await tx.usageEvent.createMany({
        data: input.events.map((e) => ({
          callerName: e.caller,
          modelId: modelOf.get(e.model)?.id ?? "",
          consumerId: consumerOf.get(e.caller) ?? null,
          occurredAt: e.at ? new Date(e.at) : now,
          count: e.count,
        })),
      });
      // Who reported usage, of which models, and which links it added or brought back.
      await recordAuditEvent(tx, {
        actor: principal,
        action: "usage.record",
        targetType: "UsageEvent",
        targetId: models.map((m) => m.id).sort()[0] ?? "",
        teamId: models.length === 1 ? models[0]!.teamId : null,
        after: {
          events: input.events.length,
          calls: input.events.reduce((n, e) => n + e.count, 0),
          models: models.map((m) => m.name).sort(),
          newConsumers,
          links,
        },
      });
      return { recorded: input.events.length, newConsumers, newLinks };
    }),
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const recordUsage = recomputesFindings(recordUsageDefinition);
