// An entity named by an API path, /entities/{kind}/{name}: kind is the plural slug (models,
// features, data-sources, consumers). The name may arrive percent-encoded or not (decodeSegment).
import "server-only";
import { kindFromSlug } from "@/lib/domain/format/labels";
import type { EntityKind } from "@/lib/domain/kinds";
import { NotFoundError } from "@/lib/server/errors";
import { decodeSegment } from "@/lib/domain/format/labels";

export function entityKeyOf(params: { kind: string; name: string }): { kind: EntityKind; name: string } {
  const kind = kindFromSlug(params.kind);
  if (!kind) throw new NotFoundError(`Kind ${params.kind} (use models, features, data-sources or consumers)`);
  return { kind, name: decodeSegment(params.name) };
}
