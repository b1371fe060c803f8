// The catalogue's page actions: create, import, and export the whole catalogue as YAML or CSV.
import Link from "next/link";
import { Download, Plus, Upload } from "lucide-react";
import { primaryButton, secondaryButton } from "@/components/ui/controls";

export function CatalogActions() {
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
