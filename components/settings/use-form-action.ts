"use client";
// useActionState, submitted from onSubmit instead of <form action>: React resets a form after
// every action it runs, which would undo a select's or radio's new value (and wipe input the
// server asked to fix). Submitting by hand keeps what the person sees.
import { startTransition, useActionState, type FormEvent } from "react";

/**
 * A submitted form's data as the browser would send it: its fields plus the pressed submit
 * button's name and value (which button: a dry run or the real run, which row to unlink).
 */
export function submittedFormData(event: FormEvent<HTMLFormElement>): FormData {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  return new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
}

export function useFormAction<S>(action: (previous: Awaited<S>, form: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = submittedFormData(event);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
