"use client";
// The trends page's scope picker: organisation, a team, a category (in the organisation or in a
// team) or an entity. Shows only the pickers the chosen scope needs and navigates to the clean
// URL (trendSearch) on "Show"; without JavaScript it still works as a plain GET form.
import Form from "next/form";
import { FILTER_SELECT_CLASS } from "@/components/ui/filter-select";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { ChevronDown } from "lucide-react";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { trendSearch, type TrendParams, type TrendScopeParam } from "@/lib/domain/trends/params";
import { SCOPE_LABELS, TREND_SCOPE_KINDS, type TrendScopeKind } from "@/lib/domain/trends/scope";
import type { TrendSubjects } from "@/lib/server/trends/list-trend-subjects";

export function TrendScopeForm({ params, subjects }: { params: TrendParams; subjects: TrendSubjects }) {
  const router = useRouter();
  const s = params.scope;
  const [kind, setKind] = useState<TrendScopeKind>(s.kind);
  const [team, setTeam] = useState(s.kind === "team" || s.kind === "category" ? (s.team ?? "") : "");
  const [category, setCategory] = useState(s.kind === "category" ? s.category : (subjects.categories[0]?.key ?? ""));
  const [entity, setEntity] = useState(s.kind === "entity" ? s.entity : (subjects.entities[0]?.id ?? ""));
  const firstTeam = subjects.teams[0]?.slug ?? "";

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    let scope: TrendScopeParam = { kind: "org" };
    if (kind === "team" && (team || firstTeam)) scope = { kind: "team", team: team || firstTeam };
    if (kind === "category" && category)
      scope = team ? { kind: "category", category, team } : { kind: "category", category };
    if (kind === "entity" && entity) scope = { kind: "entity", entity };
    router.push(`/trends${trendSearch({ ...params, scope })}`, { scroll: false });
  };

  const byTeam = new Map<string, TrendSubjects["entities"]>();
  for (const e of subjects.entities) {
    const key = e.teamName ?? "Unowned";
    byTeam.set(key, [...(byTeam.get(key) ?? []), e]);
  }

  return (
    <Form action="/trends" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Trend scope">
      <input type="hidden" name="range" value={params.range} />
      <input type="hidden" name="grain" value={params.grain} />
      <Select label="Scope" name="scope" value={kind} onChange={(v) => setKind(v as TrendScopeKind)} width="w-40">
        {TREND_SCOPE_KINDS.map((k) => (
          <option key={k} value={k}>
            {SCOPE_LABELS[k]}
          </option>
        ))}
      </Select>
      {kind === "team" || kind === "category" ? (
        <Select
          label="Team"
          name="team"
          value={kind === "team" ? team || firstTeam : team}
          onChange={setTeam}
          width="w-52"
        >
          {kind === "category" ? <option value="">Whole organisation</option> : null}
          {subjects.teams.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === "category" ? (
        <Select label="Category" name="category" value={category} onChange={setCategory} width="w-72">
          {subjects.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </Select>
      ) : null}
      {kind === "entity" ? (
        <Select label="Entity" name="entity" value={entity} onChange={setEntity} width="w-80">
          {[...byTeam].map(([teamName, entities]) => (
            <optgroup key={teamName} label={teamName}>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {`${e.name} (${KIND_LABELS[e.kind].one.toLowerCase()})`}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      ) : null}
      <button
        type="submit"
        className="h-8 rounded-md bg-accent px-3 text-[13px] font-medium text-accent-foreground shadow-[0_1px_2px_rgba(16,16,24,0.08)] hover:bg-accent-hover"
      >
        Show
      </button>
    </Form>
  );
}

function Select(props: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  width: string;
  children: ReactNode;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs font-medium text-muted">{props.label}</span>
      <span className="relative">
        <select
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          className={`${FILTER_SELECT_CLASS} ${props.width}`}
        >
          {props.children}
        </select>
        <ChevronDown
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle"
        />
      </span>
    </label>
  );
}
