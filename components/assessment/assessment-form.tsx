"use client";
// The checklist, category by category, with autosave, progress, a live score, the focused
// question's guidance at hand, and keyboard shortcuts (1–4 answer, c clears, j/k move; arrow
// keys work inside each radio group). Submitting flushes pending saves first, then submits the
// version the server confirmed last.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { TriangleAlert } from "lucide-react";
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";
import type { ViewAnswer, ViewCategory } from "@/lib/server/assessments/get-assessment-view";
import { submitDraft } from "@/lib/server/assessments/actions";
import { Card, CardHeader } from "@/components/ui/card";
import { primaryButton } from "@/components/ui/controls";
import { AssessmentItem } from "./assessment-item";
import { AssessmentSidebar } from "./assessment-sidebar";
import { RebaseForm } from "./rebase-form";
import { shortcutFor } from "./shortcuts";
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
}

function focusItem(el: Element | null | undefined) {
  if (!el) return;
  const radio =
    el.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    el.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus();
  el.scrollIntoView({ block: "nearest" });
}

export function AssessmentForm(props: AssessmentFormProps) {
  const { draftId, rubric, categories, canSubmit, entityHref } = props;
  const router = useRouter();
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [active, setActive] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; superseded: boolean } | null>(null);
  const autosave = useAutosave(draftId, props.version);
  // The latest answers for event handlers; handlers also update it themselves, so two changes
  // before a re-render do not read the same stale state.
  const answersRef = useRef(answers);
  useLayoutEffect(() => {
    answersRef.current = answers;
  }, [answers]);

  const onAnswer = useCallback(
    (itemId: string, value: AnswerValue | null) => {
      const before = answersRef.current[itemId];
      const next = { ...answersRef.current };
      if (value === null) delete next[itemId];
      else
        next[itemId] = {
          value,
          note: before?.note ?? "",
          evidenceUrl: before?.evidenceUrl ?? null,
          finding: value === "FAIL" ? (before?.finding ?? null) : null,
        };
      answersRef.current = next;
      setAnswers(next);
      autosave.queue({ itemId, value, note: before?.note ?? "", evidenceUrl: before?.evidenceUrl ?? "" });
    },
    [autosave],
  );

  const onDetails = useCallback(
    (itemId: string, note: string, evidenceUrl: string) => {
      const before = answersRef.current[itemId];
      if (!before) return; // an answer row needs a value; the field says so
      const next = { ...answersRef.current, [itemId]: { ...before, note, evidenceUrl: evidenceUrl || null } };
      answersRef.current = next;
      setAnswers(next);
      autosave.queue({ itemId, value: before.value, note, evidenceUrl });
    },
    [autosave],
  );

  // On the document, not the form: j/k must work before anything in the form has focus.
  const root = useRef<HTMLDivElement>(null);
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  const onKey = (e: KeyboardEvent) => {
    const container = root.current;
    const target = e.target as HTMLElement;
    if (!container || (target !== document.body && !container.contains(target))) return;
    const inTextField = target.matches("textarea, input:not([type=radio]), select, [contenteditable=true]");
    const shortcut = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inTextField });
    if (!shortcut) return;
    const item = target.closest<HTMLElement>("[data-item]");
    if (shortcut.type === "move") {
      e.preventDefault();
      const all = [...container.querySelectorAll<HTMLElement>("[data-item]")];
      const at = item ? all.indexOf(item) : -1;
      focusItem(all[Math.min(all.length - 1, Math.max(0, at + shortcut.by))]);
      return;
    }
    if (!item?.dataset.item || autosave.stopped.current || submitting) return;
    e.preventDefault();
    onAnswer(item.dataset.item, shortcut.type === "answer" ? shortcut.value : null);
    // Keep focus in the group on the chosen answer, so arrow keys continue from it.
    requestAnimationFrame(() => focusItem(item));
  };
  useLayoutEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener("keydown", listener);
    // Marks the form interactive (shortcuts attached), for people and tests alike.
    root.current?.setAttribute("data-ready", "");
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const values = useMemo(() => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])), [answers]);
  const conflict = autosave.status.kind === "conflict" ? autosave.status.message : null;

  const submit = async () => {
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
      // The debt score shows on the entity page; the ML Test Score on its own page, re-read here.
      if (rubric === "DEBT") router.push(`${entityHref}?submitted=${state.data.submittedSeq}`);
      else router.refresh();
      return;
    }
    setSubmitting(false);
    setSubmitError({
      message: state.message ?? "Submitting failed.",
      superseded: state.code === "superseded",
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
                type="button"
                onClick={() => void submit()}
                disabled={submitting || conflict !== null}
                className={`${primaryButton} w-full`}
              >
                {submitting ? "Submitting…" : "Submit assessment"}
              </button>
            ) : (
              <p className="text-xs text-muted">
                Your draft is saved. A maintainer{props.teamName ? ` of ${props.teamName}` : ""} submits it; only
                submitted assessments change the score.
              </p>
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
    </div>
  );
}
