// URL state of the dashboards: the hotspot filters (?team=&kind=&category=&lifecycle=&page=) and a
// team page's entity table (?q=&kind=&sort=&dir=&category=). Parsed with zod but forgiving: a
// value that does not fit falls back to its default, so a hand-edited link still shows something.
import { z } from "zod";
import { ENTITY_KINDS, KIND_LABELS, LIFECYCLES, type EntityKind, type Lifecycle } from "@/lib/domain/kinds";
import {
  choiceParam,
  optionalParam,
  pageParam,
  parseSearchParams,
  patternParam,
  type RawSearchParams,
} from "@/lib/domain/url/search-params";
import { kindSlugParam } from "./catalog-params";
import { kindSlug } from "./labels";

/** A team slug or a category key: lower-case words joined by hyphens. */
const handle = patternParam(/^[a-z0-9][a-z0-9-]{0,79}$/);
const kindParam = kindSlugParam("");
const lifecycleParam = choiceParam(LIFECYCLES, "");

// ─── Hotspots ────────────────────────────────────────────

export interface HotspotParams {
  team: string;
  kind: EntityKind | "";
  /** A DEBT category key: the score then uses that category's debt ratio. */
  category: string;
  lifecycle: Lifecycle | "";
  /** The page of the ranking the table shows (HOTSPOT_PAGE_SIZE rows a page). */
  page: number;
}

/** Rows of the hotspots page's table per page (issue 17: the page's HTML stays under 150 kB). */
export const HOTSPOT_PAGE_SIZE = 20;

const hotspotSchema = z.object({
  team: handle,
  kind: kindParam,
  category: handle,
  lifecycle: lifecycleParam,
  page: pageParam(),
});

export function parseHotspotParams(raw: RawSearchParams): HotspotParams {
  return parseSearchParams(hotspotSchema, raw);
}

export function hotspotsHref(params: Partial<HotspotParams>): string {
  const search = new URLSearchParams();
  if (params.team) search.set("team", params.team);
  if (params.kind) search.set("kind", kindSlug(params.kind));
  if (params.category) search.set("category", params.category);
  if (params.lifecycle) search.set("lifecycle", params.lifecycle.toLowerCase());
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const qs = search.toString();
  return qs ? `/hotspots?${qs}` : "/hotspots";
}

// ─── A team's entity table ───────────────────────────────

export const TEAM_ENTITY_SORTS = {
  debt: "Debt ratio",
  principal: "Principal",
  assessed: "Last assessed",
  findings: "Open findings",
  name: "Name",
} as const;
export type TeamEntitySort = keyof typeof TEAM_ENTITY_SORTS;
export type SortDir = "asc" | "desc";

/** The direction a column sorts in when first clicked: worst first, names A–Z, oldest assessment first. */
export const DEFAULT_SORT_DIR: Record<TeamEntitySort, SortDir> = {
  debt: "desc",
  principal: "desc",
  assessed: "asc",
  findings: "desc",
  name: "asc",
};

export const TEAM_ENTITY_PAGE_SIZE = 15;

export interface TeamEntityParams {
  q: string;
  kind: EntityKind | "";
  lifecycle: Lifecycle | "";
  sort: TeamEntitySort;
  dir: SortDir;
  page: number;
  /** Highlights a category (the heatmap's drill-down); it does not filter the table. */
  category: string;
}

const teamEntitySchema = z.object({
  q: z.string().max(100).catch(""),
  kind: kindParam,
  lifecycle: lifecycleParam,
  sort: choiceParam(Object.keys(TEAM_ENTITY_SORTS) as TeamEntitySort[], "debt"),
  dir: optionalParam(z.enum(["asc", "desc"])),
  page: pageParam(),
  category: handle,
});

export function parseTeamEntityParams(raw: RawSearchParams): TeamEntityParams {
  const p = parseSearchParams(teamEntitySchema, raw);
  return { ...p, dir: p.dir ?? DEFAULT_SORT_DIR[p.sort] };
}

/** The team page URL for these params, defaults left out. */
export function teamHref(slug: string, params: Partial<TeamEntityParams & { range: string }> = {}): string {
  const search = new URLSearchParams();
  if (params.range) search.set("range", params.range);
  if (params.category) search.set("category", params.category);
  if (params.q) search.set("q", params.q);
  if (params.kind) search.set("kind", kindSlug(params.kind));
  if (params.lifecycle) search.set("lifecycle", params.lifecycle.toLowerCase());
  const sort = params.sort ?? "debt";
  if (sort !== "debt") search.set("sort", sort);
  if (params.dir && params.dir !== DEFAULT_SORT_DIR[sort]) search.set("dir", params.dir);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const qs = search.toString();
  return `/teams/${encodeURIComponent(slug)}${qs ? `?${qs}` : ""}`;
}

export const KIND_CHOICES = ENTITY_KINDS.map((k) => ({ value: KIND_LABELS[k].slug, label: KIND_LABELS[k].many }));
