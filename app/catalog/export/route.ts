// GET /catalog/export?format=yaml|csv&team=… — the signed-in person's download of the catalogue
// (the API's /api/v1/catalog/export is the same for tokens). Reading is open to everyone signed in.
import { connection } from "next/server";
import { exportCatalog } from "@/lib/server/catalog/export-catalog";
import { getSessionUser } from "@/lib/server/auth/session";
import { errorResponse } from "@/lib/server/api/api-route";
import { AppError } from "@/lib/server/errors";
import { z } from "zod";
import { choiceParam, parseSearchParams, textParam } from "@/lib/domain/url/search-params";

const exportSchema = z.object({ format: choiceParam(["yaml", "csv"], "yaml"), team: textParam() });

export async function GET(request: Request) {
  // Per person and per request: never a candidate for prerendering at build time.
  await connection();
  try {
    if (!(await getSessionUser())) throw new AppError("unauthenticated", "Sign in to export the catalogue.");
    const { format, team } = parseSearchParams(exportSchema, new URL(request.url).searchParams);
    const body = await exportCatalog({ format, team: team || null });
    const name = `catalog${team ? `-${team}` : ""}.${format}`;
    return new Response(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/yaml; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
