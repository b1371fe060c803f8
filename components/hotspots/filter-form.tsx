"use client";
// A GET form of selects (and an optional name search) whose values are the page's URL: picking an
// option applies at once, Enter searches, "Clear" goes back to the bare page. Used by the
// hotspots filters and a team page's entity table, so a pasted link shows the same view.
import Form from "next/form";
import Link from "next/link";
import { useRef } from "react";
import { ChevronDown, Search, X } from "lucide-react";

export interface FilterSelect {
  name: string;
  label: string;
  value: string;
  /** The first option is "all" (value ""). */
  options: readonly { value: string; label: string }[];
  width?: string;
}

export interface FilterFormProps {
  action: string;
  selects: readonly FilterSelect[];
  /** URL state to carry along unchanged (e.g. sort, range). */
  hidden?: Readonly<Record<string, string>>;
  search?: { name: string; label: string; value: string; placeholder: string };
  clearHref?: string;
  /** Accessible name of the form. */
  label: string;
}

const control =
  "h-8 rounded-md border border-border bg-surface text-[13px] text-foreground shadow-[0_1px_1px_rgba(16,16,24,0.03)] " +
  "placeholder:text-subtle hover:border-border-strong focus:border-accent focus:outline-none focus:ring-2 " +
  "focus:ring-accent/15";

export function FilterForm({ action, selects, hidden = {}, search, clearHref, label }: FilterFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  const filtered = selects.some((s) => s.value !== "") || Boolean(search?.value);
  return (
    <Form ref={form} action={action} role="search" aria-label={label} className="flex flex-wrap items-center gap-2">
      {Object.entries(hidden)
        .filter(([, v]) => v !== "")
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
      {search ? (
        <label className="relative">
          <span className="sr-only">{search.label}</span>
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-subtle"
          />
          <input
            type="search"
            name={search.name}
            defaultValue={search.value}
            maxLength={100}
            placeholder={search.placeholder}
            className={`${control} w-56 pr-2 pl-8`}
          />
        </label>
      ) : null}
      {selects.map((s) => (
        <label key={s.name} className="relative">
          <span className="sr-only">{s.label}</span>
          <select
            name={s.name}
            defaultValue={s.value}
            onChange={apply}
            className={`${control} ${s.width ?? "w-44"} appearance-none truncate pr-8 pl-2.5`}
          >
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <ChevronDown
            aria-hidden
            className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle"
          />
        </label>
      ))}
      <button type="submit" className="sr-only">
        Apply
      </button>
      {filtered && clearHref ? (
        <Link
          href={clearHref}
          className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-[13px] text-muted hover:bg-surface-hover hover:text-foreground"
        >
          <X aria-hidden className="size-3.5" />
          Clear
        </Link>
      ) : null}
    </Form>
  );
}
