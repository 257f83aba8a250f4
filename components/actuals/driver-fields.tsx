"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/errors";
import { GridInput } from "./grid-input";

type Props = {
  idPrefix: string;
  month: string;
  index: number;
  drivers: Record<string, string>;
  errors: FieldErrors;
  busy: boolean;
  onDriver: (driver: string, text: string) => void;
  /** "grid": side by side, each named with its month; "form": stacked under visible labels. */
  layout: "grid" | "form";
};

/** The month's benefit per driver (the plan's benefit lines); the benefit becomes their exact sum. */
export function DriverFields({ idPrefix, month, index, drivers, errors, busy, onDriver, layout }: Props) {
  const t = useTranslations("actuals");
  const form = layout === "form";
  return (
    <fieldset className={form ? "space-y-3" : "flex flex-wrap items-start gap-4"}>
      <legend className={`mb-1 font-medium text-gray-700 ${form ? "text-sm" : "text-xs"}`}>
        {t("driversOf", { month })}
      </legend>
      {Object.keys(drivers).map((driver, i) => (
        <div key={driver} className="text-xs text-gray-700">
          {form ? null : (
            <span className="mb-1 block" aria-hidden="true">
              {driver}
            </span>
          )}
          <GridInput
            id={`${idPrefix}-${i}`}
            label={form ? driver : t("driverLabel", { driver, month })}
            showLabel={form}
            value={drivers[driver] ?? ""}
            onValue={(text) => onDriver(driver, text)}
            row={index}
            col={`driver:${driver}`}
            inputMode="decimal"
            className={form ? "w-full py-2 text-right text-base" : "w-32 text-right"}
            error={errors[`benefitByDriver.${driver}`]?.[0]}
            readOnly={busy}
          />
        </div>
      ))}
    </fieldset>
  );
}
