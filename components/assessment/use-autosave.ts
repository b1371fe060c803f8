"use client";
// Debounced autosave of a draft's answers. Changes are batched per item (the latest change to
// an item wins), sent with the draft version last confirmed by the server, one save at a time.
// When the server says the version is stale (another tab saved), saving stops and the page
// says so: retrying would overwrite newer answers.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerValue } from "@/lib/domain/kinds";
import { saveDraft } from "@/lib/server/assessments/actions";

export interface AnswerChange {
  itemId: string;
  value: AnswerValue | null;
  note: string;
  evidenceUrl: string;
}

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string };

const DEBOUNCE_MS = 600;

export function useAutosave(assessmentId: string, initialVersion: number) {
  const version = useRef(initialVersion);
  const pending = useRef(new Map<string, AnswerChange>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Loops until nothing is pending: changes made while a save was in flight go next.
    for (;;) {
      while (inflight.current) await inflight.current;
      if (stopped.current) return false;
      if (pending.current.size === 0) return true;
      const batch = [...pending.current.values()];
      pending.current.clear();
      const form = new FormData();
      form.set("assessmentId", assessmentId);
      form.set("version", String(version.current));
      form.set("changes", JSON.stringify(batch));
      setStatus({ kind: "saving" });
      const requeue = () => {
        // Put the failed batch back unless the item has changed again meanwhile.
        for (const c of batch) if (!pending.current.has(c.itemId)) pending.current.set(c.itemId, c);
      };
      let ok = false;
      const run = (async () => {
        try {
          const state = await saveDraft(form);
          if (state.ok && state.data) {
            version.current = state.data.version;
            ok = true;
            setStatus(pending.current.size > 0 ? { kind: "pending" } : { kind: "saved", at: new Date() });
          } else if (state.code === "stale_version" || state.code === "conflict") {
            stopped.current = true;
            setStatus({ kind: "conflict", message: state.message ?? "Someone saved newer answers." });
          } else {
            requeue();
            setStatus({ kind: "error", message: state.message ?? "Saving failed." });
          }
        } catch {
          requeue();
          setStatus({
            kind: "error",
            message: "Could not reach the server; your answers are kept here and will be saved on the next change.",
          });
        }
      })();
      inflight.current = run;
      await run;
      inflight.current = null;
      if (!ok) return false;
    }
  }, [assessmentId]);

  const queue = useCallback(
    (change: AnswerChange) => {
      if (stopped.current) return;
      pending.current.set(change.itemId, change);
      setStatus({ kind: "pending" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  // Leaving with unsaved answers: ask the browser to confirm.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current.size > 0 || inflight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { queue, flush, status, version, stopped };
}
