// Presenter mode's data: every agenda section as a slide (large, at most a screenful of rows),
// then the action items the review created. Rendered on the server; the client only moves.
import { notFound } from "next/navigation";
import { can } from "@/lib/domain/auth/permissions";
import { SECTION_TITLES } from "@/lib/domain/review/agenda";
import { parseSection } from "@/lib/domain/review/params";
import { notesFor, periodText, scopeLabel } from "@/lib/domain/review/view";
import { getViewer } from "@/lib/server/auth/viewer";
import { getReview } from "@/lib/server/reviews/get-review";
import { Presenter, type Slide } from "./presenter";
import { ReviewActionItems } from "./review-action-items";
import { SectionBody, type RowActions } from "./section-body";
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
        }
      : null;
  const slides: Slide[] = [
    ...review.sections.map((s, i) => ({
      key: s.key,
      title: i === 0 ? `${scopeLabel(review)}: ${SECTION_TITLES[s.key].toLowerCase()}` : SECTION_TITLES[s.key],
      body: (
        <div className="space-y-8">
          {i === 0 ? <p className="-mt-6 text-2xl text-muted">{periodText(review)}</p> : null}
          <SectionBody section={s} size="slide" actions={actions} />
          <SectionNotes notes={notesFor(review, s.key)} size="slide" />
        </div>
      ),
    })),
    {
      key: "action-items-created",
      title: "Action items from this review",
      body: <ReviewActionItems items={review.actionItems} size="slide" />,
    },
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
