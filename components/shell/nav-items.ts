import {
  ClipboardCheck,
  Flame,
  LayoutDashboard,
  Library,
  ListChecks,
  Radar,
  TrendingUp,
  Users,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/teams", label: "Teams", icon: Users },
  { href: "/catalog", label: "Catalog", icon: Library },
  { href: "/findings", label: "Findings", icon: Radar },
  { href: "/hotspots", label: "Hotspots", icon: Flame },
  { href: "/trends", label: "Trends", icon: TrendingUp },
  { href: "/review", label: "Review", icon: ClipboardCheck },
  { href: "/action-items", label: "Action items", icon: ListChecks },
];

/** "/" is active only on the overview itself; the others own their whole subtree. */
export function isActive(href: string, pathname: string | null): boolean {
  if (!pathname) return false;
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
