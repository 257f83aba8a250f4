"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { updateInvestmentAction } from "@/lib/investments/actions";
import { HeaderFields, type HeaderDraft } from "./header-fields";

type Props = { slug: string; investmentId: string; revision: number; approved: boolean; initial: HeaderDraft };

export function EditHeaderForm({ slug, investmentId, revision, approved, initial }: Props) {
  const t = useTranslations("investments");
  const router = useRouter();
  const [header, setHeader] = useState(initial);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<{ id: string; revision: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const outcome = await updateInvestmentAction({ workspaceSlug: slug, investmentId, revision, ...header, reason });
      setResult(outcome);
      if (outcome.ok) router.push(`/w/${slug}/investments/${investmentId}`);
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <HeaderFields value={header} onChange={setHeader} errors={errors} />
      {approved ? (
        <TextField label={t("reason")} name="reason" value={reason} onChange={(event) => setReason(event.target.value)} hint={t("reasonHeaderHint")} error={errors.reason?.[0]} />
      ) : null}
      <FormStatus result={result} />
      <Button pending={pending}>{t("saveDetails")}</Button>
    </form>
  );
}
