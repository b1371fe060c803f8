export interface NavItem {
  href: string;
  label: string;
  /** Its icon's class (nav-icon-<key> in app/globals.css: a lucide glyph drawn by a mask). */
  icon: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview", icon: "nav-icon-overview" },
  { href: "/teams", label: "Teams", icon: "nav-icon-teams" },
  { href: "/catalog", label: "Catalog", icon: "nav-icon-catalog" },
  { href: "/findings", label: "Findings", icon: "nav-icon-findings" },
  { href: "/hotspots", label: "Hotspots", icon: "nav-icon-hotspots" },
  { href: "/trends", label: "Trends", icon: "nav-icon-trends" },
  { href: "/review", label: "Review", icon: "nav-icon-review" },
  { href: "/action-items", label: "Action items", icon: "nav-icon-action-items" },
];

/** "/" is active only on the overview itself; the others own their whole subtree. */
export function isActive(href: string, pathname: string | null): boolean {
  if (!pathname) return false;
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
