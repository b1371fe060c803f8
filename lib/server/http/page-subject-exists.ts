// Whether the team or entity a page URL names exists (archived ones too: their pages still
// show them). The request gate (proxy.ts) asks before rendering, because once the root layout
// has streamed a page can no longer answer 404; other paths are not its business (true).
import { db } from "@/lib/server/db/client";
import { decodeSegment, kindFromSlug } from "@/lib/domain/format/labels";

const TEAM_PAGE = /^\/teams\/([^/]+)(?:\/|$)/;
const ENTITY_PAGE = /^\/catalog\/([^/]+)\/([^/]+)(?:\/|$)/;
/** Sub-paths of /teams and /catalog that are routes of their own, not a slug. */
const RESERVED = new Set(["new", "import", "export"]);

export async function pageSubjectExists(pathname: string): Promise<boolean> {
  const team = TEAM_PAGE.exec(pathname);
  if (team?.[1] && !RESERVED.has(team[1])) {
    return (await db().team.count({ where: { slug: decodeSegment(team[1]) } })) > 0;
  }
  const entity = ENTITY_PAGE.exec(pathname);
  if (entity?.[1] && entity[2] && !RESERVED.has(entity[1])) {
    const kind = kindFromSlug(entity[1]);
    if (!kind) return true; // /catalog/<unknown kind>/… is the catalogue page's own 404
    return (await db().entity.count({ where: { kind, name: decodeSegment(entity[2]) } })) > 0;
  }
  return true;
}
