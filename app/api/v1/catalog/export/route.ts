// GET /api/v1/catalog/export?format=yaml|csv&team=team-ranking   the whole catalogue or a team's part
import { z } from "zod";
import { apiRoute, parseOrThrow } from "@/lib/server/api/api-route";
import { exportCatalog } from "@/lib/server/catalog/export-catalog";

const exportQuery = z.object({ format: z.enum(["yaml", "csv"]).default("yaml"), team: z.string().optional() });

export const GET = apiRoute(async (request) => {
  const q = parseOrThrow(exportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const body = await exportCatalog(q);
  const type = q.format === "csv" ? "text/csv; charset=utf-8" : "application/yaml; charset=utf-8";
  const name = `catalog${q.team ? `-${q.team}` : ""}.${q.format}`;
  return new Response(body, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"` },
  });
});
