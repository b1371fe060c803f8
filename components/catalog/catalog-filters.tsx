"use client";
// Search and team filter as a GET form: the URL stays the source of truth, Enter searches,
// picking a team applies at once, and any change goes back to page 1.
import Form from "next/form";
import { FilterSelect } from "@/components/ui/filter-select";
import { ChevronDown, Search, X } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { CATALOG_SORTS, catalogHref, DETAIL_FILTERS, type CatalogParams } from "@/lib/domain/format/catalog-params";
import { enumLabel } from "@/lib/domain/format/labels";
import { LIFECYCLES } from "@/lib/domain/kinds";

export interface CatalogFiltersProps {
  params: CatalogParams;
  teams: readonly { slug: string; name: string }[];
}

const control =
  "h-8 rounded-md border border-border bg-surface text-[13px] text-foreground shadow-[0_1px_1px_rgba(16,16,24,0.03)] " +
  "placeholder:text-subtle hover:border-border-strong focus:border-accent focus:outline-none focus:ring-2 " +
  "focus:ring-accent/15";

export function CatalogFilters({ params, teams }: CatalogFiltersProps) {
  const form = useRef<HTMLFormElement>(null);
  const filtered = params.q !== "" || params.team !== "" || params.lifecycle !== "" || params.detail !== "";
  const apply = () => form.current?.requestSubmit();
  const detail = DETAIL_FILTERS[params.kind];
  return (
    <Form ref={form} action="/catalog" role="search" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="kind" value={KIND_LABELS[params.kind].slug} />
      <label className="relative">
        <span className="sr-only">Search {KIND_LABELS[params.kind].many.toLowerCase()} by name</span>
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-subtle"
        />
        <input
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={100}
          placeholder={`Search ${KIND_LABELS[params.kind].many.toLowerCase()}…`}
          className={`${control} w-64 pr-2 pl-8`}
        />
      </label>
      <label className="relative">
        <span className="sr-only">Team</span>
        <select
          name="team"
          defaultValue={params.team}
          onChange={() => form.current?.requestSubmit()}
          className={`${control} w-52 appearance-none truncate pr-8 pl-2.5`}
        >
          <option value="">All teams</option>
          <option value="none">Unowned</option>
          {teams.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
        <ChevronDown
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle"
        />
      </label>
      <FilterSelect
        name="lifecycle"
        label="Lifecycle"
        value={params.lifecycle.toLowerCase()}
        onChange={apply}
        width="w-40"
      >
        <option value="">All lifecycles</option>
        {LIFECYCLES.map((l) => (
          <option key={l} value={l.toLowerCase()}>
            {enumLabel(l)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        name="detail"
        label={detail.label}
        value={params.detail.toLowerCase()}
        onChange={apply}
        width="w-40"
      >
        <option value="">{`${detail.label}: all`}</option>
        {detail.values.map((v) => (
          <option key={v} value={v.toLowerCase()}>
            {enumLabel(v)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="sort" label="Sort by" value={params.sort} onChange={apply} width="w-52">
        {Object.entries(CATALOG_SORTS).map(([value, label]) => (
          <option key={value} value={value}>
            {`Sort: ${label.toLowerCase()}`}
          </option>
        ))}
      </FilterSelect>
      <button type="submit" className="sr-only">
        Search
      </button>
      {filtered ? (
        <Link
          href={catalogHref({ kind: params.kind })}
          className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-[13px] text-muted hover:bg-surface-hover hover:text-foreground"
        >
          <X aria-hidden className="size-3.5" />
          Clear
        </Link>
      ) : null}
    </Form>
  );
}
