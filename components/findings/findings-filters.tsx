"use client";
// Team and status filters as a GET form: the URL is the source of truth, picking applies at once
// and goes back to page 1. The kind is chosen with the tabs above and carried along here.
import Form from "next/form";
import { FilterSelect } from "@/components/ui/filter-select";
import { useRef } from "react";
import { kindParam, type FindingsParams } from "@/lib/server/findings/findings-params";

export function FindingsFilters({
  params,
  teams,
  hasTeams,
}: {
  params: FindingsParams;
  teams: readonly { slug: string; name: string }[];
  /** The signed-in person belongs to some team ("My teams" is offered). */
  hasTeams: boolean;
}) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  return (
    <Form ref={form} action="/findings" className="flex flex-wrap items-center gap-2" aria-label="Filter findings">
      {params.kind ? <input type="hidden" name="kind" value={kindParam(params.kind)} /> : null}
      <FilterSelect name="team" label="Team" value={params.team} onChange={apply} width="w-52">
        {hasTeams ? <option value="mine">My teams</option> : null}
        <option value="all">All teams</option>
        <option value="none">Unowned</option>
        {teams.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        name="status"
        label="Status"
        value={params.status === "" ? "all" : params.status.toLowerCase()}
        onChange={apply}
        width="w-40"
      >
        <option value="open">Open</option>
        <option value="accepted">Accepted</option>
        <option value="resolved">Resolved</option>
        <option value="all">Any status</option>
      </FilterSelect>
      <button type="submit" className="sr-only">
        Apply filters
      </button>
    </Form>
  );
}
