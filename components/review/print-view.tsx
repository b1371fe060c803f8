// The printable report: the review's header, every section on its own page with its notes and
// decisions, then the action items. No app chrome (on screen or paper), nothing interactive;
// print CSS keeps colours (the ratings and bars carry meaning) and breaks pages between sections.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { secondaryButton } from "@/components/ui/controls";
import { formatDate } from "@/lib/domain/format/date";
import { SECTION_TITLES } from "@/lib/domain/review/agenda";
import { notesFor, periodText, scopeLabel } from "@/lib/domain/review/view";
import { getReview } from "@/lib/server/reviews/get-review";
import { PrintButton } from "./print-button";
import { ReviewActionItems } from "./review-action-items";
import { SectionBody } from "./section-body";
import { SectionNotes } from "./section-notes";

const PRINT_CSS = `
  [data-app-shell] { display: none !important; }
  :root { --sidebar-width: 0px; }
  @media print {
    @page { size: A4; margin: 16mm 14mm; }
    html, body { background: #fff !important; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    #main { max-width: none !important; padding: 0 !important; }
    .review-print-section { break-before: page; }
    .review-print-section:first-of-type { break-before: auto; }
    .review-print-section li, .review-print-section tr { break-inside: avoid; }
  }
`;

export async function PrintView({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const review = await getReview({ id });
  if (!review) notFound();
  const sections = review.legacy
    ? review.legacy.map((l) => ({ key: l.section, title: l.title, body: null }))
    : review.sections.map((s) => ({
        key: s.key,
        title: SECTION_TITLES[s.key],
        body: <SectionBody section={s} size="page" actions={null} />,
      }));
  return (
    <article className="mx-auto max-w-[860px] text-foreground">
      <style>{PRINT_CSS}</style>
      <div className="mb-8 flex items-center justify-between gap-3 print:hidden">
        <Link href={`/review/${review.id}`} className={secondaryButton}>
          <ArrowLeft aria-hidden className="size-3.5" /> Back to the review
        </Link>
        <PrintButton />
      </div>
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-[13px] font-medium tracking-wide text-muted uppercase">debtboard · debt review</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{review.title}</h1>
        <p className="mt-2 text-sm text-muted">
          {scopeLabel(review)} · {periodText(review)}
        </p>
        <p className="mt-1 text-sm text-muted">
          {review.status === "CLOSED"
            ? `Closed ${formatDate(review.closedAt ? new Date(review.closedAt) : null)}${review.closedBy ? ` by ${review.closedBy}` : ""}`
            : "In progress: not final until closed"}
          {review.startedBy ? ` · started by ${review.startedBy}` : ""}
        </p>
      </header>
      {sections.map((s, i) => (
        <section key={s.key} className="review-print-section mb-10" aria-labelledby={`print-${s.key}`}>
          <h2 id={`print-${s.key}`} className="mb-4 text-xl font-semibold tracking-tight">
            {i + 1}. {s.title}
          </h2>
          <div className="space-y-4">
            {s.body}
            <SectionNotes notes={notesFor(review, s.key)} />
          </div>
        </section>
      ))}
      <section className="review-print-section" aria-labelledby="print-created-action-items">
        <h2 id="print-created-action-items" className="mb-4 text-xl font-semibold tracking-tight">
          Action items from this review
        </h2>
        <ReviewActionItems items={review.actionItems} />
      </section>
    </article>
  );
}
