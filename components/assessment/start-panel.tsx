"use client";
// No draft yet: start one, blank or from the last submitted answers (a re-assessment then only
// needs the changes). Open findings will be pre-filled either way.
import { useActionState } from "react";
import { History, Plus, Radar } from "lucide-react";
import type { Rubric } from "@/lib/domain/kinds";
import { startAssessment } from "@/lib/server/assessments/actions";
import { FormMessage } from "@/components/settings/form-message";
import { primaryButton, secondaryButton } from "@/components/ui/controls";

export interface StartPanelProps {
  entityId: string;
  rubric: Rubric;
  latest: { seq: number | null; when: string; author: string | null } | null;
  openFindings: number;
  questions: number;
}

export function StartPanel({ entityId, rubric, latest, openFindings, questions }: StartPanelProps) {
  const [state, action, pending] = useActionState(startAssessment, { ok: false });
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="entityId" value={entityId} />
      <input type="hidden" name="rubric" value={rubric} />
      <p className="text-[13px] text-muted">
        {questions} questions. Answers are saved as you go; the score changes only when a maintainer submits.
      </p>
      {openFindings > 0 ? (
        <p className="flex items-center gap-1.5 text-[13px] text-danger">
          <Radar aria-hidden className="size-4" />
          {openFindings === 1 ? "1 open finding" : `${openFindings} open findings`} will pre-answer the matching
          questions as failing.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {latest ? (
          <button type="submit" name="fromLast" value="true" disabled={pending} className={primaryButton} autoFocus>
            <History aria-hidden className="size-4" />
            Start from assessment #{latest.seq ?? "?"}
          </button>
        ) : null}
        <button
          type="submit"
          name="fromLast"
          value="false"
          disabled={pending}
          className={latest ? secondaryButton : primaryButton}
          autoFocus={!latest}
        >
          <Plus aria-hidden className="size-4" />
          {latest ? "Start blank" : "Start the assessment"}
        </button>
      </div>
      {latest ? (
        <p className="text-xs text-subtle">
          #{latest.seq ?? "?"} was submitted {latest.when}
          {latest.author ? ` by ${latest.author}` : ""}; starting from it copies its answers, notes and evidence.
        </p>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
