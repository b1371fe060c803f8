"use client";
// The checklist, category by category, with autosave, progress, a live score, the focused
// question's guidance at hand, and keyboard shortcuts (1–4 answer, c clears, j/k move, n goes
// to the next unanswered question; arrow keys work inside each radio group). It opens on the
// first unanswered question. A key acts on the question focused when it was pressed, and the
// focus moves synchronously, so a key typed within the same frame starts from the right place.
// A note typed before its answer is kept and saved with the answer. Submitting shows what will
// change (and asks to confirm with questions open), flushes pending saves, then submits the
// version the server confirmed last. A member's draft is handed to the maintainers instead
// (ReviewHandoff); a maintainer reviewing one sees whose it is.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { TriangleAlert, UserCheck } from "lucide-react";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { mlTestScoreChangeText, submitSummary } from "@/lib/domain/scoring/score-change";
import { mlTestScoreOf } from "@/lib/domain/scoring/ml-test-score";
import type { ViewAnswer, ViewCategory } from "@/lib/server/assessments/get-assessment-view";
import { submitDraft } from "@/lib/server/assessments/actions";
import { Card, CardHeader } from "@/components/ui/card";
import { primaryButton } from "@/components/ui/controls";
import { AssessmentItem } from "./assessment-item";
import { AssessmentSidebar } from "./assessment-sidebar";
import { RebaseForm } from "./rebase-form";
import { ReviewHandoff } from "./review-handoff";
import { shortcutFor } from "./shortcuts";
import { SubmitDialog } from "./submit-dialog";
import { useAutosave } from "./use-autosave";

export interface AssessmentFormProps {
  draftId: string;
  version: number;
  rubric: Rubric;
  categories: ViewCategory[];
  initialAnswers: Record<string, ViewAnswer>;
  canSubmit: boolean;
  entityHref: string;
  teamName: string | null;
  /** Set when someone submitted after this draft started: submit would be refused. */
  behind: { seq: number | null; author: string | null } | null;
  /** The viewer's own draft: when they marked it ready for review (ISO; null: not). */
  readyForReviewAt: string | null;
  /** Someone else's draft, ready for review, opened by a maintainer: its author. */
  reviewing: { author: string | null } | null;
  /** The latest submission (the score now), to show what submitting changes. */
  latest: { seq: number | null; sums: ScoreSums; values: Record<string, AnswerValue> } | null;
}

/**
 * Focuses a question's chosen answer (or its first), and brings it into view: just into view
 * when stepping (j/k), to the middle when jumping to a question that is out of sight.
 */
function focusItem(el: Element | null | undefined, jump = false) {
  if (!el) return;
  const radio =
    el.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    el.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus({ preventScroll: true });
  const box = el.getBoundingClientRect();
  const inView = box.top >= 0 && box.bottom <= window.innerHeight;
  if (!jump) el.scrollIntoView({ block: "nearest" });
  else if (!inView) el.scrollIntoView({ block: "center" });
}

/** The first question with no answer, in page order. */
function firstUnansweredIn(root: HTMLElement | null, answers: Record<string, ViewAnswer>) {
  return [...(root?.querySelectorAll<HTMLElement>("[data-item]") ?? [])].find((el) => !answers[el.dataset.item ?? ""]);
}

/** Focuses the radio of `value` (or the first when cleared) now, before React re-renders. */
function focusAnswer(el: Element, value: AnswerValue | null) {
  const radio = el.querySelector<HTMLInputElement>(
    value ? `input[type="radio"][value="${value}"]` : 'input[type="radio"]',
  );
  radio?.focus({ preventScroll: true });
}

/** The ML Test Score of a set of answers (sections are the rubric's categories). */
function mlScoreOf(categories: ViewCategory[], values: Record<string, AnswerValue | undefined>): number {
  return mlTestScoreOf(categories.flatMap((c) => c.items.map((i) => ({ section: c.key, value: values[i.id] ?? null }))))
    .score;
}

export function AssessmentForm(props: AssessmentFormProps) {
  const { draftId, rubric, categories, canSubmit, entityHref } = props;
  const router = useRouter();
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [active, setActive] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; superseded: boolean } | null>(null);
  const autosave = useAutosave(draftId, props.version);
  const dialog = useRef<HTMLDialogElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  // Notes and links typed on a question not answered yet: kept here and saved with its answer.
  const loose = useRef(new Map<string, { note: string; evidenceUrl: string }>());
  // The latest answers for event handlers; handlers also update it themselves, so two changes
  // before a re-render do not read the same stale state.
  const answersRef = useRef(answers);
  useLayoutEffect(() => {
    answersRef.current = answers;
  }, [answers]);

  const onAnswer = useCallback(
    (itemId: string, value: AnswerValue | null) => {
      const before = answersRef.current[itemId];
      const details = before ? { note: before.note, evidenceUrl: before.evidenceUrl ?? "" } : loose.current.get(itemId);
      const next = { ...answersRef.current };
      if (value === null) {
        delete next[itemId];
        // The note stays in its field: keep it for the next answer.
        if (details && (details.note || details.evidenceUrl)) loose.current.set(itemId, details);
      } else {
        loose.current.delete(itemId);
        next[itemId] = {
          value,
          note: details?.note ?? "",
          evidenceUrl: details?.evidenceUrl || null,
          finding: value === "FAIL" ? (before?.finding ?? null) : null,
        };
      }
      answersRef.current = next;
      setAnswers(next);
      autosave.queue({ itemId, value, note: details?.note ?? "", evidenceUrl: details?.evidenceUrl ?? "" });
    },
    [autosave],
  );

  const onDetails = useCallback(
    (itemId: string, note: string, evidenceUrl: string) => {
      const before = answersRef.current[itemId];
      if (!before) {
        // No answer row yet: the server stores notes with answers, so hold it until one is chosen.
        if (note || evidenceUrl) loose.current.set(itemId, { note, evidenceUrl });
        else loose.current.delete(itemId);
        return;
      }
      const next = { ...answersRef.current, [itemId]: { ...before, note, evidenceUrl: evidenceUrl || null } };
      answersRef.current = next;
      setAnswers(next);
      autosave.queue({ itemId, value: before.value, note, evidenceUrl });
    },
    [autosave],
  );

  // A note held for an unanswered question would be lost by leaving: ask the browser to confirm.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (loose.current.size > 0) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // On the document, not the form: j/k must work before anything in the form has focus.
  const root = useRef<HTMLDivElement>(null);
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  const onKey = (e: KeyboardEvent) => {
    const container = root.current;
    const target = e.target as HTMLElement;
    if (!container || (target !== document.body && !container.contains(target))) return;
    // The submit summary is a modal dialog: its keys are its own.
    if (target.closest("dialog")) return;
    const inTextField = target.matches("textarea, input:not([type=radio]), select, [contenteditable=true]");
    const shortcut = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inTextField });
    if (!shortcut) return;
    const item = target.closest<HTMLElement>("[data-item]");
    const all = () => [...container.querySelectorAll<HTMLElement>("[data-item]")];
    if (shortcut.type === "move") {
      e.preventDefault();
      const items = all();
      const at = item ? items.indexOf(item) : -1;
      focusItem(items[Math.min(items.length - 1, Math.max(0, at + shortcut.by))]);
      return;
    }
    if (shortcut.type === "next-unanswered") {
      e.preventDefault();
      const items = all();
      const at = item ? items.indexOf(item) : -1;
      // Onwards from here, then from the top (the current question last).
      const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
      const next = order.find((el) => !answersRef.current[el.dataset.item ?? ""]);
      if (next) focusItem(next, true);
      else submitButton.current?.focus();
      return;
    }
    if (!item?.dataset.item || autosave.stopped.current || submitting) return;
    e.preventDefault();
    const value = shortcut.type === "answer" ? shortcut.value : null;
    onAnswer(item.dataset.item, value);
    // Keep focus in the group on the chosen answer, so arrow keys continue from it. Now, not in
    // a later frame: a "j" typed right after must move on from this question.
    focusAnswer(item, value);
  };
  useLayoutEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener("keydown", listener);
    // Open on the first unanswered question (on load, after a reload, after a rebase).
    focusItem(firstUnansweredIn(root.current, answersRef.current), true);
    // Marks the form interactive (shortcuts attached), for people and tests alike.
    root.current?.setAttribute("data-ready", "");
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const values = useMemo(() => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])), [answers]);
  const conflict = autosave.status.kind === "conflict" ? autosave.status.message : null;

  const allItems = useMemo(() => categories.flatMap((c) => c.items), [categories]);
  const summary = useMemo(
    () =>
      submitSummary(
        allItems.map((i) => ({
          weight: i.weight,
          remediationDays: i.remediationDays,
          value: values[i.id] ?? null,
        })),
        props.latest?.sums ?? null,
      ),
    [allItems, values, props.latest],
  );
  const mlScoreText =
    rubric === "ML_TEST_SCORE"
      ? mlTestScoreChangeText(
          props.latest ? mlScoreOf(categories, props.latest.values) : null,
          mlScoreOf(categories, values),
        )
      : null;

  const openSummary = () => {
    dialog.current?.showModal();
    // Submit when everything is answered; "Keep answering" when questions are open.
    dialog.current?.querySelector<HTMLButtonElement>("[data-initial-focus]")?.focus();
  };
  const firstUnanswered = () => {
    dialog.current?.close();
    focusItem(firstUnansweredIn(root.current, answersRef.current), true);
  };

  const submit = async () => {
    dialog.current?.close();
    setSubmitting(true);
    setSubmitError(null);
    const saved = await autosave.flush();
    if (!saved) {
      setSubmitting(false);
      setSubmitError({
        message: "Your latest answers are not saved yet, so nothing was submitted. See the message above.",
        superseded: false,
      });
      return;
    }
    const form = new FormData();
    form.set("assessmentId", draftId);
    form.set("version", String(autosave.version.current));
    const state = await submitDraft({ ok: false }, form);
    if (state.ok && state.data) {
      // The entity page (debt) or the ML Test Score page says what changed.
      const seq = state.data.submittedSeq;
      router.push(
        rubric === "DEBT" ? `${entityHref}?submitted=${seq}` : `${entityHref}/assess/ml-test-score?submitted=${seq}`,
      );
      return;
    }
    setSubmitting(false);
    setSubmitError({
      message: state.message ?? "Submitting failed.",
      superseded: Boolean(state.conflict?.changedAt) && /submitted an assessment/.test(state.message ?? ""),
    });
  };

  // Questions are numbered across categories.
  const firstIndex = categories.map((_, i) => categories.slice(0, i).reduce((n, c) => n + c.items.length, 0));
  return (
    <div ref={root} className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_300px]">
      <div
        className="min-w-0 space-y-5"
        onFocus={(e) => {
          const id = (e.target as HTMLElement).closest<HTMLElement>("[data-item]")?.dataset.item;
          if (id) setActive(id);
        }}
      >
        {conflict ? (
          <p
            role="alert"
            className="flex items-start gap-2 rounded-lg border border-danger/25 bg-danger-soft px-4 py-3 text-[13px] text-danger"
          >
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              {conflict}{" "}
              <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>
                Reload
              </button>
            </span>
          </p>
        ) : null}
        {props.reviewing ? (
          <p className="flex items-start gap-2 rounded-lg border border-accent/20 bg-accent-soft px-4 py-3 text-[13px] text-foreground">
            <UserCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
            <span>
              <strong className="font-semibold">
                {props.reviewing.author ?? "A member"}’s draft, ready for review
              </strong>
              . Your changes are saved into it; submitting records {props.reviewing.author ?? "them"} as the author and
              you as the submitter.
            </span>
          </p>
        ) : null}
        {props.behind ? <RebaseForm draftId={draftId} behind={props.behind} /> : null}
        {categories.map((c, ci) => {
          const done = c.items.filter((i) => answers[i.id]).length;
          return (
            <Card key={c.id}>
              <section aria-labelledby={`cat-${c.key}`} id={`cat-${c.key}`} className="scroll-mt-6">
                <CardHeader
                  title={<span id={`cat-${c.key}`}>{c.name}</span>}
                  description={
                    <>
                      {c.paperSection ? <span className="text-subtle">{c.paperSection}. </span> : null}
                      {c.description}
                    </>
                  }
                  action={
                    <span className="text-xs text-muted tabular">
                      {done} / {c.items.length}
                    </span>
                  }
                />
                <ol>
                  {c.items.map((item, ii) => {
                    return (
                      <AssessmentItem
                        key={item.id}
                        item={item}
                        index={(firstIndex[ci] ?? 0) + ii + 1}
                        rubric={rubric}
                        answer={answers[item.id]}
                        readOnly={conflict !== null || submitting}
                        onAnswer={onAnswer}
                        onDetails={onDetails}
                      />
                    );
                  })}
                </ol>
              </section>
            </Card>
          );
        })}
      </div>
      <AssessmentSidebar
        rubric={rubric}
        categories={categories}
        values={values}
        active={active}
        status={autosave.status}
        submit={
          <div className="space-y-2">
            {canSubmit ? (
              <button
                ref={submitButton}
                type="button"
                onClick={openSummary}
                disabled={submitting || conflict !== null}
                aria-haspopup="dialog"
                className={`${primaryButton} w-full`}
              >
                {submitting ? "Submitting…" : "Submit assessment"}
              </button>
            ) : (
              <ReviewHandoff
                draftId={draftId}
                teamName={props.teamName}
                initialReadyAt={props.readyForReviewAt}
                flush={autosave.flush}
                versionRef={autosave.version}
                disabled={conflict !== null}
              />
            )}
            {submitError ? (
              <div role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-xs text-danger">
                <p>{submitError.message}</p>
                {submitError.superseded ? <RebaseForm draftId={draftId} behind={null} compact /> : null}
              </div>
            ) : null}
          </div>
        }
      />
      {canSubmit ? (
        <SubmitDialog
          ref={dialog}
          rubric={rubric}
          seq={(props.latest?.seq ?? 0) + 1}
          summary={summary}
          mlScoreText={mlScoreText}
          author={props.reviewing ? (props.reviewing.author ?? "a member") : null}
          onConfirm={() => void submit()}
          onFirstUnanswered={firstUnanswered}
          onClose={() => dialog.current?.close()}
        />
      ) : null}
    </div>
  );
}
