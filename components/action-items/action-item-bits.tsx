// Small pieces every action-item view shares: the status badge, the due date (overdue in the
// danger colour), the verification note of a done item.
import { BadgeCheck, Hourglass } from "lucide-react";
import { STATUS_LABELS, type ActionItemStatus } from "@/lib/domain/action-items/schema";
import type { Verification } from "@/lib/domain/action-items/status";
import { formatCount } from "@/lib/domain/format/number";
import { daysUntil, formatDate } from "@/lib/domain/format/date";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONE: Record<ActionItemStatus, BadgeTone> = {
  OPEN: "neutral",
  IN_PROGRESS: "accent",
  DONE: "success",
  WONT_DO: "warning",
};

export function StatusBadge({ status }: { status: ActionItemStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function DueDate({ date, now, active = true }: { date: Date | null; now: Date; active?: boolean }) {
  if (!date) return <span className="text-subtle">No date</span>;
  const days = daysUntil(date, now);
  if (active && days < 0)
    return (
      <span className="font-medium text-danger" title={formatDate(date)}>
        {formatCount(-days)} d overdue
      </span>
    );
  return (
    <span className="text-muted" title={formatDate(date)}>
      {active && days === 0 ? "Today" : formatDate(date)}
    </span>
  );
}

/** Done work counts once evidence says so: the linked checklist item re-assessed as pass. */
export function VerificationNote({ verification }: { verification: Verification }) {
  if (verification === "verified")
    return (
      <span
        className="inline-flex items-center gap-1 text-xs text-success"
        title="The entity's latest assessment answers the linked checklist item as pass."
      >
        <BadgeCheck aria-hidden className="size-3.5" />
        Verified
      </span>
    );
  if (verification === "awaiting-reassessment")
    return (
      <span
        className="inline-flex items-center gap-1 text-xs text-warning"
        title="Done, but the linked checklist item is not yet answered pass in the entity's latest assessment; principal drops once it is."
      >
        <Hourglass aria-hidden className="size-3.5" />
        Awaiting re-assessment
      </span>
    );
  return null;
}
