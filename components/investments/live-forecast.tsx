"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { buildPlanDefinition } from "@/lib/investments/definition";
import { draftToPlan } from "@/lib/investments/plan-draft";
import type { PlanDocument } from "@/lib/investments/schemas";
import { evaluateInput, formatValidationError } from "@/lib/roi";
import { readWholeNumber } from "@/lib/shared/whole-number";
import { ForecastSummary } from "./forecast-summary";

type Header = { name: string; currency: string; startMonth: string; horizonMonths: string | number };

/** Recomputes the forecast in the browser with the same engine as the server, on every keystroke. */
export function LiveForecast({ header, plan }: { header: Header; plan: PlanDocument }) {
  const t = useTranslations("forecast");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const outcome = useMemo(() => {
    const horizon = readWholeNumber(String(header.horizonMonths));
    const definition = buildPlanDefinition(
      { name: header.name || "—", currency: header.currency || "EUR", startMonth: header.startMonth, horizonMonths: horizon ?? 0 },
      draftToPlan(plan, locale),
    );
    return evaluateInput(definition, { active: false });
  }, [header.name, header.currency, header.startMonth, header.horizonMonths, plan, locale]);

  return (
    <section aria-labelledby="live-forecast-heading" aria-live="polite" className="rounded-lg border border-blue-100 bg-blue-50/40 p-4">
      <h2 id="live-forecast-heading" className="mb-3 text-sm font-semibold text-blue-900">
        {t("liveTitle")}
      </h2>
      {outcome.ok ? (
        <ForecastSummary result={outcome.result} compact />
      ) : (
        <div className="text-sm text-gray-700">
          <p>{t("fixToSee")}</p>
          <ul className="mt-1 list-disc pl-5 text-xs text-red-800">
            {outcome.errors.slice(0, 8).map((error) => (
              <li key={`${error.path}-${error.message}`}>{formatValidationError(error)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
