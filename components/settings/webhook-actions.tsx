"use client";
// A webhook's buttons: send a test event, disable or enable it, delete it (after a confirmation,
// since its delivery log goes with it). Each says what happened, or why it was refused, beside it.
import { Send, Trash2 } from "lucide-react";
import { deleteWebhook, testWebhook, toggleWebhook } from "@/lib/server/webhooks/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { dangerButton, secondaryButton } from "@/components/ui/controls";
import { FormMessage } from "./form-message";
import { useFormAction } from "./use-form-action";

const IDLE: ActionState = { ok: false };
const small = `${secondaryButton} h-8 px-2.5 text-xs`;

export function WebhookActions({ id, url, enabled }: { id: string; url: string; enabled: boolean }) {
  const [tested, test, testing] = useFormAction(testWebhook, IDLE);
  const [toggled, toggle, toggling] = useFormAction(toggleWebhook, IDLE);
  const outcome = toggled !== IDLE ? toggled : tested;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {enabled ? (
        <form onSubmit={test}>
          <input type="hidden" name="webhookId" value={id} />
          <button type="submit" disabled={testing} className={small}>
            <Send aria-hidden className="size-3.5" />
            {testing ? "Sending…" : "Send test event"}
          </button>
        </form>
      ) : null}
      <form onSubmit={toggle}>
        <input type="hidden" name="webhookId" value={id} />
        <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
        <button type="submit" disabled={toggling} className={small}>
          {enabled ? (toggling ? "Disabling…" : "Disable") : toggling ? "Enabling…" : "Enable"}
        </button>
      </form>
      <ConfirmActionForm
        action={deleteWebhook}
        fields={{ webhookId: id }}
        trigger={
          <>
            <Trash2 aria-hidden className="size-3.5" />
            Delete
          </>
        }
        triggerClassName={dangerButton}
        title="Delete this webhook?"
        body={
          <>
            <p className="break-all">Nothing more is sent to {url}.</p>
            <p>Its delivery log is deleted with it; the audit trail keeps that it existed.</p>
          </>
        }
        confirm="Delete webhook"
        pendingLabel="Deleting…"
      />
      {outcome === IDLE ? null : <FormMessage state={outcome} />}
    </div>
  );
}
