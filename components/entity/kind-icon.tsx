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

const KIND_ICON_CLASS: Record<EntityKind, string> = {
  MODEL: "kind-icon-model",
  FEATURE: "kind-icon-feature",
  DATA_SOURCE: "kind-icon-data-source",
  CONSUMER: "kind-icon-consumer",
};

/** The kind's icon (the KIND_ICONS glyph) as a masked span (`kind-icon` in app/globals.css): it
 *  sits on every row of long tables, where an inline <svg> each time weighed ~0.8 kB of HTML. */
export function KindIcon({ kind, className }: { kind: EntityKind; className?: string }) {
  return (
    <span
      role="img"
      aria-label={KIND_LABELS[kind].one}
      className={clsx("kind-icon", KIND_ICON_CLASS[kind], "text-subtle", className)}
    />
  );
}
