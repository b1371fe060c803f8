"use client";
// Tabs across the settings pages; Members only for organisation admins.
import Link from "next/link";
import { usePathname } from "next/navigation";
import clsx from "clsx";

export function SettingsTabs({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const tabs = [
    { href: "/settings/tokens", label: "API tokens" },
    ...(isAdmin
      ? [
          { href: "/settings/members", label: "Members and roles" },
          { href: "/settings/invitations", label: "Invitations" },
          { href: "/settings/checklist", label: "Checklist" },
          { href: "/settings/connectors", label: "Connectors" },
        ]
      : []),
    { href: "/settings/gates", label: "Targets and gates" },
    { href: "/settings/webhooks", label: "Webhooks" },
    { href: "/settings/audit", label: "Audit trail" },
  ];
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-border">
      <ul className="relative -mb-px flex gap-5 overflow-x-auto">
        {tabs.map((tab) => {
          const active = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "inline-flex h-10 items-center border-b-2 text-[13px] font-medium whitespace-nowrap transition-colors",
                  active ? "border-foreground text-foreground" : "border-transparent text-muted hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
