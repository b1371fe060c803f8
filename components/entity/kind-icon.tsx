import { Box, Columns3, Database, RadioTower, type LucideIcon } from "lucide-react";
import clsx from "clsx";
import type { EntityKind } from "@/lib/domain/kinds";
import { KIND_LABELS } from "@/lib/domain/kinds";

export const KIND_ICONS: Record<EntityKind, LucideIcon> = {
  MODEL: Box,
  FEATURE: Columns3,
  DATA_SOURCE: Database,
  CONSUMER: RadioTower,
};

export function KindIcon({ kind, className }: { kind: EntityKind; className?: string }) {
  const Icon = KIND_ICONS[kind];
  return <Icon aria-label={KIND_LABELS[kind].one} className={clsx("size-3.5 shrink-0 text-subtle", className)} />;
}
