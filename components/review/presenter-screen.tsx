// Presenter mode's data: every agenda section as one or more slides (large type, at most
// SLIDE_ROWS rows each, so a slide fits a 1280 × 720 projector), then the action items the review
// created; each slide carries its section's notes and, on an open review, the note box.
// Rendered on the server; the client only moves.
import { notFound } from "next/navigation";
import { can } from "@/lib/domain/auth/permissions";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { SECTION_TITLES } from "@/lib/domain/review/agenda";
import { parseSection } from "@/lib/domain/review/params";
import { chunk, paginateSection, partTitle } from "@/lib/domain/review/slides";
import { notesFor, periodText, scopeLabel } from "@/lib/domain/review/view";
import { getViewer } from "@/lib/server/auth/viewer";
import { getReview } from "@/lib/server/reviews/get-review";
import { listActionItemOwners } from "@/lib/server/action-items/list-action-item-owners";
import { Presenter, type Slide } from "./presenter";
import { ReviewActionItems } from "./review-action-items";
import { NoteForm } from "./note-form";
import { SectionBody, SLIDE_ROWS, type RowActions } from "./section-body";
import { SectionNotes } from "./section-notes";

export async function PresenterScreen({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [review, viewer] = await Promise.all([getReview({ id }), getViewer()]);
  if (!review) notFound();
  const principal = viewer?.principal ?? null;
  const actions: RowActions | null =
    review.status === "OPEN"
      ? {
          reviewId: review.id,
          fallbackTeamId: review.teamId,
          canWrite: (teamId) => can(principal, "action-item:write", { teamId }),
          refusal: onlyWhoCan("action-item:write", review.team?.name ?? null, "create action items"),
          // A team review's rows are the team's: its people are the owner choices.
          owners: review.teamId ? { [review.teamId]: await listActionItemOwners({ teamId: review.teamId }) } : {},
        }
      : null;
  const canNote = review.status === "OPEN" && can(principal, "review:note", { teamId: review.teamId });
  const notesOf = (key: string) => {
    const notes = notesFor(review, key);
    return notes.length ? <SectionNotes notes={notes} /> : null;
  };
  const noteFormOf = (key: string, label: string) =>
    canNote ? <NoteForm reviewId={review.id} section={key} label={label} size="slide" /> : null;
  const slides: Slide[] = [
    ...review.sections.flatMap((s, i) =>
      paginateSection(s, SLIDE_ROWS).map((part) => ({
        key: `${s.key}-${part.part}`,
        title: partTitle(
          i === 0 ? `${scopeLabel(review)}: ${SECTION_TITLES[s.key].toLowerCase()}` : SECTION_TITLES[s.key],
          part,
        ),
        body: (
          <div className="space-y-6">
            {i === 0 ? <p className="-mt-4 text-2xl text-muted">{periodText(review)}</p> : null}
            <SectionBody section={part.content} size="slide" actions={actions} />
          </div>
        ),
        notes: notesOf(s.key),
        noteForm: noteFormOf(s.key, SECTION_TITLES[s.key]),
      })),
    ),
    ...chunk(review.actionItems, SLIDE_ROWS).map((items, i, all) => ({
      key: `action-items-created-${i + 1}`,
      title: partTitle("Action items from this review", { part: i + 1, parts: all.length }),
      body: <ReviewActionItems items={items} size="slide" />,
      notes: null,
      noteForm: null,
    })),
  ];
  return (
    <Presenter
      reviewTitle={review.title}
      exitHref={`/review/${review.id}`}
      slides={slides}
      initial={parseSection(query, slides.length)}
    />
  );
}
