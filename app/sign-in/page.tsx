// /sign-in: the one page outside the app shell (it covers the sidebar; see data-bare-page in
// globals.css). What it offers depends on the running server, so it is read per request.
import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { BrandPanel } from "@/components/auth/brand-panel";
import { SignInForm, type DemoPerson } from "@/components/auth/sign-in-form";
import { Wordmark } from "@/components/shell/wordmark";
import { Skeleton } from "@/components/ui/skeleton";
import { env } from "@/lib/config/env";
import { safeNextPath } from "@/lib/domain/auth/next-path";
import { roleLabel } from "@/lib/domain/auth/role-label";
import { firstParam } from "@/lib/domain/url/search-params";
import { OIDC_PROVIDER_ID, oidcProviderName } from "@/lib/server/auth/auth";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-credentials";
import { DEMO_USERS } from "@/lib/server/seed/demo/people";
import { DEMO_TEAMS } from "@/lib/server/seed/demo/teams";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  return (
    <div data-bare-page className="fixed inset-0 z-40 overflow-y-auto bg-surface">
      <div className="grid min-h-full lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <BrandPanel />
        <div className="flex flex-col items-center justify-center px-6 py-12 sm:px-10">
          {/* On small screens the brand panel is hidden: keep the name on the page. */}
          <div className="mb-8 w-full max-w-[380px] lg:hidden">
            <Wordmark />
          </div>
          <Suspense fallback={<FormSkeleton />}>
            <SignInFormForRequest searchParams={searchParams} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}

const BLURBS: Record<(typeof DEMO_USERS)[number]["key"], string> = {
  admin: "Everything, everywhere: people, roles, tokens, checklists.",
  maintainer: "Edits the Ranking team's catalogue, assessments and reviews.",
  member: "Reads everything; keeps assessment drafts and review notes.",
};

async function SignInFormForRequest({ searchParams }: { searchParams: PageProps<"/sign-in">["searchParams"] }) {
  await connection(); // settings and the URL belong to this request, not to the build
  const params = await searchParams;
  const ssoName = oidcProviderName();
  const teamName = new Map(DEMO_TEAMS.map((t) => [t.slug, t.name]));
  const demo: DemoPerson[] = DEMO_USERS.map((u) => ({
    email: u.email,
    name: u.name,
    role: roleLabel({
      orgRole: u.orgRole,
      teams: u.teams.map(([slug, role]) => ({ name: teamName.get(slug) ?? slug, role })),
    }).replace(/^Organisation admin$/, "Admin"),
    blurb: BLURBS[u.key],
  }));
  return (
    <SignInForm
      next={safeNextPath(firstParam(params, "next"))}
      sso={ssoName ? { providerId: OIDC_PROVIDER_ID, name: ssoName } : null}
      demo={env().DEBTBOARD_DEMO === "1" ? { people: demo, password: DEMO_PASSWORD } : null}
      initialError={
        firstParam(params, "error")
          ? "Single sign-on did not complete. Try again, or ask an organisation admin if it keeps failing."
          : null
      }
    />
  );
}

function FormSkeleton() {
  return (
    <div className="w-full max-w-[380px]" role="status" aria-label="Loading">
      <Skeleton className="h-7 w-56" />
      <Skeleton className="mt-3 h-4 w-72" />
      <Skeleton className="mt-8 h-10 w-full" />
      <Skeleton className="mt-4 h-10 w-full" />
      <Skeleton className="mt-4 h-10 w-full" />
    </div>
  );
}
