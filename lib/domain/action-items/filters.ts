// The action-item list's filters live in the URL (?team=team-ranking&owner=me&status=open
// &overdue=1&page=2). Forgiving: an unknown value falls back to its default.
import { z } from "zod";

export const ACTION_ITEMS_PAGE_SIZE = 25;
export const STATUS_FILTERS = ["active", "open", "in-progress", "done", "wont-do", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ActionItemFilters {
  /** Team slug, "" for all. */
  team: string;
  /** A user id, "me", "none" (unassigned) or "" for anyone. */
  owner: string;
  /** "active" (open or in progress, the default) … "all". */
  status: StatusFilter;
  overdue: boolean;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = (max: number) => z.preprocess(first, z.string().trim().max(max).catch("")).catch("");

const schema = z.object({
  team: text(100),
  owner: text(100),
  status: z.preprocess((v) => String(first(v) ?? "").toLowerCase(), z.enum(STATUS_FILTERS)).catch("active"),
  overdue: z
    .preprocess((v) => ["1", "true", "yes"].includes(String(first(v) ?? "").toLowerCase()), z.boolean())
    .catch(false),
  page: z.preprocess((v) => Number.parseInt(String(first(v) ?? ""), 10), z.number().int().min(1).max(100_000)).catch(1),
});

export function parseActionItemFilters(raw: RawParams | URLSearchParams): ActionItemFilters {
  const obj = raw instanceof URLSearchParams ? Object.fromEntries(raw) : raw;
  return schema.parse(obj);
}

/** The statuses a filter selects, as the database spells them. */
export function statusesOf(filter: StatusFilter): ("OPEN" | "IN_PROGRESS" | "DONE" | "WONT_DO")[] {
  switch (filter) {
    case "active":
      return ["OPEN", "IN_PROGRESS"];
    case "open":
      return ["OPEN"];
    case "in-progress":
      return ["IN_PROGRESS"];
    case "done":
      return ["DONE"];
    case "wont-do":
      return ["WONT_DO"];
    case "all":
      return ["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"];
  }
}

export function filtersQuery(f: Partial<ActionItemFilters>): string {
  const search = new URLSearchParams();
  if (f.team) search.set("team", f.team);
  if (f.owner) search.set("owner", f.owner);
  if (f.status && f.status !== "active") search.set("status", f.status);
  if (f.overdue) search.set("overdue", "1");
  if (f.page && f.page > 1) search.set("page", String(f.page));
  const q = search.toString();
  return q ? `?${q}` : "";
}

export function actionItemsHref(f: Partial<ActionItemFilters>): string {
  return `/action-items${filtersQuery(f)}`;
}

export function actionItemsExportHref(f: Partial<ActionItemFilters>): string {
  return `/action-items/export${filtersQuery({ ...f, page: 1 })}`;
}
