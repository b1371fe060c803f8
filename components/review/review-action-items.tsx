// The action items a review created, with owner, due date and status.
import clsx from "clsx";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/domain/format/date";
import { enumLabel } from "@/lib/domain/format/labels";
import type { ReviewActionItemView } from "@/lib/domain/review/view";

export function ReviewActionItems({
  items,
  size = "page",
}: {
  items: readonly ReviewActionItemView[];
  size?: "page" | "slide";
}) {
  if (items.length === 0)
    return <p className={clsx("text-muted", size === "slide" ? "text-2xl" : "text-[13px]")}>None yet.</p>;
  return (
    <ul className={clsx("divide-y divide-border", size === "slide" ? "text-xl" : "text-[13px]")}>
      {items.map((a) => (
        <li key={a.id} className={clsx("flex items-start justify-between gap-4", size === "slide" ? "py-3" : "py-2")}>
          <div className="min-w-0">
            <div className="font-medium break-words text-foreground">{a.title}</div>
            <div className={clsx("text-muted", size === "slide" ? "text-base" : "text-xs")}>
              {a.owner ?? "No owner"}
              {a.entity ? ` · ${a.entity.name}` : ""}
              {a.dueDate ? ` · due ${formatDate(new Date(a.dueDate))}` : ""}
            </div>
          </div>
          <Badge
            tone={a.status === "DONE" ? "success" : a.status === "WONT_DO" ? "neutral" : "accent"}
            size={size === "slide" ? "lg" : "sm"}
          >
            {enumLabel(a.status)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
