// Tabs per finding kind, counted under the current team and status filters.
import Link from "next/link";
import clsx from "clsx";
import { SIGNAL_KINDS, type SignalKind } from "@/lib/domain/graph";
import { formatCount } from "@/lib/domain/format/number";
import { findingsHref, type FindingsParams } from "@/lib/server/findings/findings-params";
import { FINDING_KIND_META } from "./kind-meta";

export function FindingKindTabs({
  params,
  counts,
}: {
  params: FindingsParams;
  counts: Partial<Record<SignalKind, number>>;
}) {
  const all = Object.values(counts).reduce((n, c) => n + c, 0);
  // Stale assessments are not detected yet; their tab appears only if some exist.
  const kinds = SIGNAL_KINDS.filter((k) => k !== "STALE_ASSESSMENT" || (counts[k] ?? 0) > 0);
  const tab = (kind: SignalKind | "", label: string, count: number) => {
    const active = params.kind === kind;
    return (
      <li key={kind || "all"}>
        <Link
          href={findingsHref({ ...params, kind, page: 1 })}
          aria-current={active ? "page" : undefined}
          className={clsx(
            "flex h-10 items-center gap-2 border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
            active
              ? "border-accent text-foreground"
              : "border-transparent text-muted hover:border-border-strong hover:text-foreground",
          )}
        >
          {label}
          <span
            className={clsx(
              "min-w-6 rounded-full px-1.5 py-px text-center text-[11px] tabular",
              active ? "bg-accent-soft text-accent" : "bg-surface-hover text-muted",
            )}
          >
            {formatCount(count)}
          </span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Finding kind" className="border-b border-border">
      <ul className="relative -mb-px flex gap-1 overflow-x-auto">
        {tab("", "All kinds", all)}
        {kinds.map((k) => tab(k, FINDING_KIND_META[k].label, counts[k] ?? 0))}
      </ul>
    </nav>
  );
}
