import type { Lifecycle } from "@/lib/domain/kinds";
import { enumLabel } from "@/lib/domain/format/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<Lifecycle, BadgeTone> = {
  PRODUCTION: "success",
  EXPERIMENTAL: "accent",
  DEPRECATED: "warning",
  RETIRED: "neutral",
};

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  return <Badge tone={TONE[lifecycle]}>{enumLabel(lifecycle)}</Badge>;
}
