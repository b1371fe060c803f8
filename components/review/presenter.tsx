"use client";
// Presenter mode: the agenda one screen at a time, over the whole window (the app's chrome is
// covered), large type, sized for a 1280 × 720 projector (long sections arrive already split
// into parts). ←/→, PageUp/PageDown, Home/End move; N opens the notes panel with its note box
// (Esc closes it); Esc leaves. The screen number is kept in the URL (`?s=3`), so reloading or
// sharing the link opens the same screen. Keys typed into a form, or while a dialog (a new action
// item) is open, are left alone.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ChevronLeft, ChevronRight, Maximize, StickyNote, X } from "lucide-react";

export interface Slide {
  key: string;
  title: string;
  body: ReactNode;
  /** The notes and decisions taken on this slide's section (null: none yet). */
  notes: ReactNode | null;
  /** The note box, when the review is open and the viewer may take notes. */
  noteForm: ReactNode | null;
}

const base =
  "inline-flex h-11 items-center justify-center gap-2 rounded-lg border px-4 text-base font-medium transition disabled:opacity-40";
const button = `${base} border-border-strong bg-surface text-foreground hover:bg-surface-hover`;
const primary = `${base} border-foreground bg-foreground text-surface hover:bg-foreground/85`;

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("dialog") !== null
  );
}

export function Presenter({
  reviewTitle,
  exitHref,
  slides,
  initial,
}: {
  reviewTitle: string;
  exitHref: string;
  slides: readonly Slide[];
  initial: number;
}) {
  const router = useRouter();
  const [index, setIndex] = useState(initial - 1);
  const [notesOpen, setNotesOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const count = slides.length;
  const go = useCallback((next: number) => setIndex(Math.min(Math.max(0, next), count - 1)), [count]);

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("s", String(index + 1));
    window.history.replaceState(null, "", url);
    heading.current?.focus({ preventScroll: true });
  }, [index]);

  // Opening the panel puts the cursor in its note box.
  useEffect(() => {
    if (notesOpen) panel.current?.querySelector("textarea")?.focus();
  }, [notesOpen, index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        typing(event.target) ||
        document.querySelector("dialog[open]")
      )
        return;
      const moves: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(count - 1),
        n: () => setNotesOpen(true),
        N: () => setNotesOpen(true),
        Escape: () => {
          if (notesOpen) return setNotesOpen(false);
          if (document.fullscreenElement) void document.exitFullscreen();
          router.push(exitHref);
        },
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, count, exitHref, router, notesOpen]);

  const slide = slides[index];
  const showNotes = slide !== undefined && (notesOpen || slide.notes !== null);
  return (
    <div className="fixed inset-0 z-50 flex flex-col bg-background text-foreground" data-presenter>
      <header className="flex items-center justify-between gap-6 border-b border-border bg-surface px-8 py-3">
        <p className="min-w-0 truncate text-base text-muted">{reviewTitle}</p>
        <div className="flex shrink-0 items-center gap-3">
          <span className="text-base text-muted tabular" aria-hidden>
            {index + 1} / {count}
          </span>
          <button
            type="button"
            className={button}
            aria-expanded={notesOpen}
            aria-controls="presenter-notes"
            onClick={() => setNotesOpen((o) => !o)}
          >
            <StickyNote aria-hidden className="size-4" /> Notes <kbd className="text-xs text-muted">N</kbd>
          </button>
          <button
            type="button"
            className={button}
            onClick={() => void document.documentElement.requestFullscreen?.()}
            aria-label="Full screen"
          >
            <Maximize aria-hidden className="size-4" />
          </button>
          <button type="button" className={button} onClick={() => router.push(exitHref)}>
            <X aria-hidden className="size-4" /> Exit <kbd className="text-xs text-muted">Esc</kbd>
          </button>
        </div>
      </header>
      <div
        className="h-1.5 w-full bg-surface-muted"
        role="progressbar"
        aria-label="Progress through the agenda"
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
        aria-valuetext={`Section ${index + 1} of ${count}`}
      >
        <div className="h-full bg-accent transition-[width]" style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <div className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1 overflow-y-auto" data-slide-viewport>
          {slide ? (
            <section key={slide.key} aria-labelledby="slide-title" className="mx-auto w-full max-w-[1280px] px-12 py-7">
              <p className="text-lg font-medium text-accent tabular">
                {index + 1} of {count}
              </p>
              <h1
                id="slide-title"
                ref={heading}
                tabIndex={-1}
                className="mt-1 mb-4 text-4xl font-semibold tracking-tight outline-none"
              >
                {slide.title}
              </h1>
              <div className="text-xl leading-relaxed">{slide.body}</div>
            </section>
          ) : null}
        </div>
        {slide && showNotes ? (
          <aside
            id="presenter-notes"
            ref={panel}
            aria-label="Notes and decisions"
            onKeyDown={(event) => {
              if (event.key !== "Escape") return;
              event.stopPropagation();
              setNotesOpen(false);
              heading.current?.focus({ preventScroll: true });
            }}
            className="flex w-[22rem] shrink-0 flex-col gap-4 overflow-y-auto border-l border-border bg-surface px-5 py-6 text-base"
          >
            <h2 className="text-lg font-semibold">Notes and decisions</h2>
            {notesOpen && slide.noteForm ? slide.noteForm : null}
            {slide.notes ?? <p className="text-muted">Nothing noted on this section yet.</p>}
            {!notesOpen && slide.noteForm ? (
              <p className="text-sm text-muted">
                Press <kbd>N</kbd> to add a note or decision.
              </p>
            ) : null}
          </aside>
        ) : null}
      </div>
      <footer className="flex items-center justify-between gap-4 border-t border-border bg-surface px-8 py-3">
        <button type="button" className={button} onClick={() => go(index - 1)} disabled={index === 0}>
          <ChevronLeft aria-hidden className="size-5" /> Previous
        </button>
        <p className="hidden text-base text-muted md:block">
          <kbd>←</kbd> <kbd>→</kbd> to move · <kbd>Home</kbd> <kbd>End</kbd> · <kbd>N</kbd> notes · <kbd>Esc</kbd> to
          leave
        </p>
        <button type="button" className={primary} onClick={() => go(index + 1)} disabled={index === count - 1}>
          Next <ChevronRight aria-hidden className="size-5" />
        </button>
      </footer>
    </div>
  );
}
