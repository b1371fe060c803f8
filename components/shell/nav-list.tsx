// The sidebar's links: one class each (nav-link, its icon nav-icon, app/globals.css), the active
// one marked by aria-current, which the class styles.
import Link from "next/link";
import { NAV_ITEMS, isActive } from "./nav-items";

export function NavList({ pathname }: { pathname: string | null }) {
  return (
    <ul className="space-y-0.5">
      {NAV_ITEMS.map(({ href, label, icon }) => (
        <li key={href}>
          <Link href={href} aria-current={isActive(href, pathname) ? "page" : undefined} className="nav-link">
            <span aria-hidden className={`nav-icon ${icon}`} />
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
