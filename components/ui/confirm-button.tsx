"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent, type RefObject } from "react";

/** What a confirmed action answers: an ActionResult fits, and so does nothing (success). */
export type ConfirmOutcome = { ok: true } | { ok: false; message: string } | void;

export type ConfirmState = { kind: "idle" } | { kind: "asking"; error: string | null };
export type ConfirmEvent = { type: "ask" } | { type: "cancel" } | { type: "settled"; outcome: ConfirmOutcome };

/** Where the question goes next: success closes it, a failure keeps it open with its message. */
export function nextConfirmState(state: ConfirmState, event: ConfirmEvent): ConfirmState {
  switch (event.type) {
    case "ask":
      return { kind: "asking", error: null };
    case "cancel":
      return { kind: "idle" };
    case "settled":
      if (state.kind === "idle") return state;
      return event.outcome && !event.outcome.ok ? { kind: "asking", error: event.outcome.message } : { kind: "idle" };
  }
}

const focusRing = "focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";
const TRIGGER = {
  button: {
    danger: "rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:text-gray-400",
    normal: "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50 disabled:text-gray-400",
    primary: "rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-blue-300",
  },
  link: {
    danger: "rounded-sm text-sm text-red-700 underline disabled:text-gray-400",
    normal: "rounded-sm text-sm text-blue-700 underline disabled:text-gray-400",
    primary: "rounded-sm text-sm font-medium text-blue-700 underline disabled:text-gray-400",
  },
} as const;
const CONFIRM = {
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-300",
  normal: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-300",
} as const;

type Tone = "danger" | "normal" | "primary";

type Props = {
  /** The trigger's visible text ("Delete"). */
  label: string;
  /** The trigger's accessible name when the visible text alone is ambiguous ("Delete KPI “CAC”"). */
  triggerAriaLabel?: string;
  /** The question asked in place, naming what is about to happen and to what. */
  question: string;
  /** The confirm button's text ("Yes, delete"). */
  confirmLabel: string;
  /** Runs the action; a failed outcome keeps the question open and shows its message. */
  onConfirm: () => Promise<ConfirmOutcome>;
  /** Red trigger and confirm button, for what cannot be undone. */
  tone?: Tone;
  appearance?: keyof typeof TRIGGER;
  disabled?: boolean;
};

/**
 * A button that asks first, in place (no browser dialog): the question is announced (a
 * group labelled by it), focus moves to the confirm button, Escape or Cancel return focus
 * to the trigger, and a refusal is shown as an alert beside the question.
 */
export function ConfirmButton({ label, triggerAriaLabel, question, confirmLabel, onConfirm, tone = "normal", appearance = "button", disabled = false }: Props) {
  const questionId = useId();
  const [state, setState] = useState<ConfirmState>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Which element gets focus after the next render: the one that just appeared.
  const focusNext = useRef<RefObject<HTMLButtonElement | null> | null>(null);

  useEffect(() => {
    focusNext.current?.current?.focus();
    focusNext.current = null;
  }, [state]);

  const send = (event: ConfirmEvent, focus: RefObject<HTMLButtonElement | null> | null) => {
    focusNext.current = focus;
    setState((current) => nextConfirmState(current, event));
  };
  const confirm = () =>
    startTransition(async () => {
      const outcome = await onConfirm();
      // A refusal: back to the confirm button (it lost focus while disabled), the alert beside it.
      send({ type: "settled", outcome }, outcome && !outcome.ok ? confirmRef : triggerRef);
    });

  if (state.kind === "idle") {
    return (
      <button
        ref={triggerRef}
        type="button"
        onClick={() => send({ type: "ask" }, confirmRef)}
        disabled={disabled || pending}
        aria-label={triggerAriaLabel}
        className={`${TRIGGER[appearance][tone]} ${focusRing}`}
      >
        {label}
      </button>
    );
  }
  return (
    <ConfirmPrompt
      questionId={questionId}
      question={question}
      confirmLabel={confirmLabel}
      danger={tone === "danger"}
      pending={pending}
      error={state.error}
      confirmRef={confirmRef}
      onConfirm={confirm}
      onCancel={() => send({ type: "cancel" }, triggerRef)}
    />
  );
}

type PromptProps = {
  questionId: string;
  question: string;
  confirmLabel: string;
  danger: boolean;
  pending: boolean;
  error: string | null;
  confirmRef?: RefObject<HTMLButtonElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The open question: what ConfirmButton shows once asked (stateless, so it renders on its own in tests). */
export function ConfirmPrompt({ questionId, question, confirmLabel, danger, pending, error, confirmRef, onConfirm, onCancel }: PromptProps) {
  const t = useTranslations("common");
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || pending) return;
    event.stopPropagation();
    onCancel();
  };
  return (
    <div role="group" aria-labelledby={questionId} onKeyDown={onKeyDown} className="w-full max-w-sm space-y-2 whitespace-normal rounded-md border border-gray-300 bg-gray-50 p-3 text-left">
      <p id={questionId} className="text-sm text-gray-900">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          onClick={onConfirm}
          disabled={pending}
          aria-busy={pending || undefined}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${CONFIRM[danger ? "danger" : "normal"]} ${focusRing}`}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={pending} className={`rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50 disabled:text-gray-400 ${focusRing}`}>
          {t("cancel")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
