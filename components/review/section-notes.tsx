// The notes and decisions taken on one agenda section, decisions marked as such.
import clsx from "clsx";
import { Gavel, StickyNote } from "lucide-react";
import type { ReviewNoteView } from "@/lib/domain/review/view";
import type { SectionSize } from "./section-body";

export function SectionNotes({ notes, size = "page" }: { notes: readonly ReviewNoteView[]; size?: SectionSize }) {
  if (notes.length === 0) return null;
  const slide = size === "slide";
  return (
    <ul className={clsx("space-y-2", slide ? "text-xl" : "text-[13px]")} aria-label="Notes and decisions">
      {notes.map((n) => {
        const decision = n.kind === "DECISION";
        const Icon = decision ? Gavel : StickyNote;
        return (
          <li
            key={n.id}
            className={clsx(
              "flex items-start gap-2 rounded-lg border px-3 py-2",
              decision ? "border-accent/25 bg-accent-soft" : "border-border bg-surface-muted",
            )}
          >
            <Icon
              aria-hidden
              className={clsx(
                "mt-0.5 shrink-0",
                slide ? "size-5" : "size-3.5",
                decision ? "text-accent" : "text-subtle",
              )}
            />
            <div className="min-w-0">
              <span className={clsx("font-semibold", decision ? "text-accent" : "text-foreground")}>
                {decision ? "Decision" : "Note"}:{" "}
              </span>
              <span className="break-words whitespace-pre-line text-foreground">{n.body}</span>
              {n.author ? (
                <span className={clsx("text-muted", slide ? "text-base" : "text-xs")}> — {n.author}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
