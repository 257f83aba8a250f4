"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SelectHTMLAttributes } from "react";
import { describedBy, inputClass, Messages, useFieldId } from "@/components/ui/field";
import { ISO_CURRENCIES } from "@/lib/shared/currencies";
import { CURRENCIES } from "@/lib/workspaces/schemas";

const COMMON: readonly string[] = CURRENCIES;
const OTHERS = ISO_CURRENCIES.filter((code) => !COMMON.includes(code));

const names = new Map<string, Intl.DisplayNames | null>();
function currencyName(code: string, locale: string): string | null {
  if (!names.has(locale)) {
    try {
      names.set(locale, new Intl.DisplayNames([locale], { type: "currency" }));
    } catch {
      names.set(locale, null);
    }
  }
  const name = names.get(locale)?.of(code);
  return name && name !== code ? name : null;
}

type Props = {
  label: string;
  name: string;
  defaultValue?: string;
  value?: string;
  error?: string;
  hint?: string;
  /** An empty first choice ("any currency") for filters. */
  emptyLabel?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "defaultValue" | "value">;

/**
 * Every active ISO 4217 currency, the common ones first, each with its name in the user's
 * language ("USD · US dollar"). A code stored before the ISO check stays choosable.
 */
export function CurrencySelect({ label, name, defaultValue, value, error, hint, emptyLabel, id: givenId, ...props }: Props) {
  const t = useTranslations("rates.currencySelect");
  const locale = useLocale();
  const id = useFieldId(givenId);
  const current = value ?? defaultValue;
  const legacy = current && current !== "" && !ISO_CURRENCIES.includes(current) ? current : null;
  const option = (code: string) => {
    const full = currencyName(code, locale);
    return (
      // Names come from the platform's ICU data, which may differ a little between server and browser.
      <option key={code} value={code} suppressHydrationWarning>
        {full ? `${code} · ${full}` : code}
      </option>
    );
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        {...(value !== undefined ? { value } : { defaultValue })}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
        {...props}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {legacy ? <option value={legacy}>{legacy}</option> : null}
        <optgroup label={t("common")}>{COMMON.map(option)}</optgroup>
        <optgroup label={t("all")}>{OTHERS.map(option)}</optgroup>
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}
