// /catalog/import — upload catalogue-as-code files, preview the change, apply it.
import type { Metadata } from "next";
import { ImportForm } from "@/components/catalog/import-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { catalogHref } from "@/lib/domain/format/catalog-params";

export const metadata: Metadata = { title: "Import catalogue" };

export default function ImportPage() {
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Catalog", href: catalogHref({}) }, { label: "Import" }]}
        title="Import catalogue as code"
        description="The whole upload is checked first and applied in one transaction: all or nothing. Importing the same files again changes nothing."
      />
      <Card className="max-w-4xl">
        <CardBody className="pt-5">
          <ImportForm />
        </CardBody>
      </Card>
    </>
  );
}
