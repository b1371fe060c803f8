// Whether the subject a page URL names exists: a team, an entity (of a known kind; the ML Test
// Score only for models), a review, an action item (archived ones too: their pages still show
// them). The request gate (proxy.ts) asks before rendering, because once the root layout has
// streamed a page can no longer answer 404; other paths are not its business (true).
import { db } from "@/lib/server/db/client";
import { decodeSegment, kindFromSlug } from "@/lib/domain/format/labels";

const TEAM_PAGE = /^\/teams\/([^/]+)(?:\/|$)/;
const ENTITY_PAGE = /^\/catalog\/([^/]+)\/([^/]+)(\/.*)?$/;
const REVIEW_PAGE = /^\/review\/([^/]+)(?:\/|$)/;
const ACTION_ITEM_PAGE = /^\/action-items\/([^/]+)(?:\/|$)/;
/** Sub-paths of /teams, /catalog and /action-items that are routes of their own, not a slug or id. */
const RESERVED = new Set(["new", "import", "export"]);

export async function pageSubjectExists(pathname: string): Promise<boolean> {
  const team = TEAM_PAGE.exec(pathname);
  if (team?.[1] && !RESERVED.has(team[1])) {
    return (await db().team.count({ where: { slug: decodeSegment(team[1]) } })) > 0;
  }
  const entity = ENTITY_PAGE.exec(pathname);
  if (entity?.[1] && entity[2] && !RESERVED.has(entity[1])) {
    const kind = kindFromSlug(entity[1]);
    if (!kind) return false;
    // The ML Test Score scores models; no other kind has that page.
    if (kind !== "MODEL" && /^\/assess\/ml-test-score\/?$/.test(entity[3] ?? "")) return false;
    return (await db().entity.count({ where: { kind, name: decodeSegment(entity[2]) } })) > 0;
  }
  const review = REVIEW_PAGE.exec(pathname);
  if (review?.[1]) return (await db().review.count({ where: { id: decodeSegment(review[1]) } })) > 0;
  const item = ACTION_ITEM_PAGE.exec(pathname);
  if (item?.[1] && !RESERVED.has(item[1])) {
    return (await db().actionItem.count({ where: { id: decodeSegment(item[1]) } })) > 0;
  }
  return true;
}
