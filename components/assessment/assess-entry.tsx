// The entity page's way into the checklist: "Continue draft" when the viewer has one open,
// "Assess" otherwise (with "ML Test Score" beside it for models), and, for those who may submit,
// a member's draft waiting for their review. Hidden from people who may not assess this entity.
// Reads the session, so it sits in its own <Suspense>.
import Link from "next/link";
import { ClipboardCheck, FlaskConical, UserCheck } from "lucide-react";
import { can } from "@/lib/domain/auth/permissions";
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { listOwnDrafts } from "@/lib/server/assessments/list-own-drafts";
import { primaryButton, secondaryButton } from "@/components/ui/controls";

export async function AssessEntry({
  entity,
}: {
  entity: { id: string; kind: EntityKind; name: string; archived: boolean };
}) {
  if (entity.archived) return null;
  const principal = await getSessionPrincipal();
  if (!principal?.userId) return null;
  const own = await listOwnDrafts({ entityId: entity.id, userId: principal.userId });
  if (!own || !can(principal, "assessment:draft", { teamId: own.teamId })) return null;
  const href = `${entityHref(entity.kind, entity.name)}/assess`;
  const hasDraft = (rubric: "DEBT" | "ML_TEST_SCORE") => own.rubrics.includes(rubric);
  const waiting = can(principal, "assessment:submit", { teamId: own.teamId }) ? own.readyForReview : [];
  return (
    <div className="flex flex-wrap gap-2">
      {waiting.map((d) => (
        <Link
          key={d.id}
          href={`${href}${d.rubric === "ML_TEST_SCORE" ? "/ml-test-score" : ""}?draft=${encodeURIComponent(d.id)}`}
          className={secondaryButton}
        >
          <UserCheck aria-hidden className="size-4" />
          Review {d.author ?? "a member"}’s {d.rubric === "ML_TEST_SCORE" ? "ML Test Score " : ""}draft
        </Link>
      ))}
      {entity.kind === "MODEL" ? (
        <Link href={`${href}/ml-test-score`} className={secondaryButton}>
          <FlaskConical aria-hidden className="size-4" />
          {hasDraft("ML_TEST_SCORE") ? "Continue ML Test Score" : "ML Test Score"}
        </Link>
      ) : null}
      <Link href={href} className={primaryButton}>
        <ClipboardCheck aria-hidden className="size-4" />
        {hasDraft("DEBT") ? "Continue draft" : "Assess"}
      </Link>
    </div>
  );
}
