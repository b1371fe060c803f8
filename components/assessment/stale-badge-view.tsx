// The stale badge itself (stale-badge.tsx decides whether and what): server and client alike.
import { Clock } from "lucide-react";
import { Badge } from "@/components/ui/badge";

export interface StaleNote {
  label: "Stale" | "Never assessed";
  title: string;
}

export function StaleBadgeView({ note }: { note: StaleNote }) {
  return (
    <span title={note.title}>
      <Badge tone="warning">
        <Clock aria-hidden className="size-3" />
        {note.label}
        <span className="sr-only">: {note.title}</span>
      </Badge>
    </span>
  );
}
