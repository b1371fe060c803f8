// A catalogue entity inside evidence: kind icon and name, linking to its page.
import Link from "next/link";
import clsx from "clsx";
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { KindIcon } from "@/components/entity/kind-icon";

export function EntityChip({ kind, name, emphasis = false }: { kind: EntityKind; name: string; emphasis?: boolean }) {
  return (
    <Link
      href={entityHref(kind, name)}
      title={name}
      className={clsx(
        "inline-flex h-6 max-w-64 items-center gap-1.5 rounded-md border px-1.5 font-mono text-[12px] hover:border-accent hover:text-accent",
        emphasis ? "border-accent/30 bg-accent-soft text-foreground" : "border-border bg-surface text-foreground",
      )}
    >
      <KindIcon kind={kind} className="size-3" />
      <span className="truncate">{name}</span>
    </Link>
  );
}
