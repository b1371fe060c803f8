"use client";
// Someone submitted after this draft started: the draft cannot be submitted on top of an
// outdated predecessor. The author looks at the newer assessment, then keeps their own answers
// and builds on it.
import { useActionState } from "react";
import { GitMerge } from "lucide-react";
import { rebaseAssessment } from "@/lib/server/assessments/actions";
import { FormMessage } from "@/components/settings/form-message";
import { secondaryButton } from "@/components/ui/controls";

export function RebaseForm({
  draftId,
  behind,
  compact = false,
}: {
  draftId: string;
  behind: { seq: number | null; author: string | null } | null;
  compact?: boolean;
}) {
  const [state, action, pending] = useActionState(rebaseAssessment, { ok: false });
  return (
    <form
      action={action}
      className={
        compact
          ? "mt-2 space-y-1"
          : "space-y-2 rounded-lg border border-warning-line/40 bg-warning-soft px-4 py-3 text-[13px] text-warning"
      }
    >
      {behind ? (
        <p>
          {behind.author ?? "Someone"} submitted assessment #{behind.seq ?? "?"} after you started this draft. Check it
          on the entity page; your answers here are kept.
        </p>
      ) : null}
      <input type="hidden" name="assessmentId" value={draftId} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        <GitMerge aria-hidden className="size-3.5" />
        Keep my answers and build on the newest assessment
      </button>
      <FormMessage state={state} />
    </form>
  );
}
