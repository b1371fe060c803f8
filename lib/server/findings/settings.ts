// Organisation settings the findings read. A missing or malformed value falls back to the
// default rather than failing a recompute.
import { DEFAULT_UNDECLARED_WINDOW_DAYS } from "@/lib/domain/graph";
import type { Db, Tx } from "@/lib/server/db/client";

export const UNDECLARED_WINDOW_SETTING = "undeclaredWindowDays";

export async function getUndeclaredWindowDays(client: Db | Tx): Promise<number> {
  const row = await client.setting.findUnique({ where: { key: UNDECLARED_WINDOW_SETTING }, select: { value: true } });
  const value = row?.value;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : DEFAULT_UNDECLARED_WINDOW_DAYS;
}
