"use client";
// Revoke, with a second click to confirm: a revoked token stops working at once and cannot be
// brought back.
import { useActionState, useState } from "react";
import { revokeToken } from "@/lib/server/tokens/actions";
import { dangerButton, secondaryButton } from "@/components/ui/controls";

export function RevokeTokenButton({
  tokenId,
  kind,
  name,
}: {
  tokenId: string;
  kind: "personal" | "team";
  name: string;
}) {
  const [state, action, pending] = useActionState(revokeToken, { ok: false });
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={dangerButton} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    );
  }
  return (
    <form action={action} className="flex items-center justify-end gap-1.5">
      <input type="hidden" name="tokenId" value={tokenId} />
      <input type="hidden" name="kind" value={kind} />
      {state.ok || !state.message ? null : <span className="text-xs text-danger">{state.message}</span>}
      <button
        type="submit"
        disabled={pending}
        className={`${dangerButton} bg-danger-soft`}
        aria-label={`Confirm revoking ${name}`}
      >
        {pending ? "Revoking…" : "Confirm revoke"}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButton} h-8 px-2.5 text-xs`}>
        Cancel
      </button>
    </form>
  );
}
