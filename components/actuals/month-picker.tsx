"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export type MonthOption = { period: string; month: string; status: string };

type Props = { options: MonthOption[]; value: string; onChange: (period: string) => void };

/**
 * Which month the month-by-month form shows: a list naming each month's status, and the
 * months before and after. At either end the button stays focusable (aria-disabled), so
 * keyboard focus is never dropped.
 */
export function MonthPicker({ options, value, onChange }: Props) {
  const t = useTranslations("actuals");
  const id = useId();
  const at = options.findIndex((option) => option.period === value);
  const previous = at > 0 ? options[at - 1] : undefined;
  const next = at >= 0 ? options[at + 1] : undefined;
  const step = (option: MonthOption | undefined) => {
    if (option) onChange(option.period);
  };
  const stepClass = "flex-1 aria-disabled:cursor-not-allowed aria-disabled:text-gray-400 aria-disabled:hover:bg-white";
  return (
    <div className="space-y-2">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-gray-800">
          {t("columns.month")}
        </label>
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass}>
          {options.map((option) => (
            <option key={option.period} value={option.period}>
              {t("monthOption", { month: option.month, status: option.status })}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <Button
          type="button"
          variant="secondary"
          className={stepClass}
          aria-disabled={!previous}
          aria-label={previous ? t("previousMonthOf", { month: previous.month }) : undefined}
          onClick={() => step(previous)}
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("previousMonth")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          className={stepClass}
          aria-disabled={!next}
          aria-label={next ? t("nextMonthOf", { month: next.month }) : undefined}
          onClick={() => step(next)}
        >
          {t("nextMonth")}
          <span aria-hidden="true">&nbsp;→</span>
        </Button>
      </div>
    </div>
  );
}
