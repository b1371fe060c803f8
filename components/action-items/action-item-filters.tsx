"use client";
// Team, owner, status and overdue filters as a GET form: the URL is the source of truth, picking
// applies at once and goes back to page 1.
import Form from "next/form";
import { ChevronDown } from "lucide-react";
import { useRef, type ReactNode } from "react";
import type { ActionItemFilters } from "@/lib/domain/action-items/filters";

const control =
  "h-8 appearance-none truncate rounded-md border border-border bg-surface pr-8 pl-2.5 text-[13px] text-foreground shadow-[0_1px_1px_rgba(16,16,24,0.03)] hover:border-border-strong focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/15";

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
    <Form ref={form} action="/action-items" className="flex flex-wrap items-center gap-2" aria-label="Filter action items">
      <Select name="team" label="Team" value={filters.team} onChange={apply} width="w-52">
        <option value="">All teams</option>
        {teams.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </Select>
      <Select name="owner" label="Owner" value={filters.owner} onChange={apply} width="w-44">
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="none">Unassigned</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <Select name="status" label="Status" value={filters.status} onChange={apply} width="w-40">
        <option value="active">Still to do</option>
        <option value="open">Open</option>
        <option value="in-progress">In progress</option>
        <option value="done">Done</option>
        <option value="wont-do">Won&apos;t do</option>
        <option value="all">Any status</option>
      </Select>
      <label className="inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-[13px] text-foreground">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} onChange={apply} className="accent-[var(--color-accent)]" />
        Overdue only
      </label>
      <button type="submit" className="sr-only">
        Apply filters
      </button>
    </Form>
  );
}

function Select({ name, label, value, onChange, width, children }: { name: string; label: string; value: string; onChange: () => void; width: string; children: ReactNode }) {
  return (
    <label className="relative">
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={value} onChange={onChange} className={`${control} ${width}`}>
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle" />
    </label>
  );
}
