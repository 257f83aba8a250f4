import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { DerivationStep, Figure } from "@/lib/investments/item-derivation";

type Props = { steps: DerivationStep[]; currency: string; label: string; testId?: string };

/** The arithmetic behind an item or a template, one sentence per step, in the reader's notation. */
export function ItemDerivation({ steps, currency, label, testId }: Props) {
  const t = useTranslations("planRisk.derivation");
  const locale = useLocale() as UiLocale;
  if (steps.length === 0) return null;
  // The header's currency may be half typed ("EU") while the plan is edited; Intl would throw.
  const shownCurrency = /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : "EUR";
  const show = (figure: Figure) =>
    figure.unit === "money"
      ? formatMoney(figure.value, locale, shownCurrency)
      : figure.unit === "pct"
        ? `${formatNumber(figure.value, locale)}%`
        : formatNumber(figure.value, locale);
  return (
    <ul aria-label={label} className="mt-2 space-y-0.5 text-xs text-gray-600" data-testid={testId}>
      {steps.map((step) => (
        <li key={step.key}>{t(step.key, Object.fromEntries(Object.entries(step.figures).map(([key, figure]) => [key, show(figure)])))}</li>
      ))}
    </ul>
  );
}
