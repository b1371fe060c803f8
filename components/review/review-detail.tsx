// The review page: its agenda section by section, with the notes and decisions taken on each,
// the action items it created, and (while open) note forms, one-click action items and the close
// button. A closed review renders from its snapshot and offers nothing to change.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Download, Presentation, Printer } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { secondaryButton } from "@/components/ui/controls";
import { can } from "@/lib/domain/auth/permissions";
import { SECTION_TITLES, sectionSize } from "@/lib/domain/review/agenda";
import { presentHref } from "@/lib/domain/review/params";
import { notesFor, periodText, scopeLabel } from "@/lib/domain/review/view";
import { getViewer } from "@/lib/server/auth/viewer";
import { getReview } from "@/lib/server/reviews/get-review";
import { listActionItemOwners } from "@/lib/server/action-items/list-action-item-owners";
import { NotAllowed } from "@/components/ui/not-allowed";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { getNextReview } from "@/lib/server/reviews/get-next-review";
import { CloseReviewForm, ReopenReviewForm } from "./close-review-form";
import { NoteForm } from "./note-form";
import { ReviewActionItems } from "./review-action-items";
import { SectionBody, type RowActions } from "./section-body";
import { SectionNotes } from "./section-notes";

export async function ReviewDetail({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [review, viewer] = await Promise.all([getReview({ id }), getViewer()]);
  if (!review) notFound();
  const principal = viewer?.principal ?? null;
  const open = review.status === "OPEN";
  const canNote = open && can(principal, "review:note", { teamId: review.teamId });
  const mayRun = can(principal, "review:run", { teamId: review.teamId });
  // A closed review (not a legacy one) may be reopened until the next review of its scope starts.
  const next = !open && !review.legacy ? await getNextReview(review) : null;
  const reopenable = !open && !review.legacy && next === null;
  const teamName = review.team?.name ?? null;
  const actions: RowActions | null = open
    ? {
        reviewId: review.id,
        fallbackTeamId: review.teamId,
        canWrite: (teamId) => can(principal, "action-item:write", { teamId }),
        refusal: onlyWhoCan("action-item:write", review.team?.name ?? null, "create action items"),
        // A team review's rows are the team's: its people are the owner choices.
        owners: review.teamId ? { [review.teamId]: await listActionItemOwners({ teamId: review.teamId }) } : {},
      }
    : null;
  const link = `${secondaryButton} h-8 px-2.5 text-xs`;
  const sections = review.legacy
    ? review.legacy.map((l) => ({ key: l.section, title: l.title, size: null, body: null }))
    : review.sections.map((s) => ({
        key: s.key,
        title: SECTION_TITLES[s.key],
        size: s.key === "summary" ? null : sectionSize(s),
        body: <SectionBody section={s} size="page" actions={actions} />,
      }));

  return (
    <>
      <PageHeader
        title={review.title}
        breadcrumbs={[{ label: "Review", href: "/review" }, { label: review.title }]}
        meta={
          <>
            {open ? <Badge tone="accent">In progress</Badge> : <Badge>Closed</Badge>}
            <Badge>{scopeLabel(review)}</Badge>
          </>
        }
        description={`${periodText(review)}. Started by ${review.startedBy ?? "someone"}${review.closedAt ? `; closed${review.closedBy ? ` by ${review.closedBy}` : ""}` : ""}.`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {review.legacy ? null : (
              <Link href={presentHref(review.id, 1)} className={link}>
                <Presentation aria-hidden className="size-3.5" /> Present
              </Link>
            )}
            <Link href={`/review/${review.id}/print`} className={link}>
              <Printer aria-hidden className="size-3.5" /> Print or PDF
            </Link>
            <a href={`/review/${review.id}/export`} className={link} download>
              <Download aria-hidden className="size-3.5" /> Markdown
            </a>
            {open && mayRun ? (
              <CloseReviewForm
                reviewId={review.id}
                version={review.version}
                notes={review.notes.length}
                actionItems={review.actionItems.length}
              />
            ) : open ? (
              <NotAllowed reason={onlyWhoCan("review:run", teamName, "close this review")}>Close review</NotAllowed>
            ) : reopenable && mayRun ? (
              <ReopenReviewForm reviewId={review.id} version={review.version} />
            ) : reopenable ? (
              <NotAllowed reason={onlyWhoCan("review:run", teamName, "reopen this review")} buttonClassName={link}>
                Reopen
              </NotAllowed>
            ) : null}
          </div>
        }
      />
      {review.legacy ? (
        <p className="mb-5 rounded-lg border border-border bg-surface-muted px-4 py-3 text-[13px] text-muted">
          This review was recorded before agendas were kept in full: its sections and notes are shown, not the rows it
          discussed.
        </p>
      ) : null}
      <div className="space-y-5">
        {sections.map((s, i) => {
          const notes = notesFor(review, s.key);
          return (
            <Card key={s.key} className="scroll-mt-6">
              <CardHeader
                title={`${i + 1}. ${s.title}`}
                description={s.size === null ? undefined : s.size === 0 ? "Nothing changed" : `${s.size} to discuss`}
              />
              <CardBody className="space-y-4">
                {s.body}
                {s.body === null && notes.length === 0 ? (
                  <p className="text-[13px] text-muted">No notes were taken on this section.</p>
                ) : null}
                <SectionNotes notes={notes} />
                {canNote ? <NoteForm reviewId={review.id} section={s.key} label={s.title} /> : null}
              </CardBody>
            </Card>
          );
        })}
        <Card>
          <CardHeader
            title="Action items from this review"
            description={
              open
                ? "Created from the agenda's rows; they stay linked to this review."
                : review.legacy
                  ? "Linked to this review."
                  : "As they stood when the review closed."
            }
          />
          <CardBody>
            <ReviewActionItems items={review.actionItems} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
