// URL state of the dashboards: the hotspot filters (?team=&kind=&category=&lifecycle=) and a
// team page's entity table (?q=&kind=&sort=&dir=&category=). Parsed with zod but forgiving: a
// value that does not fit falls back to its default, so a hand-edited link still shows something.
import { z } from "zod";
import { ENTITY_KINDS, KIND_LABELS, LIFECYCLES, type EntityKind, type Lifecycle } from "@/lib/domain/kinds";
import { kindFromSlug, kindSlug } from "./labels";

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => ((Array.isArray(v) ? v[0] : v) ?? "").trim();

/** A team slug or a category key: lower-case words joined by hyphens. */
const handle = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/)
  .catch("");
const kindParam = z
  .string()
  .transform((s, ctx): EntityKind | "" => {
    if (s === "") return "";
    const k = kindFromSlug(s);
    if (!k) ctx.addIssue({ code: "custom", message: "unknown kind" });
    return k ?? "";
  })
  .catch("");
const lifecycleParam = z.string().transform((s): Lifecycle | "" => LIFECYCLES.find((l) => l === s.toUpperCase()) ?? "");

// ─── Hotspots ────────────────────────────────────────────────────────────────

export interface HotspotParams {
  team: string;
  kind: EntityKind | "";
  /** A DEBT category key: the score then uses that category's debt ratio. */
  category: string;
  lifecycle: Lifecycle | "";
}

const hotspotSchema = z.object({ team: handle, kind: kindParam, category: handle, lifecycle: lifecycleParam });

export function parseHotspotParams(raw: RawParams): HotspotParams {
  return hotspotSchema.parse({
    team: first(raw.team),
    kind: first(raw.kind),
    category: first(raw.category),
    lifecycle: first(raw.lifecycle),
  });
}

export function hotspotsHref(params: Partial<HotspotParams>): string {
  const search = new URLSearchParams();
  if (params.team) search.set("team", params.team);
  if (params.kind) search.set("kind", kindSlug(params.kind));
  if (params.category) search.set("category", params.category);
  if (params.lifecycle) search.set("lifecycle", params.lifecycle.toLowerCase());
  const qs = search.toString();
  return qs ? `/hotspots?${qs}` : "/hotspots";
}

// ─── A team's entity table ───────────────────────────────────────────────────

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
  sort: z.enum(Object.keys(TEAM_ENTITY_SORTS) as [TeamEntitySort, ...TeamEntitySort[]]).catch("debt"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  category: handle,
});

export function parseTeamEntityParams(raw: RawParams): TeamEntityParams {
  const p = teamEntitySchema.parse({
    q: first(raw.q),
    kind: first(raw.kind),
    lifecycle: first(raw.lifecycle),
    sort: first(raw.sort) || "debt",
    dir: first(raw.dir) || undefined,
    page: first(raw.page) || 1,
    category: first(raw.category),
  });
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
