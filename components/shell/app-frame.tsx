"use client";
// The app's frame around the sidebar. From `lg` up the sidebar is fixed on the left; below it the
// sidebar becomes a drawer behind a top bar's menu button (phones, narrow windows), closed by
// Escape, by the backdrop, or by following any link inside it. While closed it is `invisible`,
// so keyboard and screen-reader users never land in an off-screen menu.
import clsx from "clsx";
import { useEffect, useState, type ReactNode } from "react";
import Link from "next/link";
import { Menu, X } from "lucide-react";
import { Wordmark } from "./wordmark";

export function AppFrame({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  // One data-app-shell element (display: contents, so the sticky bar sticks to the page): the
  // sign-in and print pages hide the whole shell through it (app/globals.css, print-view.tsx).
  return (
    <div data-app-shell className="contents">
      <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-border bg-surface px-3 lg:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="app-sidebar"
          aria-label={open ? "Close navigation" : "Open navigation"}
          onClick={() => setOpen((o) => !o)}
          className="inline-flex size-10 items-center justify-center rounded-lg text-foreground hover:bg-surface-hover"
        >
          {open ? <X aria-hidden className="size-5" /> : <Menu aria-hidden className="size-5" />}
        </button>
        <Link href="/" className="rounded-md" aria-label="debtboard overview">
          <Wordmark />
        </Link>
      </header>
      {open ? (
        <div aria-hidden className="fixed inset-0 z-30 bg-foreground/30 lg:hidden" onClick={() => setOpen(false)} />
      ) : null}
      <aside
        id="app-sidebar"
        data-open={open}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
        }}
        className={clsx(
          "invisible fixed inset-y-0 left-0 z-40 flex w-[var(--sidebar-width)] -translate-x-full flex-col",
          "border-r border-border bg-surface transition-transform motion-reduce:transition-none",
          "data-[open=true]:visible data-[open=true]:translate-x-0 lg:visible lg:z-20 lg:translate-x-0",
        )}
      >
        {children}
      </aside>
    </div>
  );
}
