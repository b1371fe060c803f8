// The catalogue's page actions: create, import, and export the whole catalogue as YAML or CSV.
// Create and import need catalog:write on some team; everyone else sees them disabled, with why.
import Link from "next/link";
import { Download, Plus, Upload } from "lucide-react";
import { primaryButton, secondaryButton } from "@/components/ui/controls";
import { NotAllowed } from "@/components/ui/not-allowed";
import { can } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";

export async function CatalogActions() {
  const principal = await getSessionPrincipal();
  const mayWrite =
    principal !== null &&
    (can(principal, "catalog:write", { teamId: null }) ||
      Object.keys(principal.teamRoles).some((teamId) => can(principal, "catalog:write", { teamId })));
  if (!mayWrite)
    return (
      <div className="flex flex-wrap items-center gap-2">
        <a href="/catalog/export?format=yaml" className={secondaryButton} download>
          <Download aria-hidden className="size-3.5" />
          YAML
        </a>
        <a href="/catalog/export?format=csv" className={secondaryButton} download>
          <Download aria-hidden className="size-3.5" />
          CSV
        </a>
        <NotAllowed reason="Only team maintainers can add or import entities.">
          <Plus aria-hidden className="size-3.5" />
          New entity
        </NotAllowed>
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href="/catalog/export?format=yaml" className={secondaryButton} download>
        <Download aria-hidden className="size-3.5" />
        YAML
      </a>
      <a href="/catalog/export?format=csv" className={secondaryButton} download>
        <Download aria-hidden className="size-3.5" />
        CSV
      </a>
      <Link href="/catalog/import" className={secondaryButton}>
        <Upload aria-hidden className="size-3.5" />
        Import
      </Link>
      <Link href="/catalog/new" className={primaryButton}>
        <Plus aria-hidden className="size-3.5" />
        New entity
      </Link>
    </div>
  );
}
