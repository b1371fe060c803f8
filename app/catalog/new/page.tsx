// /catalog/new?kind=models — create an entity in a team the person maintains.
import type { Metadata } from "next";
import { Suspense } from "react";
import { connection } from "next/server";
import { EntityForm } from "@/components/catalog/entity-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { CardSkeleton } from "@/components/ui/skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { kindFromSlug, kindSlug } from "@/lib/domain/format/labels";
import { ENTITY_KINDS, KIND_LABELS } from "@/lib/domain/kinds";
import Link from "next/link";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { listWritableTeams } from "@/lib/server/teams/list-writable-teams";
import { ShieldAlert } from "lucide-react";
import { firstParam } from "@/lib/domain/url/search-params";

export const metadata: Metadata = { title: "New catalogue entity" };

export default function NewEntityPage({ searchParams }: PageProps<"/catalog/new">) {
  return (
    <Suspense fallback={<CardSkeleton title="New entity" rows={8} />}>
      <NewEntity searchParams={searchParams} />
    </Suspense>
  );
}

async function NewEntity({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const kind = kindFromSlug(firstParam(raw, "kind") ?? "") ?? "MODEL";
  await connection();
  const teams = await listWritableTeams({ principal: await getSessionPrincipal() });
  const label = KIND_LABELS[kind];
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: label.many, href: catalogHref({ kind }) },
          { label: "New" },
        ]}
        title={`New ${label.one.toLowerCase()}`}
        description="It belongs to one of the teams you maintain. Relations are added on its page once it exists."
      />
      <nav aria-label="Kind" className="mb-4 flex gap-1.5">
        {ENTITY_KINDS.map((k) => (
          <Link
            key={k}
            href={`/catalog/new?kind=${kindSlug(k)}`}
            aria-current={k === kind ? "page" : undefined}
            className={
              k === kind
                ? "rounded-md bg-accent-soft px-3 py-1.5 text-[13px] font-medium text-accent"
                : "rounded-md px-3 py-1.5 text-[13px] text-muted hover:bg-surface-hover hover:text-foreground"
            }
          >
            {KIND_LABELS[k].one}
          </Link>
        ))}
      </nav>
      <Card className="max-w-4xl">
        <CardBody className="pt-5">
          {teams.length === 0 ? (
            <EmptyState
              icon={ShieldAlert}
              title="You maintain no team"
              description="Ask an admin to make you a maintainer of the team that owns it."
            />
          ) : (
            <EntityForm
              key={kind}
              kind={kind}
              values={{ team: teams[0]?.slug ?? "" }}
              teams={teams}
              cancelHref={catalogHref({ kind })}
            />
          )}
        </CardBody>
      </Card>
    </>
  );
}
