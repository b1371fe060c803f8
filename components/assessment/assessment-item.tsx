"use client";
// One question: a native radio group (arrow keys move and answer, as in any radio group), an
// optional note and evidence link, and the finding that pre-filled it, if any.
import clsx from "clsx";
import { memo, useState } from "react";
import { Link2, NotebookPen, Radar, X } from "lucide-react";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import type { ViewAnswer, ViewItem } from "@/lib/server/assessments/get-assessment-view";
import { ANSWER_LABELS, ANSWER_ORDER, ANSWER_TONE } from "./answer-labels";

export interface AssessmentItemProps {
  item: ViewItem;
  index: number;
  rubric: Rubric;
  answer: ViewAnswer | undefined;
  readOnly: boolean;
  onAnswer: (itemId: string, value: AnswerValue | null) => void;
  onDetails: (itemId: string, note: string, evidenceUrl: string) => void;
}

export const AssessmentItem = memo(function AssessmentItem({
  item,
  index,
  rubric,
  answer,
  readOnly,
  onAnswer,
  onDetails,
}: AssessmentItemProps) {
  const [open, setOpen] = useState(Boolean(answer?.note || answer?.evidenceUrl));
  const name = `answer-${item.id}`;
  const labelId = `q-${item.id}`;
  return (
    <li
      data-item={item.id}
      className="group/item scroll-mt-28 border-t border-border px-5 py-4 first:border-t-0 focus-within:bg-accent-soft/40"
    >
      <div className="flex items-start gap-3">
        <span aria-hidden className="mt-0.5 w-6 shrink-0 text-right text-xs text-subtle tabular">
          {index}
        </span>
        <div className="min-w-0 flex-1">
          <p id={labelId} className="text-[13.5px] font-medium text-foreground">
            {item.question}
          </p>
          <p className="mt-0.5 text-xs text-subtle">
            weight {item.weight} · {item.remediationDays} d to fix
          </p>
          {answer?.finding ? (
            <p className="mt-2 inline-flex items-center gap-1.5 rounded-md bg-danger-soft px-2 py-1 text-xs text-danger">
              <Radar aria-hidden className="size-3.5" />
              Pre-filled from finding “{answer.finding.title}”
            </p>
          ) : null}
          <div className="mt-2.5 flex flex-wrap items-center gap-2">
            <div role="radiogroup" aria-labelledby={labelId} className="inline-flex flex-wrap gap-1.5">
              {ANSWER_ORDER.map((value, i) => (
                <label key={value} className="relative">
                  <input
                    type="radio"
                    name={name}
                    value={value}
                    checked={answer?.value === value}
                    disabled={readOnly}
                    onChange={() => onAnswer(item.id, value)}
                    className="peer sr-only"
                  />
                  <span
                    className={clsx(
                      "inline-flex h-8 min-w-20 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-border-strong " +
                        "bg-surface px-2.5 text-[12.5px] font-medium text-foreground transition select-none",
                      "hover:bg-surface-hover peer-disabled:cursor-not-allowed peer-disabled:opacity-60",
                      "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent",
                      ANSWER_TONE[value],
                    )}
                  >
                    {ANSWER_LABELS[rubric][value]}
                    <kbd aria-hidden className="text-[10px] font-normal opacity-60">
                      {i + 1}
                    </kbd>
                  </span>
                </label>
              ))}
            </div>
            {answer && !readOnly ? (
              <button
                type="button"
                onClick={() => onAnswer(item.id, null)}
                className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-xs text-muted hover:bg-surface-hover hover:text-foreground"
              >
                <X aria-hidden className="size-3.5" />
                Clear
              </button>
            ) : null}
            <button
              type="button"
              aria-expanded={open}
              aria-controls={`details-${item.id}`}
              onClick={() => setOpen((o) => !o)}
              className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-xs text-muted hover:bg-surface-hover hover:text-foreground"
            >
              <NotebookPen aria-hidden className="size-3.5" />
              {answer?.note || answer?.evidenceUrl ? "Note & evidence" : "Add note"}
            </button>
          </div>
          {open ? <Details item={item} answer={answer} readOnly={readOnly} onDetails={onDetails} /> : null}
        </div>
      </div>
    </li>
  );
});

function Details({
  item,
  answer,
  readOnly,
  onDetails,
}: Pick<AssessmentItemProps, "item" | "answer" | "readOnly" | "onDetails">) {
  const [note, setNote] = useState(answer?.note ?? "");
  const [url, setUrl] = useState(answer?.evidenceUrl ?? "");
  const urlOk = (v: string) => v === "" || /^https?:\/\/\S+$/i.test(v);
  // A half-typed link is kept here, not sent: the server accepts only full http(s) links.
  const send = (n: string, u: string) => onDetails(item.id, n, urlOk(u) ? u : (answer?.evidenceUrl ?? ""));
  const field =
    "w-full rounded-md border border-border-strong bg-surface px-2.5 py-1.5 text-[13px] outline-none focus:border-accent focus:ring-3 focus:ring-accent/15 disabled:opacity-60";
  return (
    <div id={`details-${item.id}`} className="mt-3 grid gap-2 sm:grid-cols-2">
      <label className="block text-xs text-muted">
        Note
        <textarea
          rows={2}
          value={note}
          disabled={readOnly}
          onChange={(e) => {
            setNote(e.target.value);
            send(e.target.value, url);
          }}
          className={clsx(field, "mt-1 resize-y")}
          placeholder="What you checked, who to ask"
        />
      </label>
      <label className="block text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <Link2 aria-hidden className="size-3" /> Evidence link
        </span>
        <input
          type="url"
          value={url}
          disabled={readOnly}
          onChange={(e) => {
            setUrl(e.target.value);
            send(note, e.target.value);
          }}
          className={clsx(field, "mt-1 h-8")}
          placeholder="https://…"
        />
      </label>
      {urlOk(url) ? null : (
        <p className="text-xs text-danger sm:col-span-2">Enter a full link starting with https:// to save it.</p>
      )}
      {!answer && (note || url) ? (
        <p className="text-xs text-subtle sm:col-span-2">Kept here, and saved with the answer you choose above.</p>
      ) : null}
    </div>
  );
}
