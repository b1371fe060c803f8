"use client";
// Team, owner, status and overdue filters as a GET form: the URL is the source of truth, picking
// applies at once and goes back to page 1.
import Form from "next/form";
import { FilterSelect } from "@/components/ui/filter-select";
import { useRef } from "react";
import type { ActionItemFilters } from "@/lib/domain/action-items/filters";

export function ActionItemFiltersForm({
  filters,
  teams,
  owners,
}: {
  filters: ActionItemFilters;
  teams: readonly { slug: string; name: string }[];
  owners: readonly { id: string; name: string }[];
}) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  return (
    <Form
      ref={form}
      action="/action-items"
      className="flex flex-wrap items-center gap-2"
      aria-label="Filter action items"
    >
      <FilterSelect name="team" label="Team" value={filters.team} onChange={apply} width="w-52">
        <option value="">All teams</option>
        {teams.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="owner" label="Owner" value={filters.owner} onChange={apply} width="w-44">
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="none">Unassigned</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="status" label="Status" value={filters.status} onChange={apply} width="w-40">
        <option value="active">Still to do</option>
        <option value="open">Open</option>
        <option value="in-progress">In progress</option>
        <option value="done">Done</option>
        <option value="wont-do">Won&apos;t do</option>
        <option value="all">Any status</option>
      </FilterSelect>
      <label className="inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-[13px] text-foreground">
        <input
          type="checkbox"
          name="overdue"
          value="1"
          defaultChecked={filters.overdue}
          onChange={apply}
          className="accent-[var(--color-accent)]"
        />
        Overdue only
      </label>
      <button type="submit" className="sr-only">
        Apply filters
      </button>
    </Form>
  );
}
