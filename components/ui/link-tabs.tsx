// A strip of tabs that are links (each view has its own URL): the current one is marked with
// aria-current="page" and an accent underline.
import Link from "next/link";
import clsx from "clsx";

export interface LinkTab {
  key: string;
  label: string;
  href: string;
}

export function LinkTabs({ label, tabs, current }: { label: string; tabs: readonly LinkTab[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-5 border-b border-border">
      <ul className="relative -mb-px flex gap-1 overflow-x-auto">
        {tabs.map((t) => (
          <li key={t.key}>
            <Link
              href={t.href}
              aria-current={t.key === current ? "page" : undefined}
              className={clsx(
                "flex h-9 items-center border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
                t.key === current
                  ? "border-accent text-foreground"
                  : "border-transparent text-muted hover:border-border-strong hover:text-foreground",
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
