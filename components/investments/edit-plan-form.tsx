"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { savePlanAction } from "@/lib/investments/actions";
import { draftToPlan } from "@/lib/investments/plan-draft";
import type { PlanDocument } from "@/lib/investments/schemas";
import type { HeaderDraft } from "./header-fields";
import { LiveForecast } from "./live-forecast";
import { PlanEditor } from "./plan-editor";

type Props = {
  slug: string;
  investmentId: string;
  revision: number;
  approved: boolean;
  header: HeaderDraft;
  initialPlan: PlanDocument;
  /** The workspace's default discount rate in % (null: the engine's 8%). */
  workspaceDiscountRatePct?: string | null;
};

export function EditPlanForm({ slug, investmentId, revision, approved, header, initialPlan, workspaceDiscountRatePct = null }: Props) {
  const t = useTranslations("investments");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const router = useRouter();
  const [plan, setPlan] = useState(initialPlan);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<{ revision: number; version: number | null }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const outcome = await savePlanAction({ workspaceSlug: slug, investmentId, revision, plan: JSON.stringify(draftToPlan(plan, locale)), reason });
      setResult(outcome);
      if (outcome.ok) router.push(`/w/${slug}/investments/${investmentId}`);
      else document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" noValidate>
      <div className="space-y-6">
        <PlanEditor plan={plan} onChange={setPlan} errors={errors} currency={header.currency} workspaceDiscountRatePct={workspaceDiscountRatePct} />
        {approved ? (
          <TextField
            label={t("reason")}
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            hint={t("reasonHint")}
            error={errors.reason?.[0]}
            required
          />
        ) : null}
        <FormStatus result={result} />
        <Button pending={pending}>{approved ? t("saveNewVersion") : t("savePlan")}</Button>
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <LiveForecast header={header} plan={plan} workspaceDiscountRatePct={workspaceDiscountRatePct} />
      </div>
    </form>
  );
}
