"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateDiscountRateAction } from "@/lib/workspaces/actions";

type Props = { slug: string; /** The stored default in % ("7.5"), null when the engine's 8% applies. */ value: string | null };

/** The owner's default annual discount rate for NPV, IRR and discounted payback; empty = the engine's 8%. */
export function DiscountRateForm({ slug, value }: Props) {
  const t = useTranslations("discountRateSetting");
  const router = useRouter();
  const id = useId();
  const form = useActionForm(updateDiscountRateAction, { extra: { workspaceSlug: slug }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate data-testid="discount-rate-form">
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <div className="sm:w-1/2">
        <TextField
          id={id}
          label={t("label")}
          name="discountRatePct"
          inputMode="decimal"
          defaultValue={value ?? ""}
          placeholder="8"
          hint={t("hint")}
          error={form.fieldError("discountRatePct")}
        />
      </div>
      <FormStatus result={form.result} success={t("saved")} />
      <Button pending={form.pending}>{t("save")}</Button>
    </form>
  );
}
