// The API's view of findings: the list's query (the /findings page's filters, parsed by the
// page's own parser, but a value the page would quietly drop is a 400 here), the JSON of a
// finding in the list and of one finding in full.
import "server-only";
import { z } from "zod";
import { SIGNAL_KINDS } from "@/lib/domain/graph";
import { decodeSegment, kindSlug } from "@/lib/domain/format/labels";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { EntityKind } from "@/lib/domain/kinds";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { limitQuery, pageOf, pageQuery } from "@/lib/server/api/query-params";
import { parseOrThrow, readJson } from "@/lib/server/api/api-route";
import { db } from "@/lib/server/db/client";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { kindParam, parseFindingsParams, resolveFindingsTeam, type FindingsParams } from "./findings-params";
import { getFinding, type FindingDetail } from "./get-finding";
import type { FindingRow } from "./list-findings";
import { acceptFinding, reopenFinding, reopenFindingBody } from "./triage";

export const FINDING_KIND_PARAMS = SIGNAL_KINDS.map(kindParam);
export const FINDING_STATUS_PARAMS = ["open", "accepted", "resolved", "all"] as const;
const TEAM_WORDS = ["mine", "all", "none"];
export const FINDINGS_API_MAX_LIMIT = 200;

/** Strict where the page is forgiving; the values it accepts are the page's. */
export const listFindingsQuery = z.object({
  kind: z
    .string()
    .refine((v) => parseFindingsParams({ kind: v }).kind !== "", `must be one of ${FINDING_KIND_PARAMS.join(", ")}`)
    .optional(),
  team: z
    .string()
    .trim()
    .min(1, "must name a team slug, mine, all or none")
    .max(100, "is at most 100 characters")
    .optional(),
  status: z
    .string()
    .refine(
      (v) => (FINDING_STATUS_PARAMS as readonly string[]).includes(v.toLowerCase()),
      `must be one of ${FINDING_STATUS_PARAMS.join(", ")}`,
    )
    .optional(),
  page: pageQuery,
  limit: limitQuery(FINDINGS_API_MAX_LIMIT),
});

/**
 * The list's filters for this caller: no team means the caller's own teams (a team token's: its
 * team), like the page; a team slug that names no team is refused rather than showing nothing.
 */
export async function findingsQueryOf(url: URL, myTeamIds: readonly string[]) {
  const q = parseOrThrow(listFindingsQuery, Object.fromEntries(url.searchParams));
  const parsed: FindingsParams = parseFindingsParams(q);
  if (parsed.team && !TEAM_WORDS.includes(parsed.team)) {
    const team = await db().team.findUnique({ where: { slug: parsed.team }, select: { id: true } });
    if (!team) throw new AppError("invalid", `team: no team has the slug "${parsed.team}" (or use mine, all, none).`);
  }
  return { ...resolveFindingsTeam(parsed, myTeamIds), limit: pageOf(q).limit };
}

type Member = { entity: { kind: EntityKind; name: string; archivedAt: Date | null; team?: { slug: string } | null } };
const memberJson = ({ entity: e }: Member) => ({
  kind: e.kind,
  name: e.name,
  archived: e.archivedAt !== null,
  ...(e.team !== undefined ? { team: e.team?.slug ?? null } : {}),
  href: `/catalog/${kindSlug(e.kind)}/${encodeURIComponent(e.name)}`,
});

function base(f: FindingRow | FindingDetail) {
  return {
    id: f.id,
    kind: f.kind,
    kindParam: kindParam(f.kind),
    title: f.title,
    status: f.status,
    category: f.category,
    team: f.team ? f.team.slug : null,
    /** The cause: the path, the cycle, the usage counts (the shape differs per kind). */
    evidence: f.evidence,
    justification: f.justification,
    acceptedBy: f.acceptedBy?.name ?? null,
    acceptedAt: f.acceptedAt?.toISOString() ?? null,
    firstSeenAt: f.firstSeenAt.toISOString(),
    lastSeenAt: f.lastSeenAt.toISOString(),
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
  };
}

/** A finding in the list: its first members (the rest counted). */
export function toApiFindingRow(f: FindingRow) {
  return { ...base(f), members: f.members.map(memberJson), memberCount: f._count.members };
}

/** The justification an accept gave, or the reason a reopen gave (none from the page's button). */
function historyReason(after: unknown): string | null {
  const a = after as { justification?: unknown; reason?: unknown } | null;
  const text = a?.justification ?? a?.reason;
  return typeof text === "string" ? text : null;
}

/** One finding in full: every member, history, pre-filled checklist items, action items. */
export function toApiFinding(f: FindingDetail) {
  return {
    ...base(f),
    members: f.members.map(memberJson),
    memberCount: f.members.length,
    history: f.history.map((h) => ({
      action: h.action,
      at: h.at.toISOString(),
      by: h.actorName,
      justification: historyReason(h.after),
    })),
    prefills: f.prefills,
    actionItems: f.actionItems,
  };
}

/**
 * POST …/findings/{id}/accept { justification } and …/reopen: the triage UI's own definitions
 * (./triage.ts) through runAuthorized, so the scope, the team's maintainers-only rule and the
 * audit entry are the UI's. An unknown id is a 404 for everyone (it has no team, which would
 * otherwise read as a refusal for all but admins). Answers the finding as it now is.
 */
export async function triageOverApi(
  action: "accept" | "reopen",
  rawId: string,
  request: Request,
  principal: Principal,
) {
  // The body is read first, so a malformed one is a 400 whatever the id (as on every mutation).
  const body = (await readJson(request)) as Record<string, unknown>;
  const signalId = decodeSegment(rawId);
  if (!(await db().signal.findUnique({ where: { id: signalId }, select: { id: true } })))
    throw new NotFoundError("That finding");
  // A missing justification reads as an empty one, so the answer is the form's own message.
  if (action === "accept") await runAuthorized(acceptFinding, { justification: "", ...body, signalId }, principal);
  else {
    // The page's reopen button asks for no reason; the API does, and the definition keeps it in the audit trail.
    const { justification } = parseOrThrow(reopenFindingBody, { justification: "", ...body });
    await runAuthorized(reopenFinding, { signalId, justification }, principal);
  }
  const finding = await getFinding({ id: signalId });
  if (!finding) throw new NotFoundError("That finding");
  return toApiFinding(finding);
}
