// The CI gate for one entity, shaped like SonarQube's api/qualitygates/project_status so that
// pipelines written for it read it unchanged: projectStatus.status is "OK" (deploy), "ERROR"
// (stop) or "NONE" (no target applies), with one condition per check. Ratings are letters
// (SonarQube sends 1–5): actualValue "C" against errorThreshold "B" with comparator "GT" reads
// "error when worse than B". debtboard adds the reasons in words, since when it fails, and where
// to see why.
import type { EntityKind } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { evaluateGates } from "./evaluate-gates";

const SONAR_STATUS = { PASS: "OK", FAIL: "ERROR", NONE: "NONE" } as const;

export async function getQualityGate(key: { kind: EntityKind; name: string }, now = new Date()) {
  const entity = await db().entity.findUnique({ where: { kind_name: key }, select: { id: true } });
  if (!entity) throw new NotFoundError(`${key.kind.toLowerCase().replace("_", " ")} ${key.name}`);
  const [gate] = await evaluateGates({ entityId: entity.id, now });
  if (!gate) throw new NotFoundError(`${key.kind.toLowerCase()} ${key.name}`);
  const status = SONAR_STATUS[gate.status];
  return {
    projectStatus: {
      status,
      conditions:
        gate.target.rating === null
          ? []
          : [
              {
                status,
                metricKey: "debt_rating",
                comparator: "GT",
                errorThreshold: gate.target.rating,
                actualValue: gate.rating,
              },
            ],
      ignoredConditions: false,
      // debtboard's additions.
      entity: {
        kind: gate.entity.kind,
        name: gate.entity.name,
        lifecycle: gate.entity.lifecycle,
        team: gate.entity.teamSlug,
      },
      rating: gate.rating,
      ratio: gate.ratio,
      target: gate.target.rating,
      targetSource: gate.target.source,
      reasons: [gate.reason],
      failingSince: gate.since?.toISOString() ?? null,
      lastAssessedAt: gate.lastAssessedAt?.toISOString() ?? null,
      why: whyHref({ entity: gate.entity }),
    },
  };
}
