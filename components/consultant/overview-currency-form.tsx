"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CurrencySelect } from "@/components/rates/currency-select";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { setOverviewCurrencyAction } from "@/lib/accounts/actions";

/**
 * "Show in: EUR" on the consultant overview: the signed-in user's own overview currency
 * (stored on the user, so it holds on every device), any active ISO 4217 code.
 */
export function OverviewCurrencyForm({ currency }: { currency: string }) {
  const t = useTranslations("consultant");
  const router = useRouter();
  const form = useActionForm(setOverviewCurrencyAction, { onSuccess: () => router.refresh() });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-2" noValidate data-testid="overview-currency-form">
      <div className="w-64">
        <CurrencySelect label={t("showIn")} name="currency" id="overview-currency" defaultValue={currency} hint={t("showInHint")} error={form.fieldError("currency")} />
      </div>
      <Button variant="secondary" pending={form.pending}>
        {t("showInSubmit")}
      </Button>
      {form.result && !form.result.ok ? (
        <div className="basis-full">
          <FormStatus result={form.result} />
        </div>
      ) : null}
    </form>
  );
}
