// One agenda section's content, at page size (the review page, the print view) or slide size
// (presenter mode: large type; the presenter pages long sections, lib/domain/review/slides.ts). On an open review each finding,
// failing checklist item, stale assessment and hotspot row offers a prefilled action item.
import clsx from "clsx";
import type { ReactNode } from "react";
import { ArrowRight, ListPlus } from "lucide-react";
import { secondaryButton } from "@/components/ui/controls";
import { NewActionItemButton, type ActionItemPrefill } from "@/components/action-items/new-action-item-button";
import { Badge } from "@/components/ui/badge";
import { RatingBadge } from "@/components/ui/rating-badge";
import { formatDate } from "@/lib/domain/format/date";
import { enumLabel } from "@/lib/domain/format/labels";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import { KIND_LABELS } from "@/lib/domain/kinds";
import type { AgendaSection, ScorePoint } from "@/lib/domain/review/agenda";
import { principalDelta } from "@/lib/domain/review/markdown";
import type { EntityRef } from "@/lib/domain/review/state";
import { ScoreBars } from "./score-bars";

export type SectionSize = "page" | "slide";

/** Who may turn rows into action items, on an open review; null = read-only (closed, printed, or no right). */
export interface RowActions {
  reviewId: string;
  /** The team an item goes to when the row's entity has none (the review's team). */
  fallbackTeamId: string | null;
  canWrite: (teamId: string) => boolean;
  /** People who may own an item, by team (the dialog's owner choice); missing teams offer "me" or unassigned. */
  owners?: Readonly<Record<string, readonly { id: string; name: string }[]>>;
  /** Said on a disabled button where the viewer may not create the row's action item. */
  refusal?: string;
}

/** Rows per slide: what fits a 1280 × 720 projector with two-line rows (e2e/planning-meeting.spec.ts). */
export const SLIDE_ROWS = 4;

interface Row {
  key: string;
  main: ReactNode;
  sub?: ReactNode;
  aside?: ReactNode;
  prefill?: { teamId: string | null; prefill: Omit<ActionItemPrefill, "reviewId"> };
}

function entityLine(e: EntityRef, size: SectionSize) {
  return (
    <span className="min-w-0">
      <span
        className={clsx("font-mono font-medium text-foreground", size === "slide" ? "text-[1.05em]" : "text-[12.5px]")}
      >
        {e.name}
      </span>
      <span className="text-muted">
        {" "}
        · {KIND_LABELS[e.kind].one}
        {e.team ? ` · ${e.team}` : ""}
      </span>
    </span>
  );
}

function RowList({
  rows,
  size,
  actions,
  empty,
}: {
  rows: Row[];
  size: SectionSize;
  actions: RowActions | null;
  empty: string;
}) {
  if (rows.length === 0)
    return <p className={clsx("text-muted", size === "slide" ? "text-2xl" : "text-[13px]")}>{empty}</p>;
  return (
    <>
      <ul className={clsx("divide-y divide-border", size === "slide" ? "text-xl" : "text-[13px]")}>
        {rows.map((r) => {
          const teamId = r.prefill ? (r.prefill.teamId ?? actions?.fallbackTeamId ?? null) : null;
          return (
            <li
              key={r.key}
              className={clsx("flex items-start justify-between gap-4", size === "slide" ? "py-2" : "py-2.5")}
            >
              <div className="min-w-0 flex-1">
                <div className={clsx("break-words", size === "slide" && "line-clamp-2")}>{r.main}</div>
                {r.sub ? (
                  <div className={clsx("text-muted", size === "slide" ? "mt-1 truncate text-base" : "mt-0.5 text-xs")}>
                    {r.sub}
                  </div>
                ) : null}
              </div>
              {r.aside ? (
                <div className="shrink-0 text-right whitespace-nowrap text-muted tabular">{r.aside}</div>
              ) : null}
              {actions && r.prefill && teamId && !actions.canWrite(teamId) ? (
                <div className="shrink-0 print:hidden">
                  <button
                    type="button"
                    disabled
                    title={actions.refusal}
                    aria-label={`Action item (${actions.refusal ?? "not allowed"})`}
                    className={`${secondaryButton} h-8 cursor-not-allowed px-2.5 text-xs`}
                  >
                    <ListPlus aria-hidden className="size-3.5" /> Action item
                  </button>
                </div>
              ) : null}
              {actions && r.prefill && teamId && actions.canWrite(teamId) ? (
                <div className="shrink-0 print:hidden">
                  <NewActionItemButton
                    teamId={teamId}
                    prefill={{ ...r.prefill.prefill, reviewId: actions.reviewId }}
                    owners={actions.owners?.[teamId]}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Point({ p, size }: { p: ScorePoint | null; size: SectionSize }) {
  return (
    <span className="inline-flex items-center gap-2">
      <RatingBadge rating={p?.rating ?? null} size={size === "slide" ? "lg" : "sm"} />
      {p?.rating ? <span className="tabular">{formatPercent(p.ratio)}</span> : null}
    </span>
  );
}

function Summary({ section, size }: { section: Extract<AgendaSection, { key: "summary" }>; size: SectionSize }) {
  const { total, counts } = section;
  const tiles: [string, number][] = [
    ["score changes", counts.scoreChanges],
    ["new findings", counts.newFindings],
    ["resolved findings", counts.resolvedFindings],
    ["items got worse", counts.worse],
    ["went stale", counts.stale],
    ["overdue actions", counts.overdue],
    ["actions done", counts.done],
  ];
  const slide = size === "slide";
  return (
    <div className={slide ? "space-y-10" : "space-y-4"}>
      <div className={clsx("flex flex-wrap items-center", slide ? "gap-6 text-3xl" : "gap-3 text-sm")}>
        <span className="text-muted">Debt</span>
        <Point p={total.before} size={size} />
        <ArrowRight aria-label="to" className={slide ? "size-8 text-subtle" : "size-4 text-subtle"} />
        <Point p={total.after} size={size} />
        <span className="text-muted">
          principal {formatDays(total.after?.principalDays ?? 0)} ({principalDelta(total.before, total.after)})
        </span>
      </div>
      <dl className={clsx("grid", slide ? "grid-cols-4 gap-5" : "grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7")}>
        {tiles.map(([label, n]) => (
          <div
            key={label}
            className={clsx("rounded-xl border border-border bg-surface", slide ? "px-6 py-5" : "px-3 py-2.5")}
          >
            <dt className={clsx("text-muted", slide ? "text-lg" : "text-xs")}>{label}</dt>
            <dd className={clsx("font-semibold text-foreground tabular", slide ? "mt-1 text-5xl" : "mt-0.5 text-xl")}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function SectionBody({
  section,
  size,
  actions,
}: {
  section: AgendaSection;
  size: SectionSize;
  actions: RowActions | null;
}) {
  switch (section.key) {
    case "summary":
      return <Summary section={section} size={size} />;
    case "scores":
      return <ScoreBars rows={section.rows} size={size} />;
    case "new-findings":
    case "resolved-findings":
      return (
        <RowList
          size={size}
          actions={section.key === "new-findings" ? actions : null}
          empty={section.key === "new-findings" ? "No new findings." : "No finding was resolved."}
          rows={section.rows.map((f) => ({
            key: f.id,
            main: f.title,
            sub: (
              <>
                {enumLabel(f.kind)}
                {f.entity ? <> · {f.entity.team ?? "Unowned"}</> : null}
                {f.accepted ? <> · accepted</> : null}
              </>
            ),
            prefill: {
              teamId: f.teamId ?? f.entity?.teamId ?? null,
              prefill: {
                title: `Resolve: ${f.title}`.slice(0, 200),
                description: `Finding: ${f.title}`,
                signalId: f.id,
                ...(f.entity ? { entityId: f.entity.id } : {}),
              },
            },
          }))}
        />
      );
    case "worse":
      return (
        <RowList
          size={size}
          actions={actions}
          empty="No checklist answer got worse."
          rows={section.rows.map((w) => ({
            key: `${w.entity.id}/${w.itemKey}`,
            main: w.question,
            sub: (
              <>
                {entityLine(w.entity, size)} · {w.category}
              </>
            ),
            aside: (
              <span>
                {w.before ? enumLabel(w.before) : "no debt"} →{" "}
                <Badge tone={w.value === "FAIL" ? "danger" : "warning"} size={size === "slide" ? "lg" : "sm"}>
                  {enumLabel(w.value)}
                </Badge>
              </span>
            ),
            prefill: {
              teamId: w.entity.teamId,
              prefill: {
                title: `${w.entity.name}: ${w.question}`.slice(0, 200),
                entityId: w.entity.id,
                checklistItemId: w.itemId,
              },
            },
          }))}
        />
      );
    case "stale":
      return (
        <div>
          <RowList
            size={size}
            actions={actions}
            empty="No assessment went stale."
            rows={section.rows.map((s) => ({
              key: s.entity.id,
              main: entityLine(s.entity, size),
              aside: s.lastSubmittedAt ? `last ${formatDate(new Date(s.lastSubmittedAt))}` : "never assessed",
              prefill: {
                teamId: s.entity.teamId,
                prefill: { title: `Re-assess ${s.entity.name}`, entityId: s.entity.id },
              },
            }))}
          />
          <p className={clsx("mt-3 text-muted", size === "slide" ? "text-lg" : "text-xs")}>
            {section.total} stale in all.
          </p>
        </div>
      );
    case "hotspots":
      return (
        <RowList
          size={size}
          actions={actions}
          empty="No hotspots: nothing assessed carries debt."
          rows={section.rows.map((h) => ({
            key: h.entity.id,
            main: (
              <span className="inline-flex flex-wrap items-center gap-2">
                {entityLine(h.entity, size)}
                {h.isNew ? (
                  <Badge tone="accent" size={size === "slide" ? "lg" : "sm"}>
                    new
                  </Badge>
                ) : null}
              </span>
            ),
            aside: `${formatPercent(h.ratio)} debt · ${formatDays(h.principalDays)}`,
            prefill: {
              teamId: h.entity.teamId,
              prefill: { title: `Pay down debt in ${h.entity.name}`, entityId: h.entity.id },
            },
          }))}
        />
      );
    case "action-items": {
      const row = (a: (typeof section.overdue)[number]) => ({
        key: a.id,
        main: a.title,
        sub: (
          <>
            {a.owner ?? "No owner"}
            {a.entity ? <> · {a.entity.name}</> : null}
          </>
        ),
        aside:
          a.status === "DONE"
            ? `done ${formatDate(a.completedAt ? new Date(a.completedAt) : null)}`
            : `due ${formatDate(a.dueDate ? new Date(a.dueDate) : null)}`,
      });
      // One level under the section's own heading: h1 on a slide, h2 (a card) on the page.
      const Sub = size === "slide" ? "h2" : "h3";
      return (
        <div className={clsx("grid", size === "slide" ? "grid-cols-2 gap-12" : "gap-5 lg:grid-cols-2")}>
          <div>
            <Sub className={clsx("font-semibold text-danger", size === "slide" ? "mb-2 text-2xl" : "mb-1 text-[13px]")}>
              Overdue ({section.overdue.length})
            </Sub>
            <RowList size={size} actions={null} empty="Nothing overdue." rows={section.overdue.map(row)} />
          </div>
          <div>
            <Sub
              className={clsx("font-semibold text-success", size === "slide" ? "mb-2 text-2xl" : "mb-1 text-[13px]")}
            >
              Done ({section.done.length})
            </Sub>
            <RowList size={size} actions={null} empty="Nothing done in the period." rows={section.done.map(row)} />
          </div>
        </div>
      );
    }
  }
}
