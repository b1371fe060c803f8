"use client";
// The invitee's form: name, (on a first-admin link) email, and a password typed twice. On success
// the server action signs them in and redirects to the overview. Typed input stays when the
// server asks for a fix.
import { LoaderCircle, UserPlus } from "lucide-react";
import { acceptInvitationAndSignIn } from "@/lib/server/members/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import { inputClass, labelClass, primaryButton } from "@/components/ui/controls";
import { FieldError, FormMessage } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export function AcceptInvitationForm({ token, email }: { token: string; email: string | null }) {
  const [state, submit, pending] = useFormAction<ActionState>(acceptInvitationAndSignIn, { ok: false });
  return (
    <form onSubmit={submit} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      {email ? (
        <div>
          <span className={labelClass}>Email</span>
          <p className="text-sm text-foreground">{email}</p>
        </div>
      ) : (
        <label className="block">
          <span className={labelClass}>Email</span>
          <input name="email" type="email" required autoComplete="username" maxLength={254} className={inputClass} />
          <FieldError state={state} name="email" />
        </label>
      )}
      <label className="block">
        <span className={labelClass}>Your name</span>
        <input name="name" required maxLength={80} autoComplete="name" className={inputClass} />
        <FieldError state={state} name="name" />
      </label>
      <div>
        <label htmlFor="invite-password" className={labelClass}>
          Password
        </label>
        <input
          id="invite-password"
          name="password"
          type="password"
          required
          minLength={12}
          maxLength={256}
          autoComplete="new-password"
          aria-describedby="invite-password-hint"
          className={inputClass}
        />
        <span id="invite-password-hint" className="mt-1 block text-xs text-muted">
          At least 12 characters.
        </span>
        <FieldError state={state} name="password" />
      </div>
      <label className="block">
        <span className={labelClass}>Password again</span>
        <input name="confirmPassword" type="password" required autoComplete="new-password" className={inputClass} />
        <FieldError state={state} name="confirmPassword" />
      </label>
      <button type="submit" disabled={pending} className={`${primaryButton} h-10 w-full`}>
        {pending ? (
          <LoaderCircle aria-hidden className="size-4 animate-spin" />
        ) : (
          <UserPlus aria-hidden className="size-4" />
        )}
        Create my account
      </button>
      <FormMessage state={state} />
    </form>
  );
}
