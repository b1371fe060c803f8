// The hotspots page's filters: team, kind, category, lifecycle, all in the URL.
import { connection } from "next/server";
import { listTeamOptions } from "@/lib/server/teams/list-team-options";
import { listDebtCategories } from "@/lib/server/dashboards/list-category-heatmaps";
import { KIND_CHOICES, type HotspotParams } from "@/lib/domain/format/dashboard-params";
import { kindSlug } from "@/lib/domain/format/labels";
import { enumLabel } from "@/lib/domain/format/labels";
import { LIFECYCLES } from "@/lib/domain/kinds";
import { FilterForm } from "./filter-form";

export async function HotspotFilters({ params }: { params: HotspotParams }) {
  await connection();
  const [teams, categories] = await Promise.all([listTeamOptions(), listDebtCategories()]);
  return (
    <FilterForm
      action="/hotspots"
      label="Filter hotspots"
      clearHref="/hotspots"
      selects={[
        {
          name: "team",
          label: "Team",
          value: params.team,
          width: "w-52",
          options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))],
        },
        {
          name: "kind",
          label: "Kind",
          value: params.kind ? kindSlug(params.kind) : "",
          width: "w-40",
          options: [{ value: "", label: "All kinds" }, ...KIND_CHOICES],
        },
        {
          name: "category",
          label: "Category",
          value: params.category,
          width: "w-60",
          options: [
            { value: "", label: "All categories" },
            ...categories.map((c) => ({ value: c.key, label: c.name })),
          ],
        },
        {
          name: "lifecycle",
          label: "Lifecycle",
          value: params.lifecycle.toLowerCase(),
          width: "w-40",
          options: [
            { value: "", label: "All lifecycles" },
            ...LIFECYCLES.map((l) => ({ value: l.toLowerCase(), label: enumLabel(l) })),
          ],
        },
      ]}
    />
  );
}
