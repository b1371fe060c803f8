// A team's members, one row each: initials, name and email, the maintainers marked. A row's
// parts are styled by one class (member, app/globals.css): a team page lists every member.
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
        <li key={m.id} className="member">
          <span aria-hidden>{initials(m.name)}</span>
          <div>
            <p>{m.name}</p>
            <p>{m.email}</p>
          </div>
          {m.role === "MAINTAINER" ? <Badge tone="accent">{enumLabel(m.role)}</Badge> : null}
        </li>
      ))}
    </ul>
  );
}
