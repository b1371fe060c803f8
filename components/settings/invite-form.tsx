"use client";
// Invite someone: their email and organisation role. The one-time link appears here once, with a
// copy button, for the admin to send them; after that only its status is shown.
import { useEffect, useRef, useState } from "react";
import { Check, Copy, LoaderCircle, MailPlus, ShieldAlert } from "lucide-react";
import { inviteMember } from "@/lib/server/members/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { CreatedInvitation } from "@/lib/server/members/create-invitation";
import { formatDate } from "@/lib/domain/format/date";
import { inputClass, labelClass, primaryButton, secondaryButton, selectClass } from "@/components/ui/controls";
import { FieldError, FormMessage } from "./form-message";
import { useFormAction } from "./use-form-action";

export function InviteForm() {
  const [state, submit, pending] = useFormAction<ActionState<CreatedInvitation>>(inviteMember, { ok: false });
  const form = useRef<HTMLFormElement>(null);
  const created = state.ok ? state.data : undefined;
  useEffect(() => {
    if (created) form.current?.reset();
  }, [created]);
  return (
    <div>
      {created ? <NewInvitationLink invitation={created} /> : null}
      <form ref={form} onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <label className="block w-full max-w-sm">
          <span className={labelClass}>Email</span>
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            placeholder="name@example.com"
            className={inputClass}
          />
          <FieldError state={state} name="email" />
        </label>
        <label className="block">
          <span className={labelClass}>Role</span>
          <select name="orgRole" defaultValue="MEMBER" className={`${selectClass} w-44`}>
            <option value="MEMBER">Member</option>
            <option value="ADMIN">Organisation admin</option>
          </select>
          <FieldError state={state} name="orgRole" />
        </label>
        <div className="flex flex-col gap-2 pt-6">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <MailPlus aria-hidden className="size-4" />
            )}
            Create invitation link
          </button>
        </div>
        <div className="basis-full">{state.ok ? null : <FormMessage state={state} />}</div>
      </form>
    </div>
  );
}

function NewInvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(invitation.url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div role="status" className="mb-6 rounded-xl border border-success/25 bg-success-soft p-4">
      <p className="flex items-center gap-1.5 text-[13px] font-semibold text-success">
        <ShieldAlert aria-hidden className="size-4" />
        Send this link to {invitation.email} — it is shown only now.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="invitation-link"
          className="min-w-0 flex-1 truncate rounded-lg border border-border bg-surface px-3 py-2 font-mono text-[13px] text-foreground select-all"
        >
          {invitation.url}
        </code>
        <button type="button" onClick={copy} className={secondaryButton}>
          {copied ? <Check aria-hidden className="size-4 text-success" /> : <Copy aria-hidden className="size-4" />}
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="mt-2 text-xs text-muted">
        Works once, until {formatDate(new Date(invitation.expiresAt))} (
        {new Date(invitation.expiresAt).toISOString().slice(11, 16)} UTC). Whoever opens it sets their name and password
        and joins as {invitation.orgRole === "ADMIN" ? "an organisation admin" : "a member"}.
      </p>
    </div>
  );
}
