// Review URLs and periods. The presenter keeps its place in the URL (`?s=3`, 1-based, so a
// shared link opens on the same screen); a new review covers by default the time since the last
// closed review of its scope, else the last 30 days.
import { z } from "zod";
import { pageParam, parseSearchParams, type RawSearchParams } from "@/lib/domain/url/search-params";

export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const presentSchema = z.object({ s: pageParam(Number.MAX_SAFE_INTEGER) });

/** `?s=` → a 1-based screen number within [1, count]; anything odd opens the first screen. */
export function parseSection(query: RawSearchParams, count: number): number {
  const { s } = parseSearchParams(presentSchema, query);
  return Math.min(s, Math.max(1, count));
}

export function presentHref(reviewId: string, section: number): string {
  return `/review/${encodeURIComponent(reviewId)}/present?s=${section}`;
}

/** Where the next review of a scope starts: the last closed one's end, else `DEFAULT_PERIOD_DAYS` ago. */
export function defaultPeriodStart(lastClosedEnd: Date | null, now: Date): Date {
  return lastClosedEnd ?? new Date(now.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
}

/** "team-ranking" → the review's default title, e.g. "Ranking debt review, 26 Nov 2026". */
export function defaultReviewTitle(scope: string, now: Date): string {
  const day = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(now);
  return `${scope} debt review, ${day}`;
}

/** A file name for the Markdown export: the title in lower-case words joined by dashes. */
export function exportFileName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${base || "review"}.md`;
}
