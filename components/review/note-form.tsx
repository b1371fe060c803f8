"use client";
// Add a note or a decision to one section of an open review.
import { useEffect, useRef } from "react";
import { addReviewNoteAction } from "@/lib/server/reviews/actions";
import { useFormAction } from "@/components/settings/use-form-action";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { secondaryButton } from "@/components/ui/controls";
import type { ActionState } from "@/lib/server/actions/define-action";

const IDLE: ActionState = { ok: false };

export function NoteForm({
  reviewId,
  section,
  label,
  size = "page",
}: {
  reviewId: string;
  section: string;
  label: string;
  /** "slide": presenter mode's notes panel (larger type). */
  size?: "page" | "slide";
}) {
  const slide = size === "slide";
  const button = slide ? secondaryButton : `${secondaryButton} h-8 px-2.5 text-xs`;
  const [state, onSubmit, pending] = useFormAction(addReviewNoteAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const kind = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const id = `note-${section}`;
  return (
    <form
      ref={form}
      onSubmit={(event) => {
        // FormData(form) leaves out the button that submitted: carry its kind in a hidden field.
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (kind.current)
          kind.current.value =
            submitter instanceof HTMLButtonElement && submitter.value === "DECISION" ? "DECISION" : "NOTE";
        onSubmit(event);
      }}
      className="space-y-2 print:hidden"
      aria-label={`Note on ${label}`}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="section" value={section} />
      <input ref={kind} type="hidden" name="kind" defaultValue="NOTE" />
      <label htmlFor={id} className="sr-only">
        Note or decision on {label}
      </label>
      <textarea
        id={id}
        name="body"
        required
        maxLength={5000}
        rows={slide ? 4 : 2}
        placeholder="What was said or decided…"
        className={`w-full rounded-lg border border-border-strong bg-surface px-3 py-2 outline-none focus:border-accent focus:ring-3 focus:ring-accent/15 ${slide ? "text-base" : "text-[13px]"}`}
      />
      <FieldError state={state} name="body" />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" value="NOTE" disabled={pending} className={button}>
          Add note
        </button>
        <button type="submit" value="DECISION" disabled={pending} className={button}>
          Record decision
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
