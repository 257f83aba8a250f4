"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { createInvestmentAction } from "@/lib/investments/actions";
import { draftToPlan } from "@/lib/investments/plan-draft";
import type { PlanDocument } from "@/lib/investments/schemas";
import { HeaderFields, type HeaderDraft } from "./header-fields";
import { LiveForecast } from "./live-forecast";
import { PlanEditor } from "./plan-editor";

type Props = {
  slug: string;
  initialHeader: HeaderDraft;
  initialPlan: PlanDocument;
  /** The workspace's default discount rate in % (null: the engine's 8%). */
  workspaceDiscountRatePct?: string | null;
};

export function NewInvestmentForm({ slug, initialHeader, initialPlan, workspaceDiscountRatePct = null }: Props) {
  const t = useTranslations("investments");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const router = useRouter();
  const [header, setHeader] = useState(initialHeader);
  const [plan, setPlan] = useState(initialPlan);
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? result.fieldErrors : {};

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const outcome = await createInvestmentAction({ workspaceSlug: slug, ...header, plan: JSON.stringify(draftToPlan(plan, locale)) });
      setResult(outcome);
      if (outcome.ok) router.push(`/w/${slug}/investments/${outcome.data.id}`);
      else document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" noValidate>
      <div className="space-y-6">
        <HeaderFields value={header} onChange={setHeader} errors={errors} />
        <PlanEditor plan={plan} onChange={setPlan} errors={errors} currency={header.currency} workspaceDiscountRatePct={workspaceDiscountRatePct} />
        <FormStatus result={result} />
        <Button pending={pending}>{t("create")}</Button>
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <LiveForecast header={header} plan={plan} workspaceDiscountRatePct={workspaceDiscountRatePct} />
      </div>
    </form>
  );
}
