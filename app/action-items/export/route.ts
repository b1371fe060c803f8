// GET /action-items/export?team=&owner=&status=&overdue= — the signed-in person's CSV of the
// action items the list shows under the same filters (every page). Reading is open to everyone
// signed in.
import { connection } from "next/server";
import { parseActionItemFilters } from "@/lib/domain/action-items/filters";
import { actionItemsCsvResponse } from "@/lib/server/action-items/export-csv";
import { errorResponse } from "@/lib/server/api/api-route";
import { getSessionUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

export async function GET(request: Request) {
  await connection();
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("unauthenticated", "Sign in to export action items.");
    return await actionItemsCsvResponse(parseActionItemFilters(new URL(request.url).searchParams), user.id);
  } catch (error) {
    return errorResponse(error);
  }
}
