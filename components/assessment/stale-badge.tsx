// "Stale" beside an entity whose last submitted assessment is older than STALE_AFTER_DAYS (or
// that was never assessed, when `showNever`). The words carry the meaning, not the colour.
import { Clock } from "lucide-react";
import { env } from "@/lib/config/env";
import { daysSince, isStale } from "@/lib/domain/scoring/staleness";
import { Badge } from "@/components/ui/badge";

export function StaleBadge({
  lastSubmittedAt,
  now,
  showNever = false,
}: {
  lastSubmittedAt: Date | null;
  now: Date;
  showNever?: boolean;
}) {
  const maxAge = env().STALE_AFTER_DAYS;
  if (!isStale(lastSubmittedAt, now, maxAge)) return null;
  if (lastSubmittedAt === null && !showNever) return null;
  const title = lastSubmittedAt
    ? `Last assessed ${daysSince(lastSubmittedAt, now)} days ago; assessments older than ${maxAge} days are stale.`
    : "Never assessed.";
  return (
    <span title={title}>
      <Badge tone="warning">
        <Clock aria-hidden className="size-3" />
        {lastSubmittedAt ? "Stale" : "Never assessed"}
        <span className="sr-only">: {title}</span>
      </Badge>
    </span>
  );
}
