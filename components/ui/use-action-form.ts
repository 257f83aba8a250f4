"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

/**
 * Submits a form's fields as an object to a server action and keeps the result, so
 * forms show the field that is wrong and move focus to it.
 */
export function useActionForm<T>(action: Action<T>, options: { extra?: Record<string, string>; onSuccess?: (data: T) => void } = {}) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values: Record<string, string> = { ...options.extra };
    for (const [key, value] of new FormData(form).entries()) if (typeof value === "string") values[key] = value;
    startTransition(async () => {
      const outcome = await action(values);
      setResult(outcome);
      if (outcome.ok) {
        options.onSuccess?.(outcome.data);
        return;
      }
      const firstField = Object.keys(outcome.fieldErrors)[0];
      const target = firstField ? form.querySelector<HTMLElement>(`[name="${CSS.escape(firstField)}"]`) : null;
      target?.focus();
    });
  }

  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors[name]?.[0] : undefined);
  return { onSubmit, pending, result, fieldError };
}
