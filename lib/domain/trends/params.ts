// The trends view lives in the URL (?range=12m&grain=month&scope=team&team=ranking&category=…&
// entity=…), so a link pasted in a meeting shows the same chart. Parsing is forgiving: a bad
// value falls back to its default and a scope missing its subject falls back to the
// organisation, never an error page. Teams travel as slugs, categories as keys, entities as ids;
// the page resolves them.
import { z } from "zod";
import { teamSlug } from "@/lib/domain/catalog-yaml/fields";
import { firstParam, optionalParam, parseSearchParams, type RawSearchParams } from "@/lib/domain/url/search-params";
import { DEFAULT_GRAIN, DEFAULT_RANGE, TREND_GRAINS, TREND_RANGES, type TrendGrain, type TrendRange } from "./scope";

export type TrendScopeParam =
  | { kind: "org" }
  | { kind: "team"; team: string }
  | { kind: "category"; category: string; team?: string }
  | { kind: "entity"; entity: string };

export interface TrendParams {
  range: TrendRange;
  grain: TrendGrain;
  scope: TrendScopeParam;
}

type RawParams = RawSearchParams;

const optional = optionalParam;
const schema = z.object({
  range: z.enum(TREND_RANGES).catch(DEFAULT_RANGE),
  grain: z.enum(TREND_GRAINS).catch(DEFAULT_GRAIN),
  scope: z.enum(["org", "team", "category", "entity"]).catch("org"),
  team: optional(teamSlug),
  category: optional(z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/)),
  entity: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
});

/** The range alone (pages that show a trend card with a RangePicker but nothing else of /trends). */
export function parseTrendRange(params: RawParams, key = "range"): TrendRange {
  return schema.shape.range.parse(firstParam(params, key));
}

export function parseTrendParams(params: RawParams): TrendParams {
  const p = parseSearchParams(schema, params);
  const base = { range: p.range, grain: p.grain };
  if (p.scope === "team" && p.team) return { ...base, scope: { kind: "team", team: p.team } };
  if (p.scope === "category" && p.category)
    return {
      ...base,
      scope: p.team
        ? { kind: "category", category: p.category, team: p.team }
        : { kind: "category", category: p.category },
    };
  if (p.scope === "entity" && p.entity) return { ...base, scope: { kind: "entity", entity: p.entity } };
  return { ...base, scope: { kind: "org" } };
}

/** The query string for a view (defaults omitted, stable key order), e.g. "?range=6m&scope=team&team=ranking". */
export function trendSearch(params: TrendParams, overrides: Partial<TrendParams> = {}): string {
  const v = { ...params, ...overrides };
  const out = new URLSearchParams();
  if (v.range !== DEFAULT_RANGE) out.set("range", v.range);
  if (v.grain !== DEFAULT_GRAIN) out.set("grain", v.grain);
  const s = v.scope;
  if (s.kind !== "org") out.set("scope", s.kind);
  if (s.kind === "team") out.set("team", s.team);
  if (s.kind === "category") {
    out.set("category", s.category);
    if (s.team) out.set("team", s.team);
  }
  if (s.kind === "entity") out.set("entity", s.entity);
  const text = out.toString();
  return text ? `?${text}` : "";
}

/**
 * The current query with one parameter replaced (or removed when `value` is undefined), every
 * other parameter kept in its order: the range picker on pages that carry their own filters.
 */
export function withSearchParam(params: RawParams, key: string, value: string | undefined): string {
  const out = new URLSearchParams();
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) =>
          Array.isArray(v) ? v.map((x) => [k, x] as const) : v === undefined ? [] : [[k, v] as const],
        );
  let placed = false;
  for (const [k, v] of entries) {
    if (k === key) {
      if (!placed && value !== undefined) out.append(key, value);
      placed = true;
    } else out.append(k, v);
  }
  if (!placed && value !== undefined) out.append(key, value);
  const text = out.toString();
  return text ? `?${text}` : "";
}
