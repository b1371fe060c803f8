"use client";
// The stale badge itself (stale-badge.tsx decides whether and what), on the server's pages and in
// client-rendered table rows (team-entity-rows.tsx). It sits on most rows of a team's entity
// table, so its clock is a masked span (stale-icon, app/globals.css) and the tooltip, which
// repeats the words screen readers get, is added once the page is interactive.
import { Badge } from "@/components/ui/badge";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface StaleNote {
  label: "Stale" | "Never assessed";
  title: string;
}

export function StaleBadgeView({ note }: { note: StaleNote }) {
  const hydrated = useHydrated();
  return (
    <span title={hydrated ? note.title : undefined}>
      <Badge tone="warning">
        <span aria-hidden className="stale-icon" />
        {note.label}
        <span className="sr-only">: {note.title}</span>
      </Badge>
    </span>
  );
}
