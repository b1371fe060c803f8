"use client";
// useActionState, submitted from onSubmit instead of <form action>: React resets a form after
// every action it runs, which would undo a select's or radio's new value (and wipe input the
// server asked to fix). Submitting by hand keeps what the person sees.
import { startTransition, useActionState, type FormEvent } from "react";

export function useFormAction<S>(action: (previous: Awaited<S>, form: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
