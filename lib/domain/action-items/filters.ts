// The action-item list's filters live in the URL (?team=team-ranking&owner=me&status=open
// &overdue=1&page=2). Forgiving: an unknown value falls back to its default.
import { z } from "zod";
import {
  choiceParam,
  flagParam,
  pageParam,
  parseSearchParams,
  type RawSearchParams,
} from "@/lib/domain/url/search-params";

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

const text = z.string().max(100).catch("");

const schema = z.object({
  team: text,
  owner: text,
  status: choiceParam(STATUS_FILTERS, "active"),
  overdue: flagParam(),
  page: pageParam(),
});

export function parseActionItemFilters(raw: RawSearchParams): ActionItemFilters {
  return parseSearchParams(schema, raw);
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
