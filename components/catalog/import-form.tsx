"use client";
// Upload catalogue YAML (debtboard/v1 or Backstage catalog-info.yaml): "Preview" runs a dry run
// and shows what would be created, changed, archived and skipped; "Import" applies the batch,
// all or nothing. The chosen files stay selected between the two.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FileUp, Eye } from "lucide-react";
import clsx from "clsx";
import { importUpload } from "@/lib/server/catalog/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { ImportReport } from "@/lib/server/catalog/import-catalog";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/controls";
import { FormMessage } from "@/components/settings/form-message";
import { submittedFormData } from "@/components/settings/use-form-action";
import { uploadTooLarge } from "@/lib/domain/http/limits";
import { ImportReportView, ProblemList } from "./import-report-view";

export function ImportForm() {
  const [state, dispatch, pending] = useActionState<ActionState<ImportReport>, FormData>(importUpload, { ok: false });
  // Files over the limit are refused here, before they are sent (the server would refuse them too).
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("files");
    const sizes = input instanceof HTMLInputElement ? [...(input.files ?? [])].map((f) => f.size) : [];
    const problem = uploadTooLarge(sizes);
    setTooLarge(problem);
    if (problem) return;
    // The submitter says which button: preview (dry run) or apply.
    const data = submittedFormData(event);
    startTransition(() => dispatch(data));
  };
  const report = state.data;
  const errors = state.fieldErrors?.files ?? [];
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4">
        <div>
          <label htmlFor="files" className={labelClass}>
            YAML files
          </label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".yaml,.yml,application/yaml,text/yaml"
            required
            className={clsx(
              inputClass,
              "h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-surface-hover file:px-2.5 file:py-1 file:text-[13px]",
            )}
          />
          <p className="mt-1 text-xs text-muted">
            Several documents per file are fine. Backstage Group, User, Component (model types) and Resource documents
            are mapped; anything else is listed as skipped.
          </p>
        </div>
        <label className="flex items-start gap-2 text-[13px] text-foreground">
          <input type="checkbox" name="prune" className="mt-0.5 size-3.5 accent-[var(--accent)]" />
          <span>
            Archive what the files leave out
            <span className="block text-xs text-muted">
              Entities owned by a team named in these files, but absent from them, are archived (never deleted).
            </span>
          </span>
        </label>
        <div className="flex gap-2">
          <button type="submit" name="intent" value="preview" disabled={pending} className={secondaryButton}>
            <Eye aria-hidden className="size-3.5" />
            Preview (dry run)
          </button>
          <button type="submit" name="intent" value="apply" disabled={pending} className={primaryButton}>
            <FileUp aria-hidden className="size-3.5" />
            Import
          </button>
          {pending ? (
            <span role="status" className="self-center text-[13px] text-muted">
              Checking the files…
            </span>
          ) : null}
        </div>
      </form>
      <FormMessage state={tooLarge ? { ok: false, message: tooLarge } : state} />
      {!tooLarge && errors.length > 0 ? <ProblemList errors={errors} /> : null}
      {report && !tooLarge ? (
        <ImportReportView report={report} label={report.dryRun ? "Dry run result" : "Import result"} />
      ) : null}
    </div>
  );
}
