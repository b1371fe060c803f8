"use client";
// The navigation list with the active item marked. It reads the pathname, so under routes with
// dynamic params it suspends during prerendering: the sidebar wraps it in <Suspense> and falls
// back to <SidebarNavStatic>, the same list with nothing marked.
import { usePathname } from "next/navigation";
import { NavList } from "./nav-list";

export function SidebarNav() {
  const pathname = usePathname();
  return <NavList pathname={pathname} />;
}
