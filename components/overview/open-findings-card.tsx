// Open findings (signals the catalogue graph revealed), counted by kind.
import Link from "next/link";
import { connection } from "next/server";
import { ShieldCheck } from "lucide-react";
import { countOpenSignalsByKind } from "@/lib/server/findings/count-open-signals-by-kind";
import { enumLabel } from "@/lib/domain/format/labels";
import { formatCount } from "@/lib/domain/format/number";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { findingsHref } from "@/lib/server/findings/findings-params";

const TITLE = "Open findings";
const DESCRIPTION = "Detected in the lineage graph.";

export async function OpenFindingsCard() {
  await connection();
  const counts = await countOpenSignalsByKind();
  const total = counts.reduce((n, c) => n + c.count, 0);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <Card className="h-full">
      <CardHeader
        title={TITLE}
        description={DESCRIPTION}
        action={
          total > 0 ? (
            <Link href={findingsHref({ team: "all" })} className="text-lg font-semibold tabular hover:text-accent">
              {formatCount(total)}
            </Link>
          ) : null
        }
      />
      {counts.length === 0 ? (
        <EmptyState
          icon={ShieldCheck}
          title="No open findings"
          description="Nothing in the catalogue graph looks like a known debt pattern right now."
        />
      ) : (
        <ul className="space-y-2.5 px-5 pb-5">
          {counts.map((c) => (
            <li key={c.kind}>
              {/* Each kind opens the findings list filtered to it. */}
              <Link href={findingsHref({ kind: c.kind, team: "all" })} className="group block">
                <div className="flex items-baseline justify-between gap-3 text-[13px]">
                  <span className="truncate text-foreground group-hover:text-accent group-hover:underline underline-offset-2">
                    {enumLabel(c.kind)}
                  </span>
                  <span className="font-medium tabular">{formatCount(c.count)}</span>
                </div>
                <div className="mt-1 h-1.5 rounded-full bg-surface-hover">
                  <div className="h-full rounded-full bg-accent/70" style={{ width: `${(c.count / max) * 100}%` }} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function OpenFindingsCardSkeleton() {
  return (
    <Card className="h-full">
      <CardHeader title={TITLE} description={DESCRIPTION} />
      <div className="space-y-4 px-5 pb-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i}>
            <Skeleton className="h-3 w-32" />
            <Skeleton className="mt-2 h-1.5 w-full" />
          </div>
        ))}
      </div>
    </Card>
  );
}
