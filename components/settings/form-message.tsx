// The one-line outcome under a form: success in green, failure in the danger colour, announced
// to screen readers as it appears.
import clsx from "clsx";
import { CircleCheck, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/server/actions/define-action";
import { labelClass } from "@/components/ui/controls";

export function FormMessage({ state, className }: { state: ActionState<unknown>; className?: string }) {
  if (!state.message) return <p role="status" className="sr-only" />;
  const Icon = state.ok ? CircleCheck : TriangleAlert;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={clsx("flex items-start gap-1.5 text-[13px]", state.ok ? "text-success" : "text-danger", className)}
    >
      <Icon aria-hidden className="mt-0.5 size-3.5 shrink-0" />
      <span>{state.message}</span>
    </p>
  );
}

export function FieldError({ state, name }: { state: ActionState<unknown>; name: string }) {
  const errors = state.fieldErrors?.[name];
  if (!errors?.length) return null;
  return <p className="mt-1 text-xs text-danger">{errors.join(" ")}</p>;
}

/** A labelled form field: the label (for `id`, default the field's name), the control, an optional hint, and the field's error. */
export function LabeledField({
  id,
  name,
  label,
  hint,
  state,
  children,
}: {
  id?: string;
  name: string;
  label: string;
  hint?: string;
  state: ActionState<unknown>;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id ?? name} className={labelClass}>
        {label}
      </label>
      {children}
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
      <FieldError state={state} name={name} />
    </div>
  );
}
