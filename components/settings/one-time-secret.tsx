"use client";
// A secret shown once, right after it was made (an API token, a webhook's signing secret), with
// a copy button; debtboard never shows it again.
import { useState, type ReactNode } from "react";
import { Check, Copy, ShieldAlert } from "lucide-react";

export function OneTimeSecret({
  title,
  secret,
  testId,
  children,
}: {
  title: string;
  secret: string;
  testId: string;
  /** How to use it, under the secret. */
  children: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div role="status" className="mb-6 rounded-xl border border-success/25 bg-success-soft p-4">
      <p className="flex items-center gap-1.5 text-[13px] font-semibold text-success">
        <ShieldAlert aria-hidden className="size-4" />
        {title}
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid={testId}
          className="min-w-0 flex-1 truncate rounded-lg border border-border bg-surface px-3 py-2 font-mono text-[13px] text-foreground select-all"
        >
          {secret}
        </code>
        <button
          type="button"
          onClick={copy}
          className="inline-flex h-9 items-center gap-1.5 rounded-lg border border-border-strong bg-surface px-3 text-[13px] font-medium hover:bg-surface-hover"
        >
          {copied ? <Check aria-hidden className="size-4 text-success" /> : <Copy aria-hidden className="size-4" />}
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="mt-2 text-xs text-muted">{children}</p>
    </div>
  );
}
