// A team's entities as one table, sorted and filtered in SQL from the URL (?q=&kind=&lifecycle=
// &sort=&dir=&page=): debt rating, principal, when last assessed and open findings.
import { connection } from "next/server";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { listTeamEntityTable } from "@/lib/server/dashboards/list-team-entity-table";
import {
  DEFAULT_SORT_DIR,
  KIND_CHOICES,
  parseTeamEntityParams,
  TEAM_ENTITY_PAGE_SIZE,
  TEAM_ENTITY_SORTS,
  teamHref,
  type TeamEntityParams,
  type TeamEntitySort,
} from "@/lib/domain/format/dashboard-params";
import { enumLabel, kindSlug } from "@/lib/domain/format/labels";
import { LIFECYCLES } from "@/lib/domain/kinds";
import { formatCount } from "@/lib/domain/format/number";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TH, THead } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { staleNote } from "@/components/assessment/stale-badge";
import { TeamEntityRows } from "./team-entity-rows";
import { FilterForm } from "@/components/hotspots/filter-form";
import { firstParam } from "@/lib/domain/url/search-params";

type RawParams = Record<string, string | string[] | undefined>;

export async function TeamEntities({
  teamId,
  teamSlug,
  searchParams,
}: {
  teamId: string;
  teamSlug: string;
  searchParams?: Promise<RawParams>;
}) {
  const raw: RawParams = (await searchParams) ?? {};
  await connection();
  const params = parseTeamEntityParams(raw);
  const range = firstParam(raw, "range") ?? "";
  const { rows, total } = await listTeamEntityTable({ teamId, ...params, pageSize: TEAM_ENTITY_PAGE_SIZE });
  const now = new Date();
  const href = (p: Partial<TeamEntityParams>) => teamHref(teamSlug, { ...params, range, ...p });
  const filtered = params.q !== "" || params.kind !== "" || params.lifecycle !== "";
  return (
    <div id="entities" className="scroll-mt-4">
      <Card>
        <CardHeader
          title="Entities"
          description={`${formatCount(total)} ${filtered ? "matching" : "owned"}, sorted by ${TEAM_ENTITY_SORTS[params.sort].toLowerCase()}.`}
        />
        <div className="px-5 pb-3">
          <FilterForm
            action={`/teams/${encodeURIComponent(teamSlug)}`}
            label="Filter this team's entities"
            clearHref={teamHref(teamSlug, { range, category: params.category, sort: params.sort, dir: params.dir })}
            hidden={{
              range,
              category: params.category,
              sort: params.sort === "debt" ? "" : params.sort,
              dir: params.dir === DEFAULT_SORT_DIR[params.sort] ? "" : params.dir,
            }}
            search={{ name: "q", label: "Search entities by name", value: params.q, placeholder: "Search by name…" }}
            selects={[
              {
                name: "kind",
                label: "Kind",
                value: params.kind ? kindSlug(params.kind) : "",
                width: "w-36",
                options: [{ value: "", label: "All kinds" }, ...KIND_CHOICES],
              },
              {
                name: "lifecycle",
                label: "Lifecycle",
                value: params.lifecycle.toLowerCase(),
                width: "w-36",
                options: [
                  { value: "", label: "All lifecycles" },
                  ...LIFECYCLES.map((l) => ({ value: l.toLowerCase(), label: enumLabel(l) })),
                ],
              },
            ]}
          />
        </div>
        {rows.length === 0 ? (
          <EmptyState
            icon={PackageOpen}
            title={filtered ? "No entity matches" : "This team owns nothing yet"}
            description={
              filtered
                ? "Try another name, kind or lifecycle."
                : "Entities appear here once the catalogue names this team as their owner."
            }
          />
        ) : (
          <>
            <Table minWidth={700}>
              <THead>
                <tr>
                  <SortTH label="Name" column="name" params={params} href={href} />
                  <TH>Lifecycle</TH>
                  <SortTH label="Debt" column="debt" params={params} href={href} />
                  <SortTH label="Principal" column="principal" params={params} href={href} align="right" />
                  <SortTH label="Last assessed" column="assessed" params={params} href={href} align="right" />
                  <SortTH label="Open findings" column="findings" params={params} href={href} align="right" />
                </tr>
              </THead>
              <TeamEntityRows
                teamSlug={teamSlug}
                rows={rows.map((e) => ({
                  id: e.id,
                  kind: e.kind,
                  name: e.name,
                  lifecycle: e.lifecycle,
                  sums: e.sums,
                  assessed: formatRelative(e.lastAssessedAt, now),
                  assessedOn: e.lastAssessedAt ? formatDate(e.lastAssessedAt) : null,
                  stale: staleNote(e.lastAssessedAt, now),
                  openFindings: e.openFindings,
                }))}
              />
            </Table>
            <Pagination
              page={params.page}
              pageSize={TEAM_ENTITY_PAGE_SIZE}
              total={total}
              href={(page) => `${href({ page })}#entities`}
            />
          </>
        )}
      </Card>
    </div>
  );
}

function SortTH({
  label,
  column,
  params,
  href,
  align = "left",
}: {
  label: string;
  column: TeamEntitySort;
  params: TeamEntityParams;
  href: (p: Partial<TeamEntityParams>) => string;
  align?: "left" | "right";
}) {
  const active = params.sort === column;
  const nextDir = active ? (params.dir === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIR[column];
  // The arrow is a masked span (sort-icon, app/globals.css), not an inline <svg> per column.
  const icon = active ? (params.dir === "asc" ? "sort-icon sort-icon-asc" : "sort-icon sort-icon-desc") : "sort-icon";
  return (
    <TH align={align} aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link
        href={`${href({ sort: column, dir: nextDir, page: 1 })}#entities`}
        scroll={false}
        className={`inline-flex items-center gap-1 hover:text-foreground ${active ? "text-foreground" : ""}`}
      >
        {label}
        <span aria-hidden className={icon} />
        <span className="sr-only">
          {active
            ? `, sorted ${params.dir === "asc" ? "ascending" : "descending"}; sort ${nextDir === "asc" ? "ascending" : "descending"}`
            : `; sort by ${label.toLowerCase()}`}
        </span>
      </Link>
    </TH>
  );
}
