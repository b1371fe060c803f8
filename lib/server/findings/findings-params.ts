// The findings list's filters live in the URL (?kind=feedback-loop&team=team-ranking&status=open
// &page=2). Forgiving like the catalogue's: an unknown value falls back to its default. With no
// team in the URL the list shows the signed-in person's teams ("mine"); team=all shows everyone's.
import { z } from "zod";
import { SIGNAL_KINDS, type SignalKind } from "@/lib/domain/graph";
import {
  choiceParam,
  pageParam,
  parseSearchParams,
  textParam,
  type RawSearchParams,
} from "@/lib/domain/url/search-params";

export const FINDINGS_PAGE_SIZE = 20;
export const FINDING_STATUSES = ["OPEN", "ACCEPTED", "RESOLVED"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface FindingsParams {
  kind: SignalKind | "";
  /**
   * Team slug; "none" for findings no team owns; "mine" for the signed-in person's teams; "all"
   * for every team; "" when the URL names none (the view treats it as "mine" for people with
   * teams, "all" for the others).
   */
  team: string;
  /** "" = every status. */
  status: FindingStatus | "";
  page: number;
}

/** "FEEDBACK_LOOP" ⇄ "feedback-loop". */
export const kindParam = (kind: SignalKind): string => kind.toLowerCase().replaceAll("_", "-");

const findingsSchema = z.object({
  kind: z.unknown().transform((s): SignalKind | "" => {
    const kind = typeof s === "string" ? s.toUpperCase().replaceAll("-", "_") : "";
    return SIGNAL_KINDS.find((k) => k === kind) ?? "";
  }),
  team: textParam(100),
  // Open findings are what needs attention; "all" shows every status.
  status: choiceParam([...FINDING_STATUSES, "ALL"], "OPEN").transform((s) => (s === "ALL" ? "" : s)),
  page: pageParam(),
});

export function parseFindingsParams(raw: RawSearchParams): FindingsParams {
  return parseSearchParams(findingsSchema, raw);
}

/** Which teams' findings the list shows: every team's, the unowned ones, these teams', or one team's by slug. */
export type FindingsScope = { all: true } | { none: true } | { slug: string } | { teamIds: readonly string[] };

/**
 * The team filter as the list applies it, for a viewer in `myTeamIds`: no team in the URL means
 * the viewer's own teams when they have any, else every team. The page and the API share it.
 */
export function resolveFindingsTeam(
  params: FindingsParams,
  myTeamIds: readonly string[],
): { params: FindingsParams; scope: FindingsScope } {
  const team = params.team || (myTeamIds.length > 0 ? "mine" : "all");
  const scope: FindingsScope =
    team === "all"
      ? { all: true }
      : team === "none"
        ? { none: true }
        : team === "mine"
          ? { teamIds: myTeamIds }
          : { slug: team };
  return { params: { ...params, team }, scope };
}

export function findingsHref(params: Partial<FindingsParams>): string {
  const search = new URLSearchParams();
  if (params.kind) search.set("kind", kindParam(params.kind));
  if (params.team) search.set("team", params.team);
  if (params.status === "") search.set("status", "all");
  else if (params.status && params.status !== "OPEN") search.set("status", params.status.toLowerCase());
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/findings?${query}` : "/findings";
}
