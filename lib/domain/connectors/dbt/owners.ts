// Which debtboard team owns what a dbt manifest holds. dbt has no notion of a team, so the clues
// are the ones dbt projects write, tried in this order (the first that names a team wins):
//   1. meta.team (config.meta first): a team claimed outright. It must name a team (its slug, or a
//      key of DBT_MAPPING.owners); naming none skips the item, since a typo must not fall through.
//   2. meta.owner, then the node's group (its name, its owner's email, its owner's name), then an
//      exposure's owner (email, name): each a team slug or a key of DBT_MAPPING.owners.
//   3. DBT_MAPPING.paths: the longest prefix of the file that defines it (original_file_path).
//   4. DBT_MAPPING.default.
// Nothing found: the item is skipped, with every clue tried named in the reason.
import { z } from "zod";
import { teamSlug } from "@/lib/domain/catalog-yaml/fields";

/**
 * DBT_MAPPING, e.g.
 *   { "owners": { "analytics@example.com": "team-analytics", "churn": "team-ml" },
 *     "paths": { "models/marts/ranking/": "team-ranking" }, "default": "team-data" }
 * Owner keys match case-insensitively (emails, group names, meta.owner values).
 */
export const dbtMappingSchema = z.strictObject({
  owners: z.record(z.string().trim().min(1), teamSlug).default({}),
  paths: z.record(z.string().trim().min(1), teamSlug).default({}),
  default: teamSlug.nullable().default(null),
});
export type DbtMapping = z.output<typeof dbtMappingSchema>;
export const EMPTY_DBT_MAPPING: DbtMapping = { owners: {}, paths: {}, default: null };

export interface OwnerClue {
  /** Where the value was found, e.g. "config.meta.owner", "group churn's owner email". */
  field: string;
  value: string;
  /** meta.team: a claim that must name a team. */
  explicit?: boolean;
}

export type TeamResolution = { team: string; via: string } | { team: null; reason: string };

const norm = (v: string) => v.trim().toLowerCase();

/** A meta value as text: a string, or the first string of a list; anything else is no clue. */
export function metaText(value: unknown): string | null {
  const v = Array.isArray(value) ? value.find((x) => typeof x === "string") : value;
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function longestPrefix(path: string, prefixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const p of prefixes) if (path.startsWith(p) && (best === null || p.length > best.length)) best = p;
  return best;
}

/**
 * The owning team of an item from its clues, its defining file and the mapping; `teams` holds the
 * slugs of the active teams. Pure: the same clues, mapping and teams always give the same answer.
 */
export function resolveTeam(
  clues: readonly OwnerClue[],
  path: string,
  mapping: DbtMapping,
  teams: ReadonlySet<string>,
): TeamResolution {
  const owners = new Map(Object.entries(mapping.owners).map(([k, v]) => [norm(k), v]));
  const tried: string[] = [];
  for (const clue of clues) {
    const mapped = owners.get(norm(clue.value));
    if (mapped !== undefined) {
      if (teams.has(mapped)) return { team: mapped, via: `${clue.field} "${clue.value}" (DBT_MAPPING.owners)` };
      return {
        team: null,
        reason: `${clue.field} "${clue.value}" maps to team "${mapped}" in DBT_MAPPING.owners, which is not an active debtboard team`,
      };
    }
    if (teams.has(norm(clue.value))) return { team: norm(clue.value), via: `${clue.field} "${clue.value}"` };
    if (clue.explicit)
      return {
        team: null,
        reason: `${clue.field} names "${clue.value}", which is neither an active debtboard team nor a key of DBT_MAPPING.owners`,
      };
    tried.push(`${clue.field} "${clue.value}" is neither a team nor in DBT_MAPPING.owners`);
  }
  const prefix = path ? longestPrefix(path, Object.keys(mapping.paths)) : null;
  if (prefix !== null) {
    const team = mapping.paths[prefix] ?? "";
    if (teams.has(team)) return { team, via: `DBT_MAPPING.paths "${prefix}"` };
    return {
      team: null,
      reason: `DBT_MAPPING.paths "${prefix}" names team "${team}", which is not an active debtboard team`,
    };
  }
  if (mapping.default !== null) {
    if (teams.has(mapping.default)) return { team: mapping.default, via: "DBT_MAPPING.default" };
    return {
      team: null,
      reason: `DBT_MAPPING.default names team "${mapping.default}", which is not an active debtboard team`,
    };
  }
  const clueText = tried.length > 0 ? tried.join("; ") : "it has no meta.team, meta.owner or group owner";
  return {
    team: null,
    reason: `no owning team: ${clueText}; no DBT_MAPPING.paths rule matches ${path || "its file"}; DBT_MAPPING.default is unset`,
  };
}
