// Observed usage (what POST /api/v1/usage would have ingested): steady traffic from declared
// consumers, plus callers nobody declared, some inside the undeclared-usage window (the last
// 30 days) and some only before it, which must not count.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY, type DemoContext } from "./context";
import type { Catalogue, DemoEntity } from "./catalogue";
import type { Lineage } from "./lineage";
import { UNDECLARED_CALLS } from "./shapes";

export function buildUsage(ctx: DemoContext, cat: Catalogue, lineage: Lineage): Prisma.UsageEventCreateManyInput[] {
  const random = ctx.random("usage");
  const events: Prisma.UsageEventCreateManyInput[] = [];
  const push = (callerName: string, model: DemoEntity, consumer: DemoEntity | null, daysAgo: number, scale: number) => {
    const occurredAt = new Date(ctx.now.getTime() - daysAgo * DAY - random.int(0, 23) * 3_600_000);
    events.push({
      id: ctx.newId(),
      callerName,
      modelId: model.id,
      consumerId: consumer?.id ?? null,
      occurredAt,
      count: Math.max(1, Math.round(scale * random.float(0.6, 1.4))),
      receivedAt: new Date(Math.min(ctx.now.getTime(), occurredAt.getTime() + random.int(1, 300) * 1000)),
    });
  };

  // Declared readers report daily-ish batches over the last six weeks.
  const byId = new Map(cat.all.map((e) => [e.id, e]));
  for (const r of lineage.relations) {
    if (r.kind !== "CONSUMER_READS_MODEL") continue;
    const model = byId.get(r.fromId);
    const consumer = byId.get(r.toId);
    if (!model || !consumer || model.archivedAt || consumer.archivedAt) continue;
    const scale = random.pick([50, 400, 2_000, 15_000]);
    for (let day = random.int(0, 2); day < 42; day += random.int(1, 3))
      push(consumer.name, model, consumer, day, scale);
  }

  for (const [caller, consumerName, modelName, from, to] of UNDECLARED_CALLS) {
    const model = cat.get("MODEL", modelName);
    const consumer = consumerName ? cat.get("CONSUMER", consumerName) : null;
    if (consumer && lineage.has("CONSUMER_READS_MODEL", model, consumer)) {
      throw new Error(`Demo usage: ${caller} → ${modelName} was meant to be undeclared.`);
    }
    for (let day = from; day <= to; day += random.int(2, 5)) push(caller, model, consumer, day, random.pick([20, 300]));
  }
  return events;
}
