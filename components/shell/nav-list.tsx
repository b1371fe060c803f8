import Link from "next/link";
import clsx from "clsx";
import { NAV_ITEMS, isActive } from "./nav-items";

export function NavList({ pathname }: { pathname: string | null }) {
  return (
    <ul className="space-y-0.5">
      {NAV_ITEMS.map(({ href, label, icon: Icon }) => {
        const active = isActive(href, pathname);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={clsx(
                "group flex h-10 items-center lg:h-8 gap-2.5 rounded-md px-2.5 text-[13px] font-medium transition-colors",
                active
                  ? "bg-surface-hover text-foreground"
                  : "text-muted hover:bg-surface-hover/70 hover:text-foreground",
              )}
            >
              <Icon
                aria-hidden
                className={clsx("size-4", active ? "text-accent" : "text-subtle group-hover:text-muted")}
              />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
