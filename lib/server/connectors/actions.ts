"use server";
// The connectors page's server action: run a connector now (a file connector with the uploaded
// file), as a dry run or for real. Organisation admins only; the run is recorded like any other.
import "server-only";
import { refresh } from "next/cache";
import { toActionState, type ActionState } from "@/lib/server/actions/define-action";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { can } from "@/lib/domain/auth/permissions";
import { RefusedError } from "@/lib/server/errors";
import type { ConnectorRunResult } from "./run-connector";
import { findConnector, MAX_CONNECTOR_FILE_BYTES, startConnectorRun } from "./start-connector-run";

export async function runConnectorNow(
  _previous: ActionState<ConnectorRunResult>,
  form: FormData,
): Promise<ActionState<ConnectorRunResult>> {
  try {
    const principal = await getSessionPrincipal();
    if (!can(principal, "org:admin", { teamId: null }))
      throw new RefusedError("Only organisation admins may run connectors from this page.");
    const def = findConnector(String(form.get("connector") ?? ""));
    const upload = form.get("file");
    const file = upload && typeof upload !== "string" && upload.size > 0 ? upload : null;
    if (file && file.size > MAX_CONNECTOR_FILE_BYTES) {
      const message = `The file is larger than ${MAX_CONNECTOR_FILE_BYTES / 1024 / 1024} MB.`;
      return { ok: false, code: "invalid", message, fieldErrors: { file: [message] } };
    }
    const dryRun = form.get("intent") !== "apply";
    const report = await startConnectorRun(
      def,
      { text: file ? await file.text() : null, fileName: file?.name ?? null },
      { principal, source: "UI", dryRun },
    );
    refresh();
    const { created, changed, archived, unchanged, skipped } = report.counts;
    const counts = `${created} created, ${changed} changed, ${archived} archived, ${unchanged} unchanged, ${skipped} skipped`;
    if (report.errors.length > 0)
      return {
        ok: false,
        code: "invalid",
        data: report,
        message: `Refused — nothing was written (${report.errors.length} problem(s)).`,
      };
    return {
      ok: true,
      data: report,
      message: dryRun ? `Dry run — nothing was written. Would be: ${counts}.` : `Done: ${counts}.`,
    };
  } catch (error) {
    return toActionState(error) as ActionState<ConnectorRunResult>;
  }
}
