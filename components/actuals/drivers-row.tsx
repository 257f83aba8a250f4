"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/errors";
import { GridInput } from "./grid-input";

type Props = {
  id: string;
  idPrefix: string;
  month: string;
  index: number;
  columns: number;
  drivers: Record<string, string>;
  errors: FieldErrors;
  busy: boolean;
  onDriver: (driver: string, text: string) => void;
};

/** The month's benefit per driver (the plan's benefit lines); the benefit becomes their exact sum. */
export function DriversRow({ id, idPrefix, month, index, columns, drivers, errors, busy, onDriver }: Props) {
  const t = useTranslations("actuals");
  return (
    <tr id={id} className="border-b bg-gray-50">
      <td colSpan={columns} className="px-2 py-2">
        <fieldset className="flex flex-wrap items-start gap-4">
          <legend className="mb-1 text-xs font-medium text-gray-700">{t("driversOf", { month })}</legend>
          {Object.keys(drivers).map((driver, i) => (
            <div key={driver} className="text-xs text-gray-700">
              <span className="mb-1 block" aria-hidden="true">
                {driver}
              </span>
              <GridInput
                id={`${idPrefix}-${i}`}
                label={t("driverLabel", { driver, month })}
                value={drivers[driver] ?? ""}
                onValue={(text) => onDriver(driver, text)}
                row={index}
                col={`driver:${driver}`}
                inputMode="decimal"
                className="w-32 text-right"
                error={errors[`benefitByDriver.${driver}`]?.[0]}
                readOnly={busy}
              />
            </div>
          ))}
        </fieldset>
      </td>
    </tr>
  );
}
