// One page of catalogue entities for the current filters.
import { connection } from "next/server";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { listEntities } from "@/lib/server/catalog/list-entities";
import type { EntityKind } from "@/lib/domain/kinds";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { CATALOG_PAGE_SIZE, catalogHref, type CatalogParams } from "@/lib/domain/format/catalog-params";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatDays } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { enumLabel } from "@/lib/domain/format/labels";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { EntityLink } from "@/components/entity/entity-link";
import { TeamLink } from "@/components/entity/team-link";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";
import { RatingWithRatio } from "@/components/score/score-cells";
import { whyHref } from "@/lib/domain/format/scorecard-links";

const DETAIL_HEADER: Record<EntityKind, string> = {
  MODEL: "Framework",
  FEATURE: "Type",
  DATA_SOURCE: "System",
  CONSUMER: "Type",
};

/** Enum-valued details (data type, serving mode) read better as words; free text stays as is. */
function detailText(kind: EntityKind, value: string | null, which: "primary" | "secondary"): string | null {
  if (!value) return null;
  const isEnum =
    (kind === "MODEL" && which === "secondary") || ((kind === "FEATURE" || kind === "CONSUMER") && which === "primary");
  return isEnum ? enumLabel(value) : value;
}

export async function EntityTable({ params }: { params: CatalogParams }) {
  await connection();
  const { rows, total } = await listEntities({ ...params, pageSize: CATALOG_PAGE_SIZE });
  const now = new Date();
  const label = KIND_LABELS[params.kind];
  if (total === 0) {
    const filtered = params.q !== "" || params.team !== "" || params.lifecycle !== "" || params.detail !== "";
    return (
      <EmptyState
        icon={SearchX}
        title={filtered ? `No ${label.many.toLowerCase()} match` : `No ${label.many.toLowerCase()} yet`}
        description={
          filtered
            ? "Try a shorter search, or look across all teams."
            : `${label.many} appear here once the catalogue is imported.`
        }
        action={
          filtered ? (
            <Link
              href={catalogHref({ kind: params.kind })}
              className="text-[13px] font-medium text-accent hover:text-accent-hover"
            >
              Clear filters
            </Link>
          ) : null
        }
      />
    );
  }
  const lastPage = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  return (
    <>
      <Table minWidth={900} className="table-fixed">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH className="w-[16%]">Team</TH>
            <TH className="w-[104px]">Lifecycle</TH>
            <TH className="w-[112px]">{DETAIL_HEADER[params.kind]}</TH>
            <TH className="w-[112px]">Debt</TH>
            <TH align="right" className="w-[76px]">
              Principal
            </TH>
            <TH align="right" className="w-[84px]" title="Upstream ↑ and downstream ↓ relations">
              Lineage
            </TH>
            <TH align="right" className="w-[92px]">
              Assessed
            </TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((e) => {
            const s = summarizeScore(e.sums);
            const primary = detailText(e.kind, e.detail.primary, "primary");
            const secondary = detailText(e.kind, e.detail.secondary, "secondary");
            return (
              <TR key={e.id}>
                <TD className="py-2">
                  <EntityLink
                    kind={e.kind}
                    name={e.name}
                    showIcon={false}
                    sub={e.title && e.title !== e.name ? e.title : null}
                  />
                </TD>
                <TD>
                  <TeamLink team={e.team} />
                </TD>
                <TD>
                  <LifecycleBadge lifecycle={e.lifecycle} />
                </TD>
                <TD>
                  <div className="truncate text-foreground">{primary ?? <span className="text-subtle">—</span>}</div>
                  {secondary ? <div className="truncate text-xs text-muted">{secondary}</div> : null}
                </TD>
                <TD>
                  <RatingWithRatio sums={e.sums} href={whyHref({ entity: e })} />
                </TD>
                <TD align="right">{e.sums ? formatDays(s.principalDays) : "—"}</TD>
                <TD align="right" className="whitespace-nowrap text-muted">
                  <span title={`${e.upstream} upstream`}>↑{e.upstream}</span>
                  <span className="ml-2" title={`${e.downstream} downstream`}>
                    ↓{e.downstream}
                  </span>
                </TD>
                <TD align="right" className="whitespace-nowrap text-muted">
                  {formatRelative(e.lastAssessedAt, now)}
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      {params.page > lastPage ? (
        <p className="border-t border-border px-5 py-3 text-[13px] text-muted">
          Page {params.page} is past the end.{" "}
          <Link href={catalogHref({ ...params, page: lastPage })} className="font-medium text-accent">
            Go to the last page
          </Link>
        </p>
      ) : null}
      <Pagination
        page={params.page}
        pageSize={CATALOG_PAGE_SIZE}
        total={total}
        href={(page) => catalogHref({ ...params, page })}
      />
    </>
  );
}
