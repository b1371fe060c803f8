// Writes the built demo in foreign-key order, in batches: createMany for the catalogue and
// planning tables, the unnest fast path for the assessment history (most of the rows).
import type { Tx } from "@/lib/server/db/client";
import type { History } from "../history/plan-history";
import { writeHistory } from "../history/write-history";
import type { AuditTrail } from "./audit";
import type { Catalogue } from "./catalogue";
import type { Lineage } from "./lineage";
import type { People } from "./people";
import type { Planning } from "./planning";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface DemoData {
  people: People;
  cat: Catalogue;
  lineage: Lineage;
  usage: Prisma.UsageEventCreateManyInput[];
  history: History;
  planning: Planning;
  audit: AuditTrail;
}

export async function writeDemo(tx: Tx, data: DemoData, log: (line: string) => void): Promise<void> {
  const { people, cat, lineage, usage, history, planning, audit } = data;
  await tx.user.createMany({ data: people.users });
  await tx.team.createMany({ data: people.teams });
  await tx.membership.createMany({ data: people.memberships });
  await tx.entity.createMany({ data: cat.entities });
  await tx.model.createMany({ data: cat.models });
  await tx.feature.createMany({ data: cat.features });
  await tx.dataSource.createMany({ data: cat.sources });
  await tx.consumer.createMany({ data: cat.consumers });
  await tx.relation.createMany({ data: lineage.relations });
  await tx.usageEvent.createMany({ data: usage });
  await tx.importRun.createMany({ data: audit.importRuns });
  log(
    `catalogue: ${cat.entities.length} entities, ${lineage.relations.length} relations, ${usage.length} usage events`,
  );
  await writeHistory(tx, history);
  log(`history: ${history.assessments.length} assessments, ${history.answers.length} answers`);
  await tx.review.createMany({ data: planning.reviews });
  await tx.reviewNote.createMany({ data: planning.reviewNotes });
  await tx.actionItem.createMany({ data: planning.actionItems });
  await tx.auditEvent.createMany({ data: audit.auditEvents });
}
