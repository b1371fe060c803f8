// The audit trail's filters live in the URL (?actor=&action=&target=&from=&to=&page=), so a
// filtered view can be bookmarked, shared and exported as it is. Parsing is forgiving: a bad
// value is dropped, never an error page.
import { z } from "zod";
import { optionalParam, pageParam, parseSearchParams, type RawSearchParams } from "@/lib/domain/url/search-params";
export interface AuditFilter {
  /** A user id. */
  actor?: string;
  /** e.g. "token.create". */
  action?: string;
  /** e.g. "User", "ApiToken", "Entity". */
  targetType?: string;
  targetId?: string;
  teamId?: string;
  /** Inclusive calendar days (UTC), YYYY-MM-DD. */
  from?: string;
  to?: string;
  page: number;
}

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const ACTION = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/);
const TYPE = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,40}$/);
/** A real calendar day, YYYY-MM-DD (not 2026-02-30). */
const DAY = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
});

const schema = z.object({
  actor: optionalParam(ID),
  action: optionalParam(ACTION),
  target: optionalParam(TYPE),
  targetId: optionalParam(ID),
  team: optionalParam(ID),
  from: optionalParam(DAY),
  to: optionalParam(DAY),
  page: pageParam(10_000),
});

export function parseAuditFilter(params: RawSearchParams): AuditFilter {
  const { target, team, ...p } = parseSearchParams(schema, params);
  const filter: AuditFilter = { ...p, targetType: target, teamId: team };
  // A reversed range is almost always a slip: swap rather than show nothing.
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  return filter;
}

/** The query string for a filter (page 1 omitted); `overrides` change single fields. */
export function auditFilterSearch(filter: AuditFilter, overrides: Partial<AuditFilter> = {}): string {
  const f = { ...filter, ...overrides };
  const out = new URLSearchParams();
  if (f.actor) out.set("actor", f.actor);
  if (f.action) out.set("action", f.action);
  if (f.targetType) out.set("target", f.targetType);
  if (f.targetId) out.set("targetId", f.targetId);
  if (f.teamId) out.set("team", f.teamId);
  if (f.from) out.set("from", f.from);
  if (f.to) out.set("to", f.to);
  if (f.page > 1) out.set("page", String(f.page));
  const text = out.toString();
  return text ? `?${text}` : "";
}

/** The filter's days as a half-open UTC interval: from 00:00 on `from` to 00:00 after `to`. */
export function auditDateRange(filter: Pick<AuditFilter, "from" | "to">): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) range.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000);
  return range;
}

export function hasAuditFilters(filter: AuditFilter): boolean {
  return !!(
    filter.actor ||
    filter.action ||
    filter.targetType ||
    filter.targetId ||
    filter.teamId ||
    filter.from ||
    filter.to
  );
}
