// An entity's name as a link to its page, with its kind icon; long names truncate with the
// full name in a tooltip. The link's styling is one class (entity-link, its row entity-cell,
// app/globals.css): it sits on every row of the dashboards' tables.
import Link from "next/link";
import clsx from "clsx";
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { KindIcon } from "./kind-icon";

export interface EntityLinkProps {
  kind: EntityKind;
  name: string;
  /** Shown under the name in muted text (title, team, ...). */
  sub?: string | null;
  showIcon?: boolean;
  className?: string;
}

export function EntityLink({ kind, name, sub, showIcon = true, className }: EntityLinkProps) {
  const link = (
    <Link href={entityHref(kind, name)} title={name} className="entity-link">
      {name}
    </Link>
  );
  // Without a line under it the link is the row's own flex item (entity-link shrinks and truncates).
  if (!sub) {
    return (
      <div className={clsx("entity-cell", className)}>
        {showIcon ? <KindIcon kind={kind} /> : null}
        {link}
      </div>
    );
  }
  return (
    <div className={clsx("entity-cell", className)}>
      {showIcon ? <KindIcon kind={kind} /> : null}
      <div className="min-w-0">
        {link}
        <div className="truncate text-xs text-muted">{sub}</div>
      </div>
    </div>
  );
}
