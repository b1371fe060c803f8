// Links from a team's page to its lineage graph and its findings.
import Link from "next/link";
import { Network, Radar } from "lucide-react";
import { findingsHref } from "@/lib/server/findings/findings-params";

const link =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-[13px] font-medium text-foreground hover:bg-surface-hover";

export function TeamGraphLinks({ slug }: { slug: string }) {
  return (
    <>
      <Link href={`/teams/${slug}/graph`} className={link}>
        <Network aria-hidden className="size-3.5 text-muted" />
        Lineage graph
      </Link>
      <Link href={findingsHref({ team: slug })} className={link}>
        <Radar aria-hidden className="size-3.5 text-muted" />
        Findings
      </Link>
    </>
  );
}
