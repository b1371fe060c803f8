// /gates: every entity failing its gate, the longest-failing first, a page at a time; ?team=<slug>
// narrows it to one team. The overview's and a team page's Gates card link here for the rest.
import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/shell/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";
import { pageParam, parseSearchParams, textParam } from "@/lib/domain/url/search-params";
import { getTeamRef } from "@/lib/server/teams/get-team-ref";

export const metadata: Metadata = { title: "Failing gates" };

const gatesSchema = z.object({ team: textParam(100), page: pageParam() });

export default async function GatesPage({ searchParams }: PageProps<"/gates">) {
  const { team: slug, page } = parseSearchParams(gatesSchema, await searchParams);
  const team = slug ? await getTeamRef({ slug }) : null;
  if (slug && !team) notFound();
  return (
    <>
      <PageHeader
        title={team ? `Failing gates: ${team.name}` : "Failing gates"}
        description="Entities whose rating is below the target for their lifecycle, the longest-failing first. Open one for the items behind its rating."
      />
      <Suspense fallback={<CardSkeleton title="Gates" rows={10} />}>
        <GateSummaryCard teamId={team?.id} teamSlug={team?.slug} page={page} />
      </Suspense>
    </>
  );
}
