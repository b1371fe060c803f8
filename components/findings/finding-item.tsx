// One finding in the list: what it is, the debt category it files under, whose it is, the
// evidence, its members, where to see it in the graph, and its triage.
import Link from "next/link";
import { Network } from "lucide-react";
import type { EntityKind } from "@/lib/domain/kinds";
import { formatDate } from "@/lib/domain/format/date";
import { pluralize } from "@/lib/domain/format/labels";
import type { FindingRow } from "@/lib/server/findings/list-findings";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { TeamLink } from "@/components/entity/team-link";
import { FindingEvidence } from "./finding-evidence";
import { BULK_ACCEPT_FORM, FINDING_KIND_META, SHAPE_KINDS } from "./kind-meta";
import { findingLineageHref } from "./lineage-href";
import { AcceptFindingForm, ReopenFindingButton } from "./triage-controls";
import { NewActionItemButton } from "@/components/action-items/new-action-item-button";

const STATUS_TONE: Record<FindingRow["status"], BadgeTone> = {
  OPEN: "danger",
  ACCEPTED: "warning",
  RESOLVED: "success",
};

/** `canPlan`: may create the team's action items (action-item:write); the same roles as triage unless told. */
export function FindingItem({
  finding,
  canTriage,
  canPlan = canTriage,
  selectable = false,
  prefills = [],
  teamNames,
}: {
  finding: FindingRow;
  canTriage: boolean;
  canPlan?: boolean;
  /** Show a checkbox tied to the bulk-accept form. */
  selectable?: boolean;
  /** The live checklist items of the finding's category: a new draft pre-answers them FAIL. */
  prefills?: readonly { key: string; question: string; appliesTo: readonly EntityKind[] }[];
  teamNames?: Readonly<Record<string, string>>;
}) {
  const members = finding.members.map((m) => ({ kind: m.entity.kind as EntityKind, name: m.entity.name }));
  const lineage = SHAPE_KINDS.has(finding.kind)
    ? findingLineageHref({ id: finding.id, kind: finding.kind, members, memberCount: finding._count.members })
    : null;
  const meta = FINDING_KIND_META[finding.kind];
  const memberKinds = new Set(members.map((m) => m.kind));
  const prefilled = prefills.filter((i) => i.appliesTo.some((k) => memberKinds.has(k)));
  return (
    <li className="px-5 py-4" data-finding={finding.id} aria-label={finding.title}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        {selectable ? (
          <input
            type="checkbox"
            name="signalIds"
            value={finding.id}
            form={BULK_ACCEPT_FORM}
            aria-label={`Check ${finding.title} to accept it with the others`}
            className="mt-1 size-4 shrink-0 accent-[var(--color-accent)]"
          />
        ) : null}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="accent">{meta.label}</Badge>
            <Badge tone={STATUS_TONE[finding.status]}>
              {finding.status.charAt(0) + finding.status.slice(1).toLowerCase()}
            </Badge>
            {finding.category ? (
              <span className="text-xs text-muted" title="The debt category this finding counts against">
                {finding.category.name}
              </span>
            ) : null}
          </div>
          <h2 className="mt-1.5 text-sm font-medium break-words text-foreground">{finding.title}</h2>
          <p className="mt-0.5 text-xs text-muted">
            <span className="inline-block max-w-48 align-bottom">
              <TeamLink team={finding.team} />
            </span>{" "}
            · first seen {formatDate(finding.firstSeenAt)} · last seen {formatDate(finding.lastSeenAt)}
            {finding.resolvedAt ? ` · resolved ${formatDate(finding.resolvedAt)}` : ""}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {lineage ? (
            <Link
              href={lineage}
              className="inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-xs font-medium text-accent hover:bg-accent-soft"
            >
              <Network aria-hidden className="size-3.5" />
              View in lineage
            </Link>
          ) : null}
          {canPlan && finding.teamId && finding.status !== "RESOLVED" ? (
            <NewActionItemButton
              teamId={finding.teamId}
              prefill={{ title: finding.title, description: meta.explain, signalId: finding.id }}
            />
          ) : null}
          {canTriage && finding.status === "ACCEPTED" ? (
            <ReopenFindingButton signalId={finding.id} title={finding.title} />
          ) : null}
        </div>
      </div>
      <div className="mt-3 rounded-lg border border-border bg-surface-muted/60 px-3 py-2.5">
        <FindingEvidence kind={finding.kind} evidence={finding.evidence} teamNames={teamNames} />
      </div>
      {prefilled.length > 0 && finding.status === "OPEN" ? (
        <p className="mt-2 text-xs text-muted">
          Pre-fills as <span className="font-medium text-foreground">fail</span> in a new assessment of its members:{" "}
          <span className="text-foreground">{prefilled[0]!.question}</span>
          {prefilled.length > 1
            ? ` (+${prefilled.length - 1} more in ${finding.category?.name ?? "its category"})`
            : ""}
        </p>
      ) : null}
      {finding._count.members > members.length ? (
        <p className="mt-1 text-xs text-muted">
          {pluralize(finding._count.members, "member")} in all; the graph shows them.
        </p>
      ) : null}
      {finding.status === "ACCEPTED" ? (
        <blockquote className="mt-3 border-l-2 border-warning-line/50 pl-3 text-[13px] text-foreground">
          <p className="whitespace-pre-line">{finding.justification}</p>
          <footer className="mt-0.5 text-xs text-muted">
            Accepted by {finding.acceptedBy?.name ?? "someone no longer here"} on {formatDate(finding.acceptedAt)}
          </footer>
        </blockquote>
      ) : null}
      {canTriage && finding.status === "OPEN" ? (
        <div className="mt-3">
          <AcceptFindingForm signalId={finding.id} title={finding.title} />
        </div>
      ) : null}
    </li>
  );
}
