// /invite/<token>: where an invitation link lands (signed out; proxy.ts lets it through). Shows
// who the link is for and the account form, or why the link cannot be used any more.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { TriangleAlert } from "lucide-react";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { BrandPanel } from "@/components/auth/brand-panel";
import { Wordmark } from "@/components/shell/wordmark";
import { Skeleton } from "@/components/ui/skeleton";
import { getInvitation } from "@/lib/server/members/get-invitation";

export const metadata: Metadata = { title: "Join debtboard", referrer: "no-referrer" };

const UNUSABLE = {
  unknown:
    "This invitation link is not valid. Check that you copied all of it, or ask an organisation admin for a new one.",
  accepted: "This invitation link has already been used. If it was you, sign in.",
  revoked: "This invitation was withdrawn. Ask an organisation admin for a new one.",
  expired: "This invitation link has expired. Ask an organisation admin for a new one.",
  closed:
    "debtboard already has an organisation admin, so this first-admin link no longer works. Ask them to invite you.",
} as const;

export default function InvitePage({ params }: PageProps<"/invite/[token]">) {
  return (
    <div data-bare-page className="fixed inset-0 z-40 overflow-y-auto bg-surface">
      <div className="grid min-h-full lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <BrandPanel />
        <div className="flex flex-col items-center justify-center px-6 py-12 sm:px-10">
          <div className="mb-8 w-full max-w-[380px] lg:hidden">
            <Wordmark />
          </div>
          <div className="w-full max-w-[380px]">
            <Suspense fallback={<Skeleton className="h-64 w-full" />}>
              <Invitation params={params} />
            </Suspense>
          </div>
        </div>
      </div>
    </div>
  );
}

async function Invitation({ params }: { params: PageProps<"/invite/[token]">["params"] }) {
  await connection();
  const { token } = await params;
  const invitation = await getInvitation(token);
  if (invitation.status !== "pending") {
    return (
      <>
        <h1 className="text-[22px] font-semibold tracking-tight text-foreground">This link cannot be used</h1>
        <p
          role="alert"
          className="mt-5 flex items-start gap-2 rounded-lg border border-danger/20 bg-danger-soft px-3 py-2.5 text-[13px] text-danger"
        >
          <TriangleAlert aria-hidden className="mt-px size-4 shrink-0" />
          <span>{UNUSABLE[invitation.status]}</span>
        </p>
        <p className="mt-5 text-sm">
          <Link href="/sign-in" className="font-medium text-accent hover:underline">
            Go to sign-in
          </Link>
        </p>
      </>
    );
  }
  const role = invitation.orgRole === "ADMIN" ? "an organisation admin" : "a member";
  return (
    <>
      <h1 className="text-[22px] font-semibold tracking-tight text-foreground">
        {invitation.bootstrap ? "Set up debtboard" : "Join debtboard"}
      </h1>
      <p className="mt-1.5 text-sm text-muted">
        {invitation.bootstrap
          ? "Create the first organisation admin account. You can invite everyone else from Settings afterwards."
          : `You are invited as ${role}. Choose your name and a password.`}
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </>
  );
}
