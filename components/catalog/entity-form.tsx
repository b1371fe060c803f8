"use client";
// Create or edit one entity. Submitted by hand (useFormAction) so that whatever the person typed
// stays on screen when the server refuses it — a field error, or someone else's newer save.
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { saveEntity } from "@/lib/server/catalog/actions";
import { CONSUMER_TYPES, FEATURE_TYPES, SERVING_MODES } from "@/lib/domain/catalog-yaml/fields";
import { FORM_LINK_TYPES } from "@/lib/domain/catalog-yaml/form-input";
import { enumLabel } from "@/lib/domain/format/labels";
import { KIND_LABELS, LIFECYCLES, type EntityKind } from "@/lib/domain/kinds";
import type { ActionState } from "@/lib/server/actions/define-action";
import { inputClass, primaryButton, secondaryButton, selectClass } from "@/components/ui/controls";
import { FormMessage, LabeledField } from "@/components/settings/form-message";
import { useFormAction } from "@/components/settings/use-form-action";

export type EntityFormValues = Record<string, string | boolean>;

export interface EntityFormProps {
  kind: EntityKind;
  /** Set when editing: the version the form started from. */
  version?: number;
  values: EntityFormValues;
  teams: readonly { slug: string; name: string }[];
  cancelHref: string;
}

const LINK_LABEL: Record<string, string> = {
  repository: "Repository",
  dashboard: "Dashboard",
  runbook: "Runbook",
  "training-run": "Training run",
};

export function EntityForm({ kind, version, values, teams, cancelHref }: EntityFormProps) {
  const [state, submit, pending] = useFormAction<ActionState>(saveEntity, { ok: false });
  // A refusal is announced at the top of a long form: bring it into view.
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message && !state.ok) notice.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [state]);
  const editing = version !== undefined;
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const text = (
    name: string,
    label: string,
    hint?: string,
    extra?: { placeholder?: string; required?: boolean; readOnly?: boolean; type?: string },
  ) => (
    <LabeledField name={name} label={label} hint={hint} state={state}>
      <input
        id={name}
        name={name}
        defaultValue={v(name)}
        className={`${inputClass} read-only:bg-surface-muted read-only:text-muted`}
        aria-invalid={!!state.fieldErrors?.[name]}
        {...extra}
      />
    </LabeledField>
  );
  const select = (name: string, label: string, options: readonly string[]) => (
    <LabeledField name={name} label={label} state={state}>
      <select id={name} name={name} defaultValue={v(name) || options[0]} className={`${selectClass} w-full`}>
        {options.map((o) => (
          <option key={o} value={o}>
            {enumLabel(o)}
          </option>
        ))}
      </select>
    </LabeledField>
  );
  const check = (name: string, label: string) => (
    <label className="flex items-center gap-2 pt-6 text-[13px] text-foreground">
      <input
        type="checkbox"
        name={name}
        defaultChecked={values[name] === true}
        className="size-3.5 accent-[var(--accent)]"
      />
      {label}
    </label>
  );

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <input type="hidden" name="kind" value={kind} />
      {editing ? <input type="hidden" name="version" value={latestVersion(state) ?? version} /> : null}
      <input type="hidden" name="links.other" value={v("links.other")} />
      <div ref={notice}>
        {state.code === "stale_version" ? (
          <ConflictNotice message={state.message ?? ""} />
        ) : (
          <FormMessage state={state} />
        )}
      </div>

      <Section title="Identity">
        {text(
          "name",
          "Name",
          editing
            ? "Names are references (model:…, feature:…) and do not change."
            : "Letters, digits, '.', '_' or '-'. Used in references, e.g. feature:clicks-7d.",
          { required: true, readOnly: editing },
        )}
        {text("title", "Title", "Optional human-friendly name.")}
        <div className="sm:col-span-2">
          <LabeledField name="description" label="Description" state={state}>
            <textarea
              id="description"
              name="description"
              rows={3}
              defaultValue={v("description")}
              className={`${inputClass} h-auto py-2`}
            />
          </LabeledField>
        </div>
        <LabeledField name="team" label="Owner team" state={state}>
          <select id="team" name="team" defaultValue={v("team")} className={`${selectClass} w-full`}>
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </LabeledField>
        {select("lifecycle", "Lifecycle", LIFECYCLES)}
        {text("tags", "Tags", "Separated by commas or spaces.")}
      </Section>

      <Section title={`${KIND_LABELS[kind].one} fields`}>
        {kind === "MODEL" ? (
          <>
            {text("model.task", "Task", undefined, { placeholder: "e.g. binary classification" })}
            {select("model.servingMode", "Serving mode", SERVING_MODES)}
            {text("model.framework", "Framework", undefined, { placeholder: "e.g. xgboost" })}
            {text("model.trainingDataSnapshot", "Training data snapshot", undefined, {
              placeholder: "e.g. s3://bucket/snapshots/2026-11-01",
            })}
            {check("model.calibratedOutputs", "Outputs are calibrated probabilities")}
          </>
        ) : kind === "FEATURE" ? (
          <>
            {select("feature.dataType", "Data type", FEATURE_TYPES)}
            {check("feature.nullable", "Nullable")}
            <div className="sm:col-span-2">
              {text("feature.derivation", "Derivation", "How it is computed, in a sentence or an expression.")}
            </div>
          </>
        ) : kind === "DATA_SOURCE" ? (
          <>
            {text("dataSource.system", "System", undefined, { placeholder: "e.g. BigQuery, Kafka, S3" })}
            {text("dataSource.dataOwner", "Data owner", "The person or party accountable for the data.")}
            {text("dataSource.freshnessSlaHours", "Freshness SLA (hours)", undefined, { type: "number" })}
            {check("dataSource.versioned", "Versioned")}
          </>
        ) : (
          select("consumer.consumerType", "Consumer type", CONSUMER_TYPES)
        )}
      </Section>

      <Section title="Links">
        {FORM_LINK_TYPES.map((t) => (
          <div key={t}>
            {text(`links.${t}`, LINK_LABEL[t] ?? t, undefined, { placeholder: "https://…", type: "url" })}
          </div>
        ))}
      </Section>

      <div className="flex items-center gap-2 border-t border-border pt-5">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : editing ? "Save changes" : `Create ${KIND_LABELS[kind].one.toLowerCase()}`}
        </button>
        <Link href={cancelHref} className={secondaryButton}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-3 text-sm font-semibold text-foreground">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** After a conflict the server sends the version now stored: the next save replaces it knowingly. */
function latestVersion(state: ActionState): number | null {
  const data = state.data as { version?: number | null } | undefined;
  return state.code === "stale_version" && typeof data?.version === "number" ? data.version : null;
}

function ConflictNotice({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="flex gap-2.5 rounded-lg border border-danger/25 bg-danger-soft px-4 py-3 text-[13px] text-danger"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>
        <p className="font-medium">Not saved: someone else changed this first.</p>
        <p className="mt-0.5">{message}</p>
        <p className="mt-1 text-foreground">Saving again replaces their changes with what is in this form.</p>
      </div>
    </div>
  );
}
