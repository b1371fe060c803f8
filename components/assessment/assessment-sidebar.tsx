"use client";
// The sticky side panel: progress, the live score, save status and submit; the keyboard
// shortcuts right below (in view without scrolling, at 1280×720 too); the focused question's
// guidance; the categories with their progress.
import type { ReactNode } from "react";
import { CircleCheck, CloudUpload, TriangleAlert } from "lucide-react";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import type { ViewCategory } from "@/lib/server/assessments/get-assessment-view";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LiveScore } from "./live-score";
import { shortcutLegend } from "./shortcuts";
import type { SaveStatus } from "./use-autosave";

export interface AssessmentSidebarProps {
  rubric: Rubric;
  categories: ViewCategory[];
  values: Record<string, AnswerValue | undefined>;
  active: string | null;
  status: SaveStatus;
  submit: ReactNode;
}

export function AssessmentSidebar({ rubric, categories, values, active, status, submit }: AssessmentSidebarProps) {
  const all = categories.flatMap((c) => c.items);
  const answered = all.filter((i) => values[i.id]).length;
  const share = all.length > 0 ? answered / all.length : 0;
  const activeItem = active ? all.find((i) => i.id === active) : undefined;
  const activeCategory = activeItem ? categories.find((c) => c.items.includes(activeItem)) : undefined;
  return (
    <aside className="min-w-0 space-y-4 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto">
      <Card>
        <CardBody className="space-y-4 pt-4">
          <div>
            <div className="flex items-baseline justify-between text-xs text-muted">
              <span>
                <span className="font-medium text-foreground tabular" data-testid="progress">
                  {answered} of {all.length}
                </span>{" "}
                answered
              </span>
              <SaveIndicator status={status} />
            </div>
            <div
              role="progressbar"
              aria-label="Questions answered"
              aria-valuemin={0}
              aria-valuemax={all.length}
              aria-valuenow={answered}
              className="mt-1.5 h-1.5 rounded-full bg-surface-hover"
            >
              <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${share * 100}%` }} />
            </div>
          </div>
          {status.kind === "error" ? (
            <p role="alert" className="text-xs text-danger">
              {status.message}
            </p>
          ) : null}
          <LiveScore rubric={rubric} categories={categories} values={values} />
          {submit}
        </CardBody>
      </Card>
      <section
        aria-labelledby="keyboard-legend-title"
        className="hidden min-w-0 rounded-xl border border-border bg-surface px-4 py-3 shadow-[0_1px_2px_rgba(16,16,24,0.04)] sm:block"
      >
        <h2 id="keyboard-legend-title" className="mb-2 text-xs font-semibold text-foreground">
          Keyboard shortcuts
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-muted">
          {shortcutLegend(
            rubric === "DEBT" ? "pass · partial · fail · n/a" : "automated · manual · not done · n/a",
          ).map(([k, v]) => (
            <div key={k} className="contents">
              <dt>
                <kbd className="rounded border border-border-strong bg-surface-muted px-1 font-mono text-[11px] text-foreground">
                  {k}
                </kbd>
              </dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Card>
        <CardHeader title="Guidance" description={activeCategory ? activeCategory.name : undefined} />
        <CardBody>
          {activeItem ? (
            <p className="text-[13px] whitespace-pre-line text-foreground" data-testid="guidance">
              {activeItem.guidance}
            </p>
          ) : (
            <p className="text-[13px] text-muted">Focus a question to see why it matters and what a pass looks like.</p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Categories" />
        <nav aria-label="Categories" className="px-2 pb-3">
          <ul>
            {categories.map((c) => {
              const done = c.items.filter((i) => values[i.id]).length;
              return (
                <li key={c.id}>
                  <a
                    href={`#cat-${c.key}`}
                    className="flex items-center justify-between gap-2 rounded-md px-3 py-1.5 text-[13px] text-foreground hover:bg-surface-hover"
                  >
                    <span className="truncate">{c.name}</span>
                    <span
                      className={
                        done === c.items.length ? "text-xs text-success tabular" : "text-xs text-muted tabular"
                      }
                    >
                      {done}/{c.items.length}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </Card>
    </aside>
  );
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const text =
    status.kind === "saved"
      ? status.at
        ? "All changes saved"
        : "Draft saved"
      : status.kind === "pending" || status.kind === "saving"
        ? "Saving…"
        : status.kind === "conflict"
          ? "Not saved: newer answers elsewhere"
          : "Not saved";
  const Icon =
    status.kind === "saved"
      ? CircleCheck
      : status.kind === "pending" || status.kind === "saving"
        ? CloudUpload
        : TriangleAlert;
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      className={
        status.kind === "error" || status.kind === "conflict"
          ? "inline-flex items-center gap-1 text-danger"
          : "inline-flex items-center gap-1"
      }
    >
      <Icon aria-hidden className="size-3.5" />
      {text}
    </span>
  );
}
