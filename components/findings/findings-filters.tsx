"use client";
// Team and status filters as a GET form: the URL is the source of truth, picking applies at once
// and goes back to page 1. The kind is chosen with the tabs above and carried along here.
import Form from "next/form";
import { ChevronDown } from "lucide-react";
import { useRef, type ReactNode } from "react";
import { kindParam, type FindingsParams } from "@/lib/server/findings/findings-params";

const control =
  "h-8 appearance-none truncate rounded-md border border-border bg-surface pr-8 pl-2.5 text-[13px] text-foreground shadow-[0_1px_1px_rgba(16,16,24,0.03)] hover:border-border-strong focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/15";

export function FindingsFilters({ params, teams }: { params: FindingsParams; teams: readonly { slug: string; name: string }[] }) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  return (
    <Form ref={form} action="/findings" className="flex flex-wrap items-center gap-2" aria-label="Filter findings">
      {params.kind ? <input type="hidden" name="kind" value={kindParam(params.kind)} /> : null}
      <Select name="team" label="Team" value={params.team} onChange={apply} width="w-52">
        <option value="">All teams</option>
        <option value="none">Unowned</option>
        {teams.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </Select>
      <Select name="status" label="Status" value={params.status === "" ? "all" : params.status.toLowerCase()} onChange={apply} width="w-40">
        <option value="open">Open</option>
        <option value="accepted">Accepted</option>
        <option value="resolved">Resolved</option>
        <option value="all">Any status</option>
      </Select>
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
