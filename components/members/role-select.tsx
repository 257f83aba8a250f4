"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { ConfirmPrompt, type ConfirmOutcome } from "@/components/ui/confirm-button";
import { hasRole, ROLES, type Role } from "@/lib/auth/roles";

type Props = {
  name: string;
  role: Role;
  disabled: boolean;
  /** A higher role is given at once. */
  onRaise: (role: Role) => Promise<ConfirmOutcome>;
  /** A lower role takes access away: asked first, in place. */
  onLower: (role: Role) => Promise<ConfirmOutcome>;
};

/** A member's role; lowering it asks first (Escape or Cancel put the old role back). */
export function RoleSelect({ name, role, disabled, onRaise, onLower }: Props) {
  const t = useTranslations("members");
  const tr = useTranslations("workspaces.roles");
  const questionId = useId();
  // Shown until the refreshed page brings the new role (the parent remounts this per role).
  const [chosen, setChosen] = useState<Role>(role);
  const [proposed, setProposed] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const selectRef = useRef<HTMLSelectElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const asked = proposed !== null;
  const wasAsked = useRef(false);

  useEffect(() => {
    if (asked && !wasAsked.current) confirmRef.current?.focus();
    if (!asked && wasAsked.current) selectRef.current?.focus();
    wasAsked.current = asked;
  }, [asked]);

  const choose = (next: Role) => {
    if (next === role) return;
    if (hasRole(next, role)) {
      setChosen(next);
      void onRaise(next).then((outcome) => {
        if (outcome && !outcome.ok) setChosen(role);
      });
    } else {
      setError(null);
      setProposed(next);
    }
  };
  const confirm = () =>
    startTransition(async () => {
      if (!proposed) return;
      const outcome = await onLower(proposed);
      if (outcome && !outcome.ok) setError(outcome.message);
      else {
        setChosen(proposed);
        setProposed(null);
      }
    });

  return (
    <div className="space-y-2">
      <select
        ref={selectRef}
        aria-label={t("roleOf", { name })}
        className="rounded-md border-gray-300 py-1 text-sm"
        value={proposed ?? chosen}
        disabled={disabled || asked}
        onChange={(event) => choose(event.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </select>
      {proposed ? (
        <ConfirmPrompt
          questionId={questionId}
          question={t("confirmDemote", { name, from: tr(role), to: tr(proposed) })}
          confirmLabel={t("confirmDemoteYes")}
          danger
          pending={pending}
          error={error}
          confirmRef={confirmRef}
          onConfirm={confirm}
          onCancel={() => setProposed(null)}
        />
      ) : null}
    </div>
  );
}
