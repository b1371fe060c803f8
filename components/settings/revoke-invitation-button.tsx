"use client";
// Withdraw an open invitation, with a second click to confirm: its link stops working at once.
import { useActionState, useState } from "react";
import { withdrawInvitation } from "@/lib/server/members/actions";
import { dangerButton, secondaryButton } from "@/components/ui/controls";

export function RevokeInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const [state, action, pending] = useActionState(withdrawInvitation, { ok: false });
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className={dangerButton}
        aria-label={`Withdraw the invitation for ${label}`}
      >
        Withdraw
      </button>
    );
  return (
    <form action={action} className="flex items-center justify-end gap-1.5">
      <input type="hidden" name="invitationId" value={invitationId} />
      {state.ok || !state.message ? null : <span className="text-xs text-danger">{state.message}</span>}
      <button type="submit" disabled={pending} className={`${dangerButton} bg-danger-soft`}>
        {pending ? "Withdrawing…" : "Confirm withdraw"}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButton} h-8 px-2.5 text-xs`}>
        Cancel
      </button>
    </form>
  );
}
