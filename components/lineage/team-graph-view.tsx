// A team's lineage graph: its entities and their direct neighbours in other teams, with the
// open cascades and loops among them highlighted.
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { Network } from "lucide-react";
import { pluralize } from "@/lib/domain/format/labels";
import { getTeamGraph, TEAM_GRAPH_MAX_NODES } from "@/lib/server/findings/get-team-graph";
import { findingsHref } from "@/lib/server/findings/findings-params";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { listEntityRatings } from "@/lib/server/dashboards/list-entity-ratings";
import { buildDrawnGraph } from "./graph-model";
import { GraphLegend } from "./graph-legend";
import { LineageGraph } from "./lineage-graph";

export async function TeamGraphView({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await connection();
  const data = await getTeamGraph(slug);
  if (!data) notFound();
  const ratings = await listEntityRatings({ ids: data.nodes.map((n) => n.id) });
  const drawn = buildDrawnGraph({ nodes: data.nodes, edges: data.edges, findings: data.findings, ratings });
  // The team's own entities stand out like a centre does.
  const own = new Set(data.nodes.filter((n) => n.own).map((n) => n.id));
  for (const n of drawn.nodes) n.own = own.has(n.id);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Teams", href: "/teams" },
          { label: data.team.name, href: `/teams/${data.team.slug}` },
          { label: "Lineage graph" },
        ]}
        title={`${data.team.name}: lineage`}
        description="The team's entities (highlighted) and the entities of other teams they read from or feed."
        actions={
          <Link href={findingsHref({ team: data.team.slug })} className="text-[13px] text-accent hover:underline">
            The team&apos;s open findings
          </Link>
        }
      />
      <Card>
        <CardHeader
          title={`${pluralize(data.ownTotal, "entity", "entities")} of this team, ${pluralize(data.neighbourTotal, "neighbour")}`}
          description={
            data.truncated
              ? `Showing ${pluralize(data.nodes.length, "entity", "entities")} (at most ${TEAM_GRAPH_MAX_NODES}); open an entity's own lineage for the rest.`
              : `${pluralize(data.edges.length, "relation")}.`
          }
          action={<GraphLegend own />}
        />
        {data.nodes.length === 0 ? (
          <EmptyState icon={Network} title="Nothing catalogued yet" description="This team owns no live entities." />
        ) : (
          <div className="border-t border-border">
            <LineageGraph nodes={drawn.nodes} edges={drawn.edges} height={drawn.height} />
          </div>
        )}
      </Card>
    </>
  );
}

export function TeamGraphViewSkeleton() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-16 w-1/2" />
      <Skeleton className="h-[680px] w-full rounded-xl" />
    </div>
  );
}
