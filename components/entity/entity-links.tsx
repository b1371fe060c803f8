// Links (repository, dashboard, runbook, ...) and tags.
import { BookText, ExternalLink, FlaskConical, GitBranch, LayoutDashboard, Link2, type LucideIcon } from "lucide-react";
import { linkLabel, type EntityLinkItem, type LinkType } from "@/lib/domain/format/entity-links";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

const ICONS: Record<LinkType, LucideIcon> = {
  repository: GitBranch,
  dashboard: LayoutDashboard,
  runbook: BookText,
  "training-run": FlaskConical,
  other: Link2,
};

export function EntityLinks({ links, tags }: { links: readonly EntityLinkItem[]; tags: readonly string[] }) {
  return (
    <Card>
      <CardHeader title="Links" />
      {links.length === 0 ? (
        <p className="border-t border-border px-5 py-4 text-[13px] text-muted">No links recorded.</p>
      ) : (
        <ul className="divide-y divide-border border-t border-border">
          {links.map((l) => {
            const Icon = ICONS[l.type];
            return (
              <li key={l.url}>
                <a
                  href={l.url}
                  target="_blank"
                  rel="noreferrer"
                  className="group flex items-center gap-2.5 px-5 py-2.5 text-[13px] hover:bg-surface-hover/60"
                >
                  <Icon aria-hidden className="size-3.5 shrink-0 text-subtle" />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium text-foreground group-hover:text-accent">
                      {linkLabel(l)}
                    </span>
                    <span className="block truncate text-xs text-muted">{l.url.replace(/^https?:\/\//, "")}</span>
                  </span>
                  <ExternalLink
                    aria-hidden
                    className="size-3.5 shrink-0 text-subtle opacity-0 group-hover:opacity-100"
                  />
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {tags.length > 0 ? (
        <div className="flex flex-wrap gap-1.5 border-t border-border px-5 py-3">
          {tags.map((t) => (
            <Badge key={t}>{t}</Badge>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
