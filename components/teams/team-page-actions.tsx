// The team page's own actions beside its lineage and findings links: download the team's part
// of the catalogue (the catalogue's export route, filtered by ?team=), and "Edit team" for those
// who may change it — its maintainers and admins, updateTeam's catalog:write on this team —
// shown disabled, with who may, to everyone else.
import Link from "next/link";
import { Download, Pencil } from "lucide-react";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { NotAllowed } from "@/components/ui/not-allowed";

const link =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-[13px] font-medium text-foreground hover:bg-surface-hover";

export function TeamPageActions({
  team,
  principal,
}: {
  team: { id: string; slug: string; name: string };
  principal: Principal | null;
}) {
  const slug = encodeURIComponent(team.slug);
  return (
    <>
      <span className="inline-flex h-8 items-center gap-1.5 text-[13px] text-muted">
        <Download aria-hidden className="size-3.5" />
        Export this team (
        <a
          href={`/catalog/export?format=yaml&team=${slug}`}
          download
          className="font-medium text-foreground hover:underline"
        >
          YAML
        </a>
        /
        <a
          href={`/catalog/export?format=csv&team=${slug}`}
          download
          className="font-medium text-foreground hover:underline"
        >
          CSV
        </a>
        )
      </span>
      {can(principal, "catalog:write", { teamId: team.id }) ? (
        <Link href={`/teams/${slug}/edit`} className={link}>
          <Pencil aria-hidden className="size-3.5 text-muted" />
          Edit team
        </Link>
      ) : (
        <NotAllowed reason={onlyWhoCan("catalog:write", team.name, "edit this team")} buttonClassName={link}>
          <Pencil aria-hidden className="size-3.5 text-muted" />
          Edit team
        </NotAllowed>
      )}
    </>
  );
}
