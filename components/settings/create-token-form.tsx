"use client";
// Create an API token: name, owner (you, or a team you maintain), scopes, expiry. The new token
// is shown once, right here, with a copy button; after that only its prefix is ever shown.
import { useEffect, useRef, useState } from "react";
import { KeyRound, LoaderCircle } from "lucide-react";
import clsx from "clsx";
import { createToken } from "@/lib/server/tokens/actions";
import { PERMISSIONS, type Permission } from "@/lib/domain/auth/permissions";
import {
  DEFAULT_EXPIRY,
  EXPIRY_CHOICES,
  SCOPE_INFO,
  TEAM_EXPIRY_CHOICES,
  TEAM_TOKEN_SCOPES,
} from "@/lib/domain/auth/token-policy";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { CreatedToken } from "@/lib/server/tokens/token-input";
import { inputClass, labelClass, primaryButton, selectClass } from "@/components/ui/controls";
import { FieldError, FormMessage } from "./form-message";
import { OneTimeSecret } from "./one-time-secret";
import { useFormAction } from "./use-form-action";

export interface CreateTokenFormProps {
  /** Teams the person may make team tokens for (maintainer of, or all for admins). */
  teams: { id: string; name: string }[];
  /** Scopes worth offering on a personal token (a member gains nothing from org-wide ones). */
  personalScopes: readonly Permission[];
}

export function CreateTokenForm({ teams, personalScopes }: CreateTokenFormProps) {
  const [state, submit, pending] = useFormAction<ActionState<CreatedToken>>(createToken, { ok: false });
  const [owner, setOwner] = useState("personal");
  const form = useRef<HTMLFormElement>(null);
  const created = state.ok ? state.data : undefined;

  useEffect(() => {
    if (created) form.current?.reset();
  }, [created]);

  const scopes = owner === "personal" ? personalScopes : TEAM_TOKEN_SCOPES;
  return (
    <div>
      {created ? <NewTokenSecret token={created} /> : null}
      <form
        ref={form}
        onSubmit={submit}
        className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)]"
        onReset={() => setOwner("personal")}
      >
        <div className="space-y-4">
          <label className="block">
            <span className={labelClass}>Name</span>
            <input
              name="name"
              required
              maxLength={80}
              placeholder="e.g. nightly catalogue import"
              className={inputClass}
            />
            <FieldError state={state} name="name" />
          </label>
          <label className="block">
            <span className={labelClass}>Acts as</span>
            <select
              name="owner"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              className={`${selectClass} w-full`}
            >
              <option value="personal">You (personal token)</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} (team token, as a maintainer)
                </option>
              ))}
            </select>
            <p className="mt-1 text-xs text-muted">
              {owner === "personal"
                ? "Never more than you may do yourself."
                : "Acts for the team while you may manage its tokens: it stops if you leave the team, and within a year."}
            </p>
            <FieldError state={state} name="teamId" />
          </label>
          <label className="block">
            <span className={labelClass}>Expires</span>
            <select name="expiresIn" defaultValue={DEFAULT_EXPIRY} className={`${selectClass} w-full`}>
              {(owner === "personal" ? EXPIRY_CHOICES : TEAM_EXPIRY_CHOICES).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <FieldError state={state} name="expiresIn" />
          </label>
        </div>
        <fieldset>
          <legend className={labelClass}>Scopes</legend>
          <div className="grid gap-1.5 sm:grid-cols-2">
            {PERMISSIONS.filter((p) => scopes.includes(p)).map((p) => (
              <label
                key={`${owner}-${p}`}
                className={clsx(
                  "flex cursor-pointer items-start gap-2.5 rounded-lg border border-border px-3 py-2 transition hover:bg-surface-hover",
                  "has-[:checked]:border-accent/40 has-[:checked]:bg-accent-soft/50",
                )}
              >
                <input type="checkbox" name="scopes" value={p} className="mt-0.5 size-3.5 accent-[var(--accent)]" />
                <span className="min-w-0">
                  <span className="block text-[13px] font-medium text-foreground">
                    {SCOPE_INFO[p].label}{" "}
                    <code className="ml-1 font-mono text-[11px] font-normal text-subtle">{p}</code>
                  </span>
                  <span className="block text-xs text-muted">{SCOPE_INFO[p].description}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError state={state} name="scopes" />
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <KeyRound aria-hidden className="size-4" />
            )}
            Create token
          </button>
          {state.ok ? null : <FormMessage state={state} />}
        </div>
      </form>
    </div>
  );
}

function NewTokenSecret({ token }: { token: CreatedToken }) {
  return (
    <OneTimeSecret
      title={`Copy your new token “${token.name}” now — it will not be shown again.`}
      secret={token.secret}
      testId="new-token"
    >
      Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>. debtboard keeps only a hash; if
      you lose it, revoke it and create another.
    </OneTimeSecret>
  );
}
