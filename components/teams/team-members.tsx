import { UserRound } from "lucide-react";
import { enumLabel } from "@/lib/domain/format/labels";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: "MAINTAINER" | "MEMBER";
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

export function TeamMembers({ members }: { members: readonly TeamMember[] }) {
  if (members.length === 0) {
    return (
      <EmptyState icon={UserRound} title="No members" description="Nobody has joined this team yet." className="py-8" />
    );
  }
  return (
    <ul className="divide-y divide-border border-t border-border">
      {members.map((m) => (
        <li key={m.id} className="flex items-center gap-3 px-5 py-2.5">
          <span
            aria-hidden
            className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface-hover text-[11px] font-semibold text-muted"
          >
            {initials(m.name)}
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate text-[13px] font-medium text-foreground">{m.name}</p>
            <p className="truncate text-xs text-muted">{m.email}</p>
          </div>
          {m.role === "MAINTAINER" ? <Badge tone="accent">{enumLabel(m.role)}</Badge> : null}
        </li>
      ))}
    </ul>
  );
}
