// Where to look at a finding in the lineage graph: centred on the middle of its path or cycle,
// with just enough hops (undirected) to bring every member into view, and the finding named so
// the view can emphasise it.
import { entityHref } from "@/lib/domain/format/labels";
import type { EntityKind } from "@/lib/domain/kinds";

export const MAX_HOPS = 6;

export function lineageHref(kind: EntityKind, name: string, params: { hops?: number; finding?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.hops !== undefined) search.set("hops", String(params.hops));
  if (params.finding) search.set("finding", params.finding);
  const query = search.toString();
  return `${entityHref(kind, name)}/lineage${query ? `?${query}` : ""}`;
}

export function findingLineageHref(finding: {
  id: string;
  kind: string;
  members: readonly { kind: EntityKind; name: string }[];
  memberCount: number;
}): string | null {
  const { members } = finding;
  if (members.length === 0) return null;
  const cyclic = finding.kind === "FEEDBACK_LOOP";
  // A path's middle reaches both ends in half its length; any point of a cycle reaches all of it in half.
  const length = Math.max(finding.memberCount, members.length);
  const center = cyclic
    ? members[0]!
    : (members[Math.min(members.length - 1, Math.floor((length - 1) / 2))] ?? members[0]!);
  const hops = Math.min(MAX_HOPS, Math.max(1, cyclic ? Math.floor(length / 2) : Math.ceil((length - 1) / 2)));
  return lineageHref(center.kind, center.name, { hops, finding: finding.id });
}
