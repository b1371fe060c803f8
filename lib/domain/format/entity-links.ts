// Entity.links is free JSON ([{ type, url, title? }]); this reads it defensively so a malformed
// or non-http(s) item is skipped rather than rendered as a link.
export const LINK_TYPES = ["repository", "dashboard", "runbook", "training-run", "other"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface EntityLinkItem {
  type: LinkType;
  url: string;
  title: string | null;
}

export function parseEntityLinks(value: unknown): EntityLinkItem[] {
  if (!Array.isArray(value)) return [];
  const out: EntityLinkItem[] = [];
  for (const item of value as unknown[]) {
    if (!item || typeof item !== "object" || Array.isArray(item)) continue;
    const { type, url, title } = item as Record<string, unknown>;
    if (typeof url !== "string" || !/^https?:\/\/\S+$/i.test(url)) continue;
    const known = LINK_TYPES.find((t) => t === type);
    out.push({ type: known ?? "other", url, title: typeof title === "string" && title.trim() ? title.trim() : null });
  }
  return out;
}

/** What to call a link: its title, else its type in words ("training run"). */
export function linkLabel(link: EntityLinkItem): string {
  if (link.title) return link.title;
  const words = link.type.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
