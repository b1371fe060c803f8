// The signed-in person at the foot of the sidebar: who they are, what they may do, their
// settings and sign-out. It reads the session, so it streams in behind a <Suspense> boundary.
import { getViewer } from "@/lib/server/auth/viewer";
import { Skeleton } from "@/components/ui/skeleton";
import { UserMenuPopover } from "./user-menu-popover";

export async function UserMenu() {
  const viewer = await getViewer();
  if (!viewer) return null;
  return (
    <UserMenuPopover
      name={viewer.user.name}
      email={viewer.user.email}
      role={viewer.roleLabel}
      isAdmin={viewer.isAdmin}
    />
  );
}

export function UserMenuSkeleton() {
  return (
    <div className="flex h-11 items-center gap-2.5 px-2" aria-hidden>
      <Skeleton className="size-7 rounded-full" />
      <div className="flex-1">
        <Skeleton className="h-3 w-24" />
        <Skeleton className="mt-1.5 h-2.5 w-32" />
      </div>
    </div>
  );
}
