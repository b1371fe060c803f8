// The app's left sidebar: wordmark, navigation, the signed-in person's menu, and a footnote about
// where the categories come from. AppFrame makes it a drawer on narrow screens.
import Link from "next/link";
import { Suspense } from "react";
import { BookOpen } from "lucide-react";
import { UserMenu, UserMenuSkeleton } from "@/components/auth/user-menu";
import { AppFrame } from "./app-frame";
import { NavList } from "./nav-list";
import { SidebarNav } from "./sidebar-nav";
import { Wordmark } from "./wordmark";

export function Sidebar() {
  return (
    <AppFrame>
      <div className="flex h-14 items-center px-4">
        <Link href="/" className="rounded-md" aria-label="debtboard overview">
          <Wordmark />
        </Link>
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-2.5 py-2">
        <p className="px-2.5 pb-1.5 text-[11px] font-medium tracking-wide text-subtle uppercase">Workspace</p>
        <Suspense fallback={<NavList pathname={null} />}>
          <SidebarNav />
        </Suspense>
      </nav>
      <div className="border-t border-border p-2">
        <Suspense fallback={<UserMenuSkeleton />}>
          <UserMenu />
        </Suspense>
      </div>
      <div className="border-t border-border p-3">
        <a
          href="https://papers.nips.cc/paper/5656-hidden-technical-debt-in-machine-learning-systems"
          target="_blank"
          rel="noreferrer"
          className="flex items-start gap-2 rounded-md p-2 text-xs text-muted hover:bg-surface-hover hover:text-foreground"
        >
          <BookOpen aria-hidden className="mt-px size-3.5 shrink-0 text-subtle" />
          <span>
            Categories from <span className="font-medium text-foreground">Hidden Technical Debt in ML Systems</span>,
            Sculley et al. 2015
          </span>
        </a>
      </div>
    </AppFrame>
  );
}
