// An entity's lineage graph: everything within the chosen number of hops (in the URL, ?hops=2),
// upstream and downstream, with the open cascades and loops in view highlighted and listed.
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import clsx from "clsx";
import { Archive } from "lucide-react";
import { z } from "zod";
import { pluralize } from "@/lib/domain/format/labels";
import { parseSearchParams, textParam } from "@/lib/domain/url/search-params";
import { getEntity } from "@/lib/server/catalog/get-entity";
import {
  getLineage,
  LINEAGE_DEFAULT_HOPS,
  LINEAGE_MAX_HOPS,
  LINEAGE_MAX_NODES,
} from "@/lib/server/findings/get-lineage";
import { findingsHref } from "@/lib/server/findings/findings-params";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { FINDING_KIND_META } from "@/components/findings/kind-meta";
import { EntityFrame } from "./entity-frame";
import { listEntityRatings } from "@/lib/server/dashboards/list-entity-ratings";
import { buildDrawnGraph } from "./graph-model";
import { GraphLegend } from "./graph-legend";
import { LineageGraph } from "./lineage-graph";
import { lineageHref } from "@/components/findings/lineage-href";
import { entityRoute } from "@/components/entity/entity-route";

type Search = Record<string, string | string[] | undefined>;
const lineageSchema = z.object({
  hops: z.coerce
    .number()
    .int()
    .transform((n) => Math.min(LINEAGE_MAX_HOPS, Math.max(1, n)))
    .catch(LINEAGE_DEFAULT_HOPS),
  finding: textParam(),
});

export async function LineageView({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string; name: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ kind, name }, search] = await Promise.all([entityRoute(params), searchParams]);
  await connection();
  const entity = await getEntity({ kind, name });
  if (!entity) notFound();
  const { hops, finding } = parseSearchParams(lineageSchema, search);
  const focus = finding || null;
  const lineage = await getLineage(entity.id, { hops, focusFindingId: focus });
  const frame = (body: React.ReactNode) => (
    <>
      <EntityFrame
        kind={kind}
        name={entity.name}
        view="lineage"
        title="Lineage graph"
        description="Upstream and downstream, in the direction data flows."
        actions={<HopPicker kind={kind} name={entity.name} hops={hops} focus={focus} />}
      />
      {body}
    </>
  );
  if (!lineage) {
    return frame(
      <Card>
        <EmptyState
          icon={Archive}
          title="Not in the live lineage"
          description="Archived entities are kept for their history but left out of the lineage graph."
        />
      </Card>,
    );
  }
  const ratings = await listEntityRatings({ ids: lineage.nodes.map((n) => n.id) });
  const drawn = buildDrawnGraph({
    ratings,
    nodes: lineage.nodes,
    edges: lineage.edges,
    findings: lineage.findings,
    centerId: lineage.centerId,
    focusFindingId: focus,
    hops,
  });
  const focused = lineage.findings.find((f) => f.id === focus);
  return frame(
    <div className="space-y-5">
      <Card>
        <CardHeader
          title={`${pluralize(lineage.nodes.length, "entity", "entities")} within ${pluralize(hops, "hop")}`}
          description={
            lineage.truncated
              ? `Showing the nearest ${LINEAGE_MAX_NODES}; fewer hops or a neighbour's own graph shows the rest.`
              : `${pluralize(lineage.edges.length, "relation")} between them.`
          }
          action={<GraphLegend />}
        />
        {focused ? (
          <p
            className="mx-5 mb-3 rounded-md bg-surface-muted px-3 py-2 text-[13px] text-foreground"
            data-testid="focused-finding"
          >
            Showing <span className="font-medium">{focused.title}</span>
            {focused.memberIds.length < focused.memberCount
              ? ` (${focused.memberIds.length} of its ${focused.memberCount} members are in view)`
              : ""}
            .
          </p>
        ) : null}
        <div className="border-t border-border">
          <LineageGraph nodes={drawn.nodes} edges={drawn.edges} height={drawn.height} />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Findings in view"
          description="Open correction cascades and feedback loops touching these entities."
        />
        {lineage.findings.length === 0 ? (
          <p className="px-5 pb-5 text-[13px] text-muted">None: no cascade or loop runs through this neighbourhood.</p>
        ) : (
          <ul className="divide-y divide-border border-t border-border">
            {lineage.findings.map((f) => (
              <li
                key={f.id}
                className={clsx(
                  "flex flex-wrap items-center gap-2 px-5 py-2.5 text-[13px]",
                  f.id === focus && "bg-accent-soft/50",
                )}
              >
                <Badge tone={f.kind === "FEEDBACK_LOOP" ? "danger" : "warning"}>
                  {FINDING_KIND_META[f.kind].label}
                </Badge>
                {f.status !== "OPEN" ? <Badge>{f.status.toLowerCase()}</Badge> : null}
                <Link
                  href={lineageHref(kind, entity.name, { hops, finding: f.id })}
                  className="min-w-0 flex-1 truncate text-foreground hover:text-accent hover:underline"
                  title="Emphasise it in the graph"
                >
                  {f.title}
                </Link>
                <span className="text-xs text-muted">{pluralize(f.memberIds.length, "member")} in view</span>
                <Link href={findingsHref({ kind: f.kind, status: "" })} className="text-xs text-accent hover:underline">
                  All {FINDING_KIND_META[f.kind].label.toLowerCase()}s
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>,
  );
}

function HopPicker({
  kind,
  name,
  hops,
  focus,
}: {
  kind: Parameters<typeof lineageHref>[0];
  name: string;
  hops: number;
  focus: string | null;
}) {
  return (
    <nav aria-label="Hops" className="flex items-center gap-1 text-[13px]">
      <span className="mr-1 text-muted">Hops</span>
      {Array.from({ length: LINEAGE_MAX_HOPS }, (_, i) => i + 1).map((h) => (
        <Link
          key={h}
          href={lineageHref(kind, name, { hops: h, finding: focus ?? undefined })}
          aria-current={h === hops ? "page" : undefined}
          className={clsx(
            "inline-flex size-8 items-center justify-center rounded-md tabular",
            h === hops
              ? "bg-foreground font-medium text-surface"
              : "text-muted hover:bg-surface-hover hover:text-foreground",
          )}
        >
          {h}
        </Link>
      ))}
    </nav>
  );
}

export function LineageViewSkeleton() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-16 w-1/2" />
      <Skeleton className="h-[620px] w-full rounded-xl" />
    </div>
  );
}
