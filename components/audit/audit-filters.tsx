// The audit trail's filters: a plain GET form, so the filters are the URL (bookmark, share,
// export exactly what you see).
import Link from "next/link";
import { Download, Filter } from "lucide-react";
import { inputClass, labelClass, primaryButton, secondaryButton, selectClass } from "@/components/ui/controls";
import { auditFilterSearch, hasAuditFilters, type AuditFilter } from "@/lib/domain/audit/audit-filter";
import { actionLabel } from "@/lib/domain/audit/changes";
import type { AuditFacets } from "@/lib/server/audit/list-audit-facets";

export function AuditFilters({ filter, facets }: { filter: AuditFilter; facets: AuditFacets }) {
  return (
    <form
      method="get"
      action="/settings/audit"
      className="grid gap-3 px-5 pb-5 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_150px_150px]"
    >
      {filter.targetId ? <input type="hidden" name="targetId" value={filter.targetId} /> : null}
      {filter.teamId ? <input type="hidden" name="team" value={filter.teamId} /> : null}
      <label className="block">
        <span className={labelClass}>Who</span>
        <select name="actor" defaultValue={filter.actor ?? ""} className={`${selectClass} w-full`}>
          <option value="">Anyone</option>
          {facets.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className={labelClass}>Action</span>
        <select name="action" defaultValue={filter.action ?? ""} className={`${selectClass} w-full`}>
          <option value="">Any action</option>
          {facets.actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)} ({a})
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className={labelClass}>Target type</span>
        <select name="target" defaultValue={filter.targetType ?? ""} className={`${selectClass} w-full`}>
          <option value="">Any target</option>
          {facets.targetTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className={labelClass}>From</span>
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={inputClass} />
      </label>
      <label className="block">
        <span className={labelClass}>To</span>
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={inputClass} />
      </label>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={primaryButton}>
          <Filter aria-hidden className="size-3.5" /> Apply filters
        </button>
        {hasAuditFilters(filter) ? (
          <Link href="/settings/audit" className={secondaryButton}>
            Clear
          </Link>
        ) : null}
        <a
          href={`/settings/audit/export${auditFilterSearch({ ...filter, page: 1 })}`}
          className={`${secondaryButton} ml-auto`}
          download
        >
          <Download aria-hidden className="size-3.5" /> Export CSV
        </a>
      </div>
    </form>
  );
}
