// /settings/connectors/runs/<id> (organisation admins): one run's record — which connector, from
// where, by whom, the outcome, the counts, and every change, skipped item (with why), problem and
// note. The same report as JSON: GET /api/v1/connector-runs/<id>.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ArrowLeft } from "lucide-react";
import { ImportReportView } from "@/components/catalog/import-report-view";
import { AdminOnly } from "@/components/settings/admin-only";
import { SOURCE_LABEL, STATUS_TONE } from "@/components/settings/connector-runs-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CONNECTOR_LABEL, IMPORT_STATUS_LABEL } from "@/lib/domain/connectors/kinds";
import { formatCount } from "@/lib/domain/format/number";
import { getViewer } from "@/lib/server/auth/viewer";
import { getImportRun } from "@/lib/server/connectors/list-import-runs";

export const metadata: Metadata = { title: "Connector run" };

export default function RunPage({ params }: PageProps<"/settings/connectors/runs/[id]">) {
  return (
    <Suspense fallback={<TableSkeleton rows={6} />}>
      <Run params={params} />
    </Suspense>
  );
}

async function Run({ params }: { params: PageProps<"/settings/connectors/runs/[id]">["params"] }) {
  const viewer = await getViewer();
  if (!viewer?.isAdmin) return <AdminOnly what="A run's record names every team's entities it touched." />;
  const run = await getImportRun((await params).id);
  if (!run) notFound();
  const counts = [
    ["Created", run.counts.created],
    ["Changed", run.counts.changed],
    ["Archived", run.counts.archived],
    ["Unchanged", run.counts.unchanged],
    ["Skipped", run.counts.skipped],
  ] as const;
  const when = run.createdAt.toISOString().replace("T", " ").slice(0, 19);
  return (
    <div className="space-y-5">
      <Link
        href="/settings/connectors"
        className="inline-flex items-center gap-1 text-[13px] text-muted hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-3.5" /> All runs
      </Link>
      <Card>
        <CardHeader
          title={
            <span className="flex flex-wrap items-center gap-2">
              {CONNECTOR_LABEL[run.connector]} run
              <Badge tone={STATUS_TONE[run.status]}>{IMPORT_STATUS_LABEL[run.status]}</Badge>
            </span>
          }
          description={`${when} UTC · ${SOURCE_LABEL[run.source]}${run.actor ? ` · ${run.actor}` : ""} · run ${run.id}`}
        />
        <CardBody className="space-y-5 pt-0">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {counts.map(([label, value]) => (
              <div key={label} className="rounded-lg border border-border px-3 py-2">
                <dt className="text-xs text-muted">{label}</dt>
                <dd className="text-lg font-semibold tabular">{formatCount(value)}</dd>
              </div>
            ))}
          </dl>
          <ImportReportView report={run} label="What the run did" />
        </CardBody>
      </Card>
    </div>
  );
}
