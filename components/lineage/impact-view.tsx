// The impact of changing an entity: everything downstream, grouped by team with the maintainers
// to tell, and everything it depends on upstream.
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { Archive, Mail } from "lucide-react";
import { KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";
import { pluralize } from "@/lib/domain/format/labels";
import { getEntity } from "@/lib/server/catalog/get-entity";
import { getImpact, type ImpactSide } from "@/lib/server/findings/get-impact";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { Skeleton } from "@/components/ui/skeleton";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { EntityFrame } from "./entity-frame";
import { entityRoute } from "@/components/entity/entity-route";

export async function ImpactView({ params }: { params: Promise<{ kind: string; name: string }> }) {
  const { kind, name } = await entityRoute(params);
  await connection();
  const entity = await getEntity({ kind, name });
  if (!entity) notFound();
  const impact = await getImpact(entity.id);
  return (
    <>
      <EntityFrame
        kind={kind}
        name={entity.name}
        view="impact"
        title="Impact of a change"
        description="Everything this entity's data flows into, by owning team: whom to tell before changing it. And everything it rests on."
      />
      {!impact ? (
        <Card>
          <EmptyState
            icon={Archive}
            title="Not in the live lineage"
            description="Archived entities are left out of the lineage graph."
          />
        </Card>
      ) : (
        <div className="space-y-5">
          <Side
            title="Downstream: affected by a change"
            side={impact.downstream}
            empty="Nothing depends on this entity."
            loop="This entity feeds back into itself: a change here comes back to it (a feedback loop)."
          />
          <Side
            title={kind === "MODEL" ? "Upstream: what this model depends on" : "Upstream: what this depends on"}
            side={impact.upstream}
            empty="Nothing is recorded as feeding this entity."
            loop={null}
          />
        </div>
      )}
    </>
  );
}

function kinds(byKind: Partial<Record<EntityKind, number>>): string {
  return (Object.entries(byKind) as [EntityKind, number][])
    .map(([k, n]) => pluralize(n, KIND_LABELS[k].one.toLowerCase()))
    .join(", ");
}

function Side({ title, side, empty, loop }: { title: string; side: ImpactSide; empty: string; loop: string | null }) {
  return (
    <Card>
      <CardHeader
        title={title}
        description={
          side.total === 0
            ? empty
            : `${pluralize(side.total, "entity", "entities")} across ${pluralize(side.teams.filter((t) => t.team).length, "team")}${side.teams.some((t) => !t.team) ? " and some unowned" : ""}.`
        }
      />
      {loop && side.reachesItself ? (
        <p className="mx-5 mb-3 rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger">{loop}</p>
      ) : null}
      {side.teams.map((g) => (
        <section
          key={g.team?.id ?? "unowned"}
          className="border-t border-border"
          aria-label={`${title}: ${g.team?.name ?? "unowned"}`}
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-surface-muted px-5 py-2 text-[13px]">
            <span className="font-medium">
              <TeamLink team={g.team} />
            </span>
            <span className="text-muted">{kinds(g.byKind)}</span>
            <span className="ml-auto flex flex-wrap items-center gap-2 text-xs text-muted">
              {g.team === null ? (
                <Badge tone="warning">No owner to tell</Badge>
              ) : g.maintainers.length === 0 ? (
                <Badge tone="warning">No maintainer</Badge>
              ) : (
                g.maintainers.map((m) => (
                  <a
                    key={m.email}
                    href={`mailto:${m.email}`}
                    className="inline-flex items-center gap-1 hover:text-accent"
                    title={m.email}
                  >
                    <Mail aria-hidden className="size-3" />
                    {m.name}
                  </a>
                ))
              )}
            </span>
          </div>
          <Rows entities={g.entities.slice(0, OPEN_ROWS)} />
          {g.entities.length > OPEN_ROWS ? (
            <details className="group border-t border-border">
              <summary className="cursor-pointer px-5 py-2 text-xs font-medium text-accent hover:underline">
                Show {pluralize(g.entities.length - OPEN_ROWS, "more entity", "more entities")}
              </summary>
              <Rows entities={g.entities.slice(OPEN_ROWS)} head={false} />
            </details>
          ) : null}
          {g.total > g.entities.length ? (
            <p className="border-t border-border px-5 py-2 text-xs text-muted">
              and {pluralize(g.total - g.entities.length, "more entity", "more entities")} of this team, further away.
            </p>
          ) : null}
        </section>
      ))}
    </Card>
  );
}

/** Rows shown per team before "show more": the team and its maintainers are the headline. */
const OPEN_ROWS = 5;

function Rows({ entities, head = true }: { entities: ImpactSide["teams"][number]["entities"]; head?: boolean }) {
  return (
    <Table minWidth={520} className="table-fixed">
      {head ? (
        <THead>
          <tr>
            <TH className="w-[45%]">Entity</TH>
            <TH className="w-[15%]" align="right">
              Hops
            </TH>
            <TH className="w-[40%]">Reached through</TH>
          </tr>
        </THead>
      ) : (
        <colgroup>
          <col className="w-[45%]" />
          <col className="w-[15%]" />
          <col className="w-[40%]" />
        </colgroup>
      )}
      <TBody>
        {entities.map((e) => (
          <TR key={e.id}>
            <TD>
              <EntityLink kind={e.kind} name={e.name} />
            </TD>
            <TD align="right">{e.hops}</TD>
            <TD className="truncate text-muted">
              {e.via ? <span className="font-mono text-[12px]">{e.via}</span> : "directly"}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export function ImpactViewSkeleton() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-16 w-1/2" />
      <Skeleton className="h-80 w-full rounded-xl" />
    </div>
  );
}
