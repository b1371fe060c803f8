"use client";
// The sign-in card: single sign-on (when configured), email and password, and on the embedded
// demo a one-click sign-in as each demo person. After success it does a full page load of the
// destination, so the proxy sees the new session cookie on the very next request.
import { useState, useTransition, type FormEvent } from "react";
import { ArrowRight, KeyRound, LoaderCircle, ShieldCheck, TriangleAlert } from "lucide-react";
import clsx from "clsx";
import { initials } from "@/lib/domain/auth/role-label";
import { signInWithPassword, startSingleSignOn } from "./auth-client";

export interface DemoPerson {
  email: string;
  name: string;
  role: string;
  blurb: string;
}

export interface SignInFormProps {
  next: string;
  /** Set when single sign-on is configured: its provider id and display name. */
  sso: { providerId: string; name: string } | null;
  /** The embedded demo's people and their shared password; null outside the demo. */
  demo: { people: DemoPerson[]; password: string } | null;
  /** An error passed back in the URL (e.g. a failed single sign-on). */
  initialError: string | null;
}

export function SignInForm({ next, sso, demo, initialError }: SignInFormProps) {
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  const go = (key: string, attempt: () => Promise<{ ok: boolean; message?: string; url?: string }>) => {
    setBusy(key);
    setError(null);
    startTransition(async () => {
      const result = await attempt();
      if (result.ok) {
        window.location.assign(result.url ?? next);
        return;
      }
      setError(result.message ?? "Sign-in failed.");
      setBusy(null);
    });
  };

  const onPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    go("password", () => signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? "")));
  };

  return (
    <div className="w-full max-w-[380px]">
      <h1 className="text-[22px] font-semibold tracking-tight text-foreground">Sign in to debtboard</h1>
      <p className="mt-1.5 text-sm text-muted">Your team&apos;s catalogue, scorecards and reviews are waiting.</p>

      {error ? (
        <div
          role="alert"
          className="mt-5 flex items-start gap-2 rounded-lg border border-danger/20 bg-danger-soft px-3 py-2.5 text-[13px] text-danger"
        >
          <TriangleAlert aria-hidden className="mt-px size-4 shrink-0" />
          <span>{error}</span>
        </div>
      ) : null}

      {demo ? (
        <section aria-labelledby="demo-heading" className="mt-6">
          <div className="rounded-xl border border-accent/20 bg-accent-soft/60 p-3.5">
            <h2 id="demo-heading" className="flex items-center gap-1.5 text-[13px] font-semibold text-accent">
              <span className="rounded bg-accent px-1.5 py-px text-[10px] font-semibold tracking-wide text-accent-foreground uppercase">
                Demo
              </span>
              This is a demo organisation
            </h2>
            <p className="mt-1 text-[12.5px] leading-relaxed text-muted">
              Everything here is made-up sample data. Pick a person to see debtboard through their role — nothing you
              change leaves this machine.
            </p>
            <ul className="mt-3 space-y-1.5">
              {demo.people.map((person) => (
                <li key={person.email}>
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => go(person.email, () => signInWithPassword(person.email, demo.password))}
                    className={clsx(
                      "group flex w-full items-center gap-3 rounded-lg border border-border bg-surface px-3 py-2.5 text-left",
                      "shadow-[0_1px_2px_rgba(16,16,24,0.04)] transition hover:border-accent/40 hover:shadow-sm disabled:cursor-wait",
                      "disabled:opacity-70",
                    )}
                  >
                    <span
                      aria-hidden
                      className="flex size-8 shrink-0 items-center justify-center rounded-full bg-foreground text-[11px] font-semibold text-surface"
                    >
                      {initials(person.name)}
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="flex items-center justify-between gap-2">
                        <span className="truncate text-[13px] font-medium text-foreground">
                          <span className="sr-only">Sign in as </span>
                          {person.name}
                        </span>
                        <span className="shrink-0 rounded-full bg-surface-hover px-2 py-px text-[11px] font-medium text-muted ring-1 ring-border">
                          {person.role}
                        </span>
                      </span>
                      <span className="mt-0.5 block text-xs leading-snug text-muted">{person.blurb}</span>
                    </span>
                    {busy === person.email ? (
                      <LoaderCircle aria-label="Signing in" className="size-4 shrink-0 animate-spin text-accent" />
                    ) : (
                      <ArrowRight
                        aria-hidden
                        className="size-4 shrink-0 text-subtle transition group-hover:translate-x-0.5 group-hover:text-accent"
                      />
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <Divider label="or use an account" />
        </section>
      ) : (
        <div className="mt-6" />
      )}

      {sso ? (
        <>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => go("sso", () => startSingleSignOn(sso.providerId, next))}
            className={clsx(
              "flex h-10 w-full items-center justify-center gap-2 rounded-lg border border-border-strong bg-surface",
              "text-sm font-medium text-foreground shadow-[0_1px_2px_rgba(16,16,24,0.05)] transition hover:bg-surface-hover",
              "disabled:cursor-wait disabled:opacity-70",
            )}
          >
            {busy === "sso" ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <ShieldCheck aria-hidden className="size-4 text-accent" />
            )}
            Continue with {sso.name}
          </button>
          <Divider label="or with email" />
        </>
      ) : null}

      <form onSubmit={onPassword} className="space-y-3.5" noValidate={false}>
        <Field label="Email" name="email" type="email" autoComplete="username" />
        <Field label="Password" name="password" type="password" autoComplete="current-password" />
        <button
          type="submit"
          disabled={busy !== null}
          className={clsx(
            "flex h-10 w-full items-center justify-center gap-2 rounded-lg bg-foreground text-sm font-medium text-surface",
            "transition hover:bg-foreground/85 disabled:cursor-wait disabled:opacity-70",
          )}
        >
          {busy === "password" ? (
            <LoaderCircle aria-hidden className="size-4 animate-spin" />
          ) : (
            <KeyRound aria-hidden className="size-4" />
          )}
          Sign in
        </button>
      </form>
      <p className="mt-5 text-xs leading-relaxed text-subtle">
        No account yet?{" "}
        {sso ? `Sign in with ${sso.name} — your account is created on first sign-in.` : "Ask an organisation admin."}
      </p>
    </div>
  );
}

function Field({
  label,
  name,
  type,
  autoComplete,
}: {
  label: string;
  name: string;
  type: string;
  autoComplete: string;
}) {
  return (
    <label className="block">
      <span className="mb-1.5 block text-[13px] font-medium text-foreground">{label}</span>
      <input
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        className={clsx(
          "h-10 w-full rounded-lg border border-border-strong bg-surface px-3 text-sm text-foreground shadow-[inset_0_1px_1px_rgba(16,16,24,0.03)] outline-none transition",
          "placeholder:text-subtle focus:border-accent focus:ring-3 focus:ring-accent/15",
        )}
      />
    </label>
  );
}

function Divider({ label }: { label: string }) {
  return (
    <div className="my-5 flex items-center gap-3 text-[11px] font-medium tracking-wide text-subtle uppercase">
      <span className="h-px flex-1 bg-border" />
      {label}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
