// GET /api/v1/audit.csv?actor=&action=&target=&targetId=&team=&from=&to= — the audit trail as
// CSV for any valid API token (everyone in the organisation may read it).
import { parseAuditFilter } from "@/lib/domain/audit/audit-filter";
import { apiRoute } from "@/lib/server/api/api-route";
import { auditCsvResponse } from "@/lib/server/audit/audit-csv";

export const GET = apiRoute(async (request) => auditCsvResponse(parseAuditFilter(new URL(request.url).searchParams)));
