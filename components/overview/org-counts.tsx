import { connection } from "next/server";
import Link from "next/link";
import { Users } from "lucide-react";
import { getOrgCounts } from "@/lib/server/dashboards/get-org-counts";
import { ENTITY_KINDS, KIND_LABELS } from "@/lib/domain/kinds";
import { formatCount } from "@/lib/domain/format/number";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { StatCard } from "@/components/ui/stat-card";
import { StatCardSkeleton } from "@/components/ui/skeleton";
import { KIND_ICONS } from "@/components/entity/kind-icon";

const GRID = "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5";

export async function OrgCounts() {
  await connection();
  const counts = await getOrgCounts();
  return (
    <div className={GRID}>
      <Link href="/teams" className="rounded-xl transition-shadow hover:shadow-md">
        <StatCard label="Teams" value={formatCount(counts.teams)} icon={Users} hint="Active teams" />
      </Link>
      {ENTITY_KINDS.map((kind) => (
        <Link key={kind} href={catalogHref({ kind })} className="rounded-xl transition-shadow hover:shadow-md">
          <StatCard
            label={KIND_LABELS[kind].many}
            value={formatCount(counts.entities[kind])}
            icon={KIND_ICONS[kind]}
            hint="In the catalog"
          />
        </Link>
      ))}
    </div>
  );
}

export function OrgCountsSkeleton() {
  return (
    <div className={GRID}>
      {Array.from({ length: 5 }, (_, i) => (
        <StatCardSkeleton key={i} />
      ))}
    </div>
  );
}
