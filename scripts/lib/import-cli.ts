// What the import and connector commands share: who they act as, and how a report is printed.
import type { Principal } from "@/lib/domain/auth/permissions";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import type { ImportReport } from "@/lib/server/catalog/import-catalog";
import { SYSTEM_PRINCIPAL } from "@/lib/server/connectors/start-connector-run";
import { db } from "@/lib/server/db/client";

/** Without --as: an organisation admin named "command line"; with it, that person with their rights. */
export async function principalFor(email: string | undefined): Promise<Principal> {
  if (!email) return SYSTEM_PRINCIPAL("command line");
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  const principal = user ? await loadPrincipal({ userId: user.id }) : null;
  if (!principal) throw new Error(`No active user ${email}.`);
  return principal;
}

/** Every error, change, skipped item and note, then one line of counts and the verdict. */
export function printImportReport(report: ImportReport & { notes?: string[] }, label: string, suffix = ""): void {
  for (const e of report.errors) console.error(`error: ${e}`);
  for (const c of report.changes) console.log(`${c.action.padEnd(7)} ${c.type.padEnd(10)} ${c.ref}`);
  for (const s of report.skipped) console.log(`skipped  ${s}`);
  for (const n of report.notes ?? []) console.log(`note     ${n}`);
  const { created, changed, archived, unchanged, skipped } = report.counts;
  const verdict = report.errors.length
    ? "refused, nothing written"
    : report.dryRun
      ? "dry run, nothing written"
      : "applied";
  const counts = `${created} created, ${changed} changed, ${archived} archived, ${unchanged} unchanged, ${skipped} skipped`;
  console.log(`${label}: ${counts} — ${verdict}${suffix}.`);
}
