"use client";
// The button and its panel. A disclosure (button + panel of links), closed by Escape, a click
// outside or following a link; the sign-out button posts a server action, so it also works
// before the page's JavaScript has loaded.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { ChevronsUpDown, KeyRound, LogOut, ScrollText, Users } from "lucide-react";
import clsx from "clsx";
import { initials } from "@/lib/domain/auth/role-label";
import { signOut } from "./sign-out-action";

export interface UserMenuPopoverProps {
  name: string;
  email: string;
  role: string;
  isAdmin: boolean;
}

export function UserMenuPopover({ name, email, role, isAdmin }: UserMenuPopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const links = [
    { href: "/settings/tokens", label: "API tokens", icon: KeyRound },
    ...(isAdmin ? [{ href: "/settings/members", label: "Members and roles", icon: Users }] : []),
    { href: "/settings/audit", label: "Audit trail", icon: ScrollText },
  ];

  return (
    <div ref={root} className="relative">
      {open ? (
        <div
          id={panelId}
          className="absolute right-0 bottom-full left-0 z-30 mb-2 overflow-hidden rounded-xl border border-border bg-surface shadow-[0_8px_30px_rgba(16,16,24,0.12)]"
        >
          <div className="border-b border-border px-3 py-2.5">
            <p className="truncate text-[13px] font-medium text-foreground">{name}</p>
            <p className="truncate text-xs text-muted">{email}</p>
            <p className="mt-1.5 inline-flex rounded-full bg-accent-soft px-2 py-0.5 text-[11px] font-medium text-accent">
              {role}
            </p>
          </div>
          <ul className="p-1">
            {links.map(({ href, label, icon: Icon }) => (
              <li key={href}>
                <Link
                  href={href}
                  onClick={() => setOpen(false)}
                  className="flex h-8 items-center gap-2.5 rounded-md px-2 text-[13px] text-foreground hover:bg-surface-hover"
                >
                  <Icon aria-hidden className="size-4 text-subtle" />
                  {label}
                </Link>
              </li>
            ))}
          </ul>
          <form action={signOut} className="border-t border-border p-1">
            <button
              type="submit"
              className="flex h-8 w-full items-center gap-2.5 rounded-md px-2 text-left text-[13px] text-foreground hover:bg-surface-hover"
            >
              <LogOut aria-hidden className="size-4 text-subtle" />
              Sign out
            </button>
          </form>
        </div>
      ) : null}
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((v) => !v)}
        className={clsx(
          "flex w-full items-center gap-2.5 rounded-lg p-2 text-left transition-colors hover:bg-surface-hover",
          open && "bg-surface-hover",
        )}
      >
        <span
          aria-hidden
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-foreground text-[10.5px] font-semibold text-surface"
        >
          {initials(name)}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-[13px] font-medium text-foreground">{name}</span>
          <span className="block truncate text-[11.5px] text-muted">{role}</span>
        </span>
        <ChevronsUpDown aria-hidden className="size-3.5 shrink-0 text-subtle" />
        <span className="sr-only">Account menu</span>
      </button>
    </div>
  );
}
