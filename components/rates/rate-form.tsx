"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { UiLocale } from "@/lib/i18n/locales";
import { saveRateAction } from "@/lib/rates/actions";
import { CurrencySelect } from "./currency-select";

type Props = {
  slug: string;
  /** The workspace's reporting currency: the default "to". */
  reportingCurrency: string;
  /** From the page's ?from=&to=&month= (a "rate missing" notice links here). */
  prefill: { from?: string; to?: string; month?: string };
  defaultMonth: string;
};

/** Adds one month's rate by hand. A month that has a rate already is named, with the choice to replace it. */
export function RateForm({ slug, reportingCurrency, prefill, defaultMonth }: Props) {
  const t = useTranslations("rates.form");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useActionForm(saveRateAction, {
    extra: { workspaceSlug: slug, locale },
    onSuccess: () => {
      const data = new FormData(formRef.current ?? undefined);
      setSaved(t("saved", { from: String(data.get("from")), to: String(data.get("to")), month: String(data.get("month")) }));
      const rate = formRef.current?.querySelector<HTMLInputElement>('[name="rate"]');
      if (rate) rate.value = "";
      router.refresh();
    },
  });
  // A CONFLICT under "month" names the month's existing rate: it may be replaced.
  const existing = form.result && !form.result.ok && form.result.error === "CONFLICT" ? form.fieldError("month") : undefined;

  function replaceExisting() {
    if (!formRef.current || !replaceRef.current) return;
    replaceRef.current.value = "on";
    formRef.current.requestSubmit();
    replaceRef.current.value = "";
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        setSaved(null);
        form.onSubmit(event);
      }}
      className="space-y-4"
      noValidate
      data-testid="rate-form"
    >
      {prefill.from || prefill.to || prefill.month ? <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("prefilled")}</p> : null}
      <input ref={replaceRef} type="hidden" name="replace" defaultValue="" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <CurrencySelect id={`${id}-from`} label={t("from")} name="from" defaultValue={prefill.from ?? (reportingCurrency === "EUR" ? "USD" : "EUR")} error={form.fieldError("from")} />
        <CurrencySelect id={`${id}-to`} label={t("to")} name="to" defaultValue={prefill.to ?? reportingCurrency} error={form.fieldError("to")} />
        <TextField
          id={`${id}-month`}
          label={t("month")}
          name="month"
          type="month"
          placeholder="2026-07"
          defaultValue={prefill.month ?? defaultMonth}
          hint={t("monthHint")}
          error={existing ? undefined : form.fieldError("month")}
          required
        />
        <TextField
          id={`${id}-rate`}
          label={t("rate")}
          name="rate"
          inputMode="decimal"
          autoComplete="off"
          placeholder={locale === "nl" ? "1,0823" : "1.0823"}
          hint={t("rateHint")}
          error={form.fieldError("rate")}
          required
        />
      </div>
      {existing ? (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="rate-exists">
          <p>{existing}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" variant="danger" pending={form.pending} onClick={replaceExisting}>
              {t("replace")}
            </Button>
          </div>
        </div>
      ) : null}
      <FormStatus result={existing ? null : form.result} success={saved ?? undefined} />
      <Button pending={form.pending}>{form.pending ? t("saving") : t("save")}</Button>
    </form>
  );
}
