// GET /settings/audit/export?<filters>: the filtered audit trail as CSV, for the signed-in
// person's browser (scripts use GET /api/v1/audit.csv with a token). Reading is not a change,
// so a cookie is enough here; the proxy has already checked it, and this checks it again.
import { parseAuditFilter } from "@/lib/domain/audit/audit-filter";
import { auditCsvResponse } from "@/lib/server/audit/audit-csv";
import { getSessionPrincipal } from "@/lib/server/auth/session";

export async function GET(request: Request): Promise<Response> {
  if (!(await getSessionPrincipal())) return new Response("Sign in to export the audit trail.", { status: 401 });
  return auditCsvResponse(parseAuditFilter(new URL(request.url).searchParams));
}
