"use client";
// Run one connector now: a file connector takes the file (kept selected between a dry run and the
// real run); a remote one just runs. The result shows what was (or would be) created, changed and
// skipped, and why, with a link to the recorded run.
import Link from "next/link";
import clsx from "clsx";
import { Eye, Play } from "lucide-react";
import { runConnectorNow } from "@/lib/server/connectors/actions";
import type { ActionState } from "@/lib/server/actions/define-action";
import type { ConnectorRunResult } from "@/lib/server/connectors/run-connector";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/controls";
import { ImportReportView } from "@/components/catalog/import-report-view";
import { FieldError, FormMessage } from "./form-message";
import { useFormAction } from "./use-form-action";

export interface ConnectorFormProps {
  slug: string;
  title: string;
  file: { label: string; accept: string } | null;
}

export function ConnectorRunForm({ slug, title, file }: ConnectorFormProps) {
  // The submitter says which button: a dry run or the real run.
  const [state, onSubmit, pending] = useFormAction<ActionState<ConnectorRunResult>>(runConnectorNow, { ok: false });
  const report = state.data;
  const fileId = `connector-file-${slug}`;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" aria-label={`Run ${title}`}>
        <input type="hidden" name="connector" value={slug} />
        {file ? (
          <div>
            <label htmlFor={fileId} className={labelClass}>
              {file.label}
            </label>
            <input
              id={fileId}
              name="file"
              type="file"
              accept={file.accept}
              required
              className={clsx(
                inputClass,
                "h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-surface-hover file:px-2.5 file:py-1 file:text-[13px]",
              )}
            />
            <FieldError state={state} name="file" />
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" name="intent" value="preview" disabled={pending} className={secondaryButton}>
            <Eye aria-hidden className="size-3.5" />
            Dry run
          </button>
          <button type="submit" name="intent" value="apply" disabled={pending} className={primaryButton}>
            <Play aria-hidden className="size-3.5" />
            {file ? "Import" : "Sync now"}
          </button>
          {pending ? (
            <span role="status" className="text-[13px] text-muted">
              Running…
            </span>
          ) : null}
        </div>
      </form>
      <FormMessage state={state} />
      {report ? (
        <div className="space-y-2">
          <ImportReportView report={report} label={`${title}: ${report.dryRun ? "dry run result" : "run result"}`} />
          <p className="text-[13px]">
            <Link href={`/settings/connectors/runs/${report.runId}`} className="text-accent hover:underline">
              Open this run&apos;s record
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}
