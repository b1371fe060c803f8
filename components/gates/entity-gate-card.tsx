// An entity's gate on its page: its rating against the target for its lifecycle and team, why,
// since when it fails, and what gets it there (the why page's path to the target).
import Link from "next/link";
import { connection } from "next/server";
import type { EntityKind } from "@/lib/domain/kinds";
import { evaluateGates } from "@/lib/server/gates/evaluate-gates";
import { formatDate } from "@/lib/domain/format/date";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { GateBadge } from "./gate-badge";

export async function EntityGateCard({ entity }: { entity: { id: string; kind: EntityKind; name: string } }) {
  await connection();
  const [gate] = await evaluateGates({ entityId: entity.id });
  if (!gate) return null;
  return (
    <Card>
      <CardHeader title="Gate" action={<GateBadge status={gate.status} target={gate.target.rating} />} />
      <CardBody className="space-y-1.5 text-[13px]">
        <p className="text-foreground">{gate.reason}</p>
        {gate.since ? <p className="text-muted">Failing since {formatDate(gate.since)}.</p> : null}
        <p className="text-xs text-muted">
          {gate.status === "FAIL" && gate.rating ? (
            <>
              <Link href={whyHref({ entity })} className="text-accent underline underline-offset-2">
                What gets it to {gate.target.rating}
              </Link>
              {" · "}
            </>
          ) : null}
          <Link href="/settings/gates" className="text-accent underline underline-offset-2">
            Targets
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}
