"use client";

import { useLocale, useTranslations } from "next-intl";
import { readRangePct, rangeTextOf, withRangeText, type RangeSide } from "@/lib/investments/item-range";
import { PlanInput } from "./plan-input";

type Item = Record<string, unknown>;
type Props = {
  /** The id prefix of the item's fields ("plan-costs-0"). */
  base: string;
  item: Item;
  onChange: (item: Item) => void;
  /** The engine's error for `range.low` / `range.high` of this item (after saving). */
  errorOf: (key: string) => string | undefined;
  disabled?: boolean;
};

/**
 * How uncertain an item is, as a business owner says it: "could be 40% lower, 30% higher".
 * Stored as format v1's multipliers (0.6 and 1.3) by draftToPlan; what cannot be read is
 * named here, in words, before the engine sees it.
 */
export function ItemRangeFields({ base, item, onChange, errorOf, disabled }: Props) {
  const t = useTranslations("planRisk");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const text = rangeTextOf(item, locale);
  const problemOf = (side: RangeSide) => {
    const reading = readRangePct(text[side], side);
    return reading.ok ? undefined : t(`rangeProblems.${reading.problem}`);
  };
  const fields: { side: RangeSide; engineKey: string }[] = [
    { side: "down", engineKey: "range.low" },
    { side: "up", engineKey: "range.high" },
  ];
  return (
    <fieldset className="mt-3 min-w-0 rounded-md border border-dashed border-gray-300 p-2" aria-describedby={`${base}-range-hint`}>
      <legend className="px-1 text-xs font-semibold text-gray-600">{t("rangeLegend")}</legend>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {fields.map(({ side, engineKey }) => (
          <PlanInput
            key={side}
            id={`${base}-range-${side}`}
            label={t(side === "down" ? "rangeDown" : "rangeUp")}
            value={text[side]}
            onChange={(v) => onChange(withRangeText(item, side, v, locale))}
            error={problemOf(side) ?? errorOf(engineKey) ?? errorOf("range")}
            inputMode="decimal"
            disabled={disabled}
          />
        ))}
      </div>
      <p id={`${base}-range-hint`} className="mt-1 text-xs text-gray-500">
        {t("rangeHint")}
      </p>
    </fieldset>
  );
}
