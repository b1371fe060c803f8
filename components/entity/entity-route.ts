// An entity page's route params (/catalog/<kind slug>/<name>) as a kind and a decoded name; an
// unknown kind slug is the not-found page.
import { notFound } from "next/navigation";
import { decodeSegment, kindFromSlug } from "@/lib/domain/format/labels";
import type { EntityKind } from "@/lib/domain/kinds";

export async function entityRoute(
  params: Promise<{ kind: string; name: string }>,
): Promise<{ kind: EntityKind; name: string }> {
  const raw = await params;
  const kind = kindFromSlug(raw.kind);
  if (!kind) notFound();
  return { kind, name: decodeSegment(raw.name) };
}
