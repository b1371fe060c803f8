// Principal against what was planned to be paid down, per quarter, for one team (or the
// organisation): an async server component that reads the series, and its skeleton.
import { connection } from "next/server";
import { getPaydownSeries } from "@/lib/server/action-items/get-paydown-series";
import { Card, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { PaydownChart } from "./paydown-chart";

export async function PaydownChartCard({ teamId }: { teamId?: string }) {
  await connection();
  const { teamName, points } = await getPaydownSeries({ teamId });
  const rows = points.map((p) => ({
    day: p.end,
    quarter: p.label,
    principal: p.principal,
    planned: p.planned,
    done: p.done,
  }));
  return <PaydownChart rows={rows} scope={teamName ?? "Whole organisation"} />;
}

export function PaydownChartSkeleton() {
  return (
    <Card>
      <CardHeader title="Principal against planned pay-down" />
      <div className="px-5 pb-5">
        <Skeleton className="h-[280px] w-full" />
      </div>
    </Card>
  );
}
