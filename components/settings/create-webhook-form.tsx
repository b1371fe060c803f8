"use client";
// Add a webhook to a team: the address, the events it wants, JSON or a Slack-compatible message.
// The signing secret is shown once, right here; the form keeps what was typed when the server
// refuses it (a plain-http address, say) and says why beside the field.
import { useEffect, useRef } from "react";
import { LoaderCircle, Webhook } from "lucide-react";
import { createWebhook } from "@/lib/server/webhooks/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { CreatedWebhook } from "@/lib/server/webhooks/webhook-input";
import { WEBHOOK_EVENT_INFO, WEBHOOK_EVENTS } from "@/lib/domain/webhooks/events";
import { inputClass, labelClass, primaryButton, selectClass } from "@/components/ui/controls";
import { FieldError, FormMessage } from "./form-message";
import { OneTimeSecret } from "./one-time-secret";
import { useFormAction } from "./use-form-action";

const FORMATS = [
  { value: "JSON", label: "JSON", description: "{ event, occurredAt, team, data } for your own receiver." },
  { value: "SLACK", label: "Slack-compatible", description: "{ text } with a one-line summary and a link." },
] as const;

const choice =
  "flex cursor-pointer items-start gap-2.5 rounded-lg border border-border px-3 py-2 transition hover:bg-surface-hover has-[:checked]:border-accent/40 has-[:checked]:bg-accent-soft/50";

export function CreateWebhookForm({ teams }: { teams: { id: string; name: string }[] }) {
  const [state, submit, pending] = useFormAction<ActionState<CreatedWebhook>>(createWebhook, { ok: false });
  const form = useRef<HTMLFormElement>(null);
  const created = state.ok ? state.data : undefined;

  useEffect(() => {
    if (created) form.current?.reset();
  }, [created]);

  return (
    <div>
      {created ? (
        <OneTimeSecret
          title="Copy the webhook's signing secret now — it will not be shown again."
          secret={created.secret}
          testId="new-webhook-secret"
        >
          Check each delivery&apos;s <code className="font-mono">X-Debtboard-Signature</code> with it: HMAC-SHA256 of{" "}
          <code className="font-mono">&lt;X-Debtboard-Timestamp&gt;.&lt;raw body&gt;</code> (README
          &ldquo;Webhooks&rdquo;).
        </OneTimeSecret>
      ) : null}
      <form ref={form} onSubmit={submit} className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)]">
        <div className="space-y-4">
          <label className="block">
            <span className={labelClass}>Team</span>
            <select name="teamId" className={`${selectClass} w-full`} defaultValue={teams[0]?.id}>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <FieldError state={state} name="teamId" />
          </label>
          <label className="block">
            <span className={labelClass}>Address</span>
            <input
              name="url"
              type="url"
              required
              maxLength={2000}
              placeholder="https://hooks.example.com/debtboard"
              className={inputClass}
              aria-describedby="webhook-url-hint"
            />
            <span id="webhook-url-hint" className="mt-1 block text-xs text-muted">
              https only (plain http just to localhost or 127.0.0.1). Redirects are not followed.
            </span>
            <FieldError state={state} name="url" />
          </label>
          <fieldset>
            <legend className={labelClass}>Body</legend>
            <div className="grid gap-1.5">
              {FORMATS.map((f) => (
                <label key={f.value} className={choice}>
                  <input
                    type="radio"
                    name="format"
                    value={f.value}
                    defaultChecked={f.value === "JSON"}
                    className="mt-0.5 size-3.5 accent-[var(--accent)]"
                  />
                  <span className="min-w-0">
                    <span className="block text-[13px] font-medium text-foreground">{f.label}</span>
                    <span className="block text-xs text-muted">{f.description}</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldError state={state} name="format" />
          </fieldset>
        </div>
        <fieldset>
          <legend className={labelClass}>Events</legend>
          <div className="grid gap-1.5">
            {WEBHOOK_EVENTS.map((e) => (
              <label key={e} className={choice}>
                <input
                  type="checkbox"
                  name="events"
                  value={e}
                  defaultChecked
                  className="mt-0.5 size-3.5 accent-[var(--accent)]"
                />
                <span className="min-w-0">
                  <span className="block text-[13px] font-medium text-foreground">
                    {WEBHOOK_EVENT_INFO[e].label}{" "}
                    <code className="ml-1 font-mono text-[11px] font-normal text-subtle">{e}</code>
                  </span>
                  <span className="block text-xs text-muted">{WEBHOOK_EVENT_INFO[e].description}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError state={state} name="events" />
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <Webhook aria-hidden className="size-4" />
            )}
            Add webhook
          </button>
          {state.ok ? null : <FormMessage state={state} />}
        </div>
      </form>
    </div>
  );
}
