// The catalogue's filters live in the URL (?kind=models&q=ctr&team=team-ads&page=2). Parsing is
// forgiving: an unknown kind falls back to models, a bad page to 1, so a hand-edited URL still
// shows something sensible.
import { z } from "zod";
import { LIFECYCLES, type EntityKind, type Lifecycle } from "@/lib/domain/kinds";
import {
  choiceParam,
  pageParam,
  parseSearchParams,
  textParam,
  type RawSearchParams,
} from "@/lib/domain/url/search-params";
import { kindFromSlug, kindSlug } from "./labels";

export const CATALOG_PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 100;

export interface CatalogParams {
  kind: EntityKind;
  /** Name search, trimmed; "" = no search. */
  q: string;
  /** Team slug; "" = every team. */
  team: string;
  /** 1-based. */
  page: number;
  /** "" = every lifecycle. */
  lifecycle: Lifecycle | "";
  /** The kind's own filter (serving mode, data type, versioned, declared); "" = all. See DETAIL_FILTERS. */
  detail: string;
  sort: CatalogSort;
}

export const CATALOG_SORTS = {
  name: "Name",
  updated: "Recently updated",
  debt: "Most debt",
  downstream: "Most downstream",
} as const;
export type CatalogSort = keyof typeof CATALOG_SORTS;

/** Per kind: the one kind-specific filter the list offers, and its values. */
export const DETAIL_FILTERS: Record<EntityKind, { label: string; values: readonly string[] }> = {
  MODEL: { label: "Serving", values: ["BATCH", "ONLINE", "STREAMING", "EMBEDDED"] },
  FEATURE: { label: "Data type", values: ["NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT", "EMBEDDING", "TIMESTAMP"] },
  DATA_SOURCE: { label: "Versioning", values: ["VERSIONED", "UNVERSIONED"] },
  CONSUMER: { label: "Declared", values: ["DECLARED", "UNDECLARED"] },
};

/** An entity kind as the URL spells it ("models", "data-sources"); anything else = `fallback`. */
export const kindSlugParam = <F extends EntityKind | "">(fallback: F) =>
  z.unknown().transform((s): EntityKind | F => (typeof s === "string" ? kindFromSlug(s) : null) ?? fallback);

const catalogSchema = z.object({
  kind: kindSlugParam("MODEL"),
  q: textParam(MAX_QUERY_LENGTH),
  team: textParam(),
  page: pageParam(),
  lifecycle: choiceParam(LIFECYCLES, ""),
  detail: textParam(),
  sort: choiceParam(Object.keys(CATALOG_SORTS) as CatalogSort[], "name"),
});

export function parseCatalogParams(raw: RawSearchParams): CatalogParams {
  const p = parseSearchParams(catalogSchema, raw);
  const detail = p.detail.toUpperCase();
  // The detail filter is the kind's own: another kind's value means "all".
  return { ...p, detail: DETAIL_FILTERS[p.kind].values.includes(detail) ? detail : "" };
}

/** The catalogue URL for these params, leaving defaults out so links stay short. */
export function catalogHref(params: Partial<CatalogParams>): string {
  const search = new URLSearchParams();
  search.set("kind", kindSlug(params.kind ?? "MODEL"));
  if (params.q) search.set("q", params.q);
  if (params.team) search.set("team", params.team);
  if (params.lifecycle) search.set("lifecycle", params.lifecycle.toLowerCase());
  if (params.detail) search.set("detail", params.detail.toLowerCase());
  if (params.sort && params.sort !== "name") search.set("sort", params.sort);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  return `/catalog?${search.toString()}`;
}

/** Page numbers to show around the current one, with null for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(current: number, total: number, radius = 1): (number | null)[] {
  if (total <= 1) return [1];
  const pages = new Set<number>([1, total]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}
