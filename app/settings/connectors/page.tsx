// /settings/connectors (organisation admins): the connectors that fill the catalogue from the
// tools teams run — each with its variables (set or not, never their values), its schedule and a
// "run now" — and every run, newest first, filterable by connector (?connector=dbt&page=2).
import type { Metadata } from "next";
import { Suspense } from "react";
import { Plug } from "lucide-react";
import { AdminOnly } from "@/components/settings/admin-only";
import { ConnectorRunForm } from "@/components/settings/connector-run-form";
import { ConnectorRunsTable } from "@/components/settings/connector-runs-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Pagination } from "@/components/ui/pagination";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CONNECTOR_KINDS, CONNECTOR_LABEL, connectorSlugOf } from "@/lib/domain/connectors/kinds";
import { choiceParam, pageParam, parseSearchParams } from "@/lib/domain/url/search-params";
import { getViewer } from "@/lib/server/auth/viewer";
import type { ConnectorDefinition } from "@/lib/server/connectors/definition";
import { listImportRuns } from "@/lib/server/connectors/list-import-runs";
import { CONNECTORS } from "@/lib/server/connectors/registry";
import { z } from "zod";

export const metadata: Metadata = { title: "Connectors" };

const SLUGS = CONNECTOR_KINDS.map(connectorSlugOf);
const runsSchema = z.object({ connector: choiceParam(SLUGS, ""), page: pageParam() });

export default function ConnectorsPage({ searchParams }: PageProps<"/settings/connectors">) {
  return (
    <Suspense fallback={<TableSkeleton rows={6} />}>
      <Connectors searchParams={searchParams} />
    </Suspense>
  );
}

async function Connectors({ searchParams }: { searchParams: PageProps<"/settings/connectors">["searchParams"] }) {
  const viewer = await getViewer();
  if (!viewer?.isAdmin)
    return <AdminOnly what="Connectors read every team's tools and write every team's catalogue." />;
  const { connector, page } = parseSearchParams(runsSchema, await searchParams);
  const kind = CONNECTOR_KINDS.find((k) => connectorSlugOf(k) === connector);
  const runs = await listImportRuns({ connector: kind, page });
  const href = (over: { connector?: string; page?: number }) => {
    const q = new URLSearchParams();
    const c = over.connector ?? connector;
    if (c) q.set("connector", c);
    if ((over.page ?? 1) > 1) q.set("page", String(over.page));
    const s = q.toString();
    return `/settings/connectors${s ? `?${s}` : ""}`;
  };
  return (
    <div className="space-y-5">
      <div className="grid gap-5 xl:grid-cols-2">
        {CONNECTORS.map((def) => (
          <ConnectorCard key={def.slug} def={def} />
        ))}
      </div>
      <Card className="overflow-hidden">
        <CardHeader
          title="Runs"
          description="Every run, from this page, the command line, the API or a schedule, with what it created, changed and skipped, and why."
        />
        <div className="px-5">
          <LinkTabs
            label="Connector"
            current={connector}
            tabs={[
              { key: "", label: "All", href: href({ connector: "" }) },
              ...CONNECTOR_KINDS.map((k) => ({
                key: connectorSlugOf(k),
                label: CONNECTOR_LABEL[k],
                href: href({ connector: connectorSlugOf(k) }),
              })),
            ]}
          />
        </div>
        {runs.total === 0 ? (
          <EmptyState
            icon={Plug}
            title="No runs yet"
            description={
              connector ? "This connector has not run yet." : "Run a connector above, or from the command line."
            }
          />
        ) : (
          <>
            <ConnectorRunsTable runs={runs.runs} now={new Date()} />
            <Pagination page={runs.page} pageSize={runs.pageSize} total={runs.total} href={(p) => href({ page: p })} />
          </>
        )}
      </Card>
    </div>
  );
}

function ConnectorCard({ def }: { def: ConnectorDefinition }) {
  const schedule = process.env[def.scheduleEnv]?.trim();
  const file = def.input.type === "file" ? { label: def.input.label, accept: def.input.accept } : null;
  return (
    <Card>
      <CardHeader title={def.title} description={def.description} />
      <CardBody className="space-y-4 pt-0">
        <dl className="grid grid-cols-1 gap-y-0.5 text-[13px] sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-x-4 sm:gap-y-1.5 [&>dd]:mb-1.5 sm:[&>dd]:mb-0">
          <dt className="text-muted">Schedule</dt>
          <dd>
            {schedule ? (
              <>
                <code className="font-mono text-xs">{schedule}</code> (UTC,{" "}
                <code className="font-mono text-xs">{def.scheduleEnv}</code>)
              </>
            ) : (
              <span className="text-muted">
                None — set <code className="font-mono text-xs">{def.scheduleEnv}</code> to a cron expression
              </span>
            )}
          </dd>
          {def.env.map((v) => (
            <EnvRow key={v.name} name={v.name} required={v.required} description={v.description} />
          ))}
          <dt className="text-muted">Command line</dt>
          <dd>
            <code className="font-mono text-xs break-words">
              npm run connector -- {def.slug}
              {def.input.type === "file" ? " <file>" : ""}
            </code>
          </dd>
        </dl>
        <ConnectorRunForm slug={def.slug} title={def.title} file={file} />
      </CardBody>
    </Card>
  );
}

function EnvRow({ name, required, description }: { name: string; required: boolean; description: string }) {
  const set = Boolean(process.env[name]);
  return (
    <>
      <dt>
        <code className="font-mono text-xs">{name}</code>
      </dt>
      <dd className="flex items-start gap-2">
        <Badge tone={set ? "success" : required ? "warning" : "neutral"} className="shrink-0">
          {set ? "Set" : "Not set"}
        </Badge>
        <span className="min-w-0 break-words text-muted">{description}</span>
      </dd>
    </>
  );
}
