"use client";

import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useMemo } from "react";
import { buildPlanDefinition } from "@/lib/investments/definition";
import { draftToPlan } from "@/lib/investments/plan-draft";
import type { PlanDocument } from "@/lib/investments/schemas";
import { evaluateInput, formatValidationError } from "@/lib/roi";
import { readWholeNumber } from "@/lib/shared/whole-number";
import { LiveStatus } from "@/components/ui/form-status";
import { formatPercent, formatPeriod } from "@/lib/i18n/format";
import { ForecastSummary } from "./forecast-summary";
import { PaybackProbability } from "./payback-probability";
import { TornadoChart } from "./tornado-chart";

type Header = { name: string; currency: string; startMonth: string; horizonMonths: string | number };
type Props = {
  header: Header;
  plan: PlanDocument;
  /** The workspace's default discount rate in % (null: the engine's 8%); the plan's own rate wins. */
  workspaceDiscountRatePct?: string | null;
};

/**
 * Recomputes the forecast in the browser with the same engine as the server, on every change,
 * with the risk figures: the probability of payback (the seeded simulation takes a few ms) and
 * the sensitivity tornado. It works on a deferred copy of
 * the plan, so typing stays smooth: React shows the last forecast until the new one is ready.
 */
export function LiveForecast({ header, plan, workspaceDiscountRatePct = null }: Props) {
  const t = useTranslations("forecast");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const deferredPlan = useDeferredValue(plan);
  const deferredHeader = useDeferredValue(header);
  const outcome = useMemo(() => {
    const horizon = readWholeNumber(String(deferredHeader.horizonMonths));
    const definition = buildPlanDefinition(
      { name: deferredHeader.name || "—", currency: deferredHeader.currency || "EUR", startMonth: deferredHeader.startMonth, horizonMonths: horizon ?? 0 },
      draftToPlan(deferredPlan, locale),
    );
    return evaluateInput(definition, {
      active: false,
      risk: true,
      ...(workspaceDiscountRatePct !== null ? { discountRatePct: workspaceDiscountRatePct } : {}),
    });
  }, [deferredHeader, deferredPlan, locale, workspaceDiscountRatePct]);

  // Screen readers hear the expected scenario's ROI and payback as they change, not the whole panel.
  const expected = outcome.ok ? outcome.result.scenarios.expected : undefined;
  const paybackPeriod = expected?.totals.paybackMonth ? expected.months[expected.totals.paybackMonth - 1]?.period : undefined;
  const summary = expected
    ? t("liveSummary", {
        roi: expected.totals.roiPct === null ? t("roiUndefined") : formatPercent(expected.totals.roiPct, locale),
        payback:
          expected.totals.paybackMonth === null
            ? t("noPayback")
            : t("paybackAt", { month: expected.totals.paybackMonth, period: paybackPeriod ? formatPeriod(paybackPeriod, locale) : "" }),
      })
    : null;

  return (
    <section aria-labelledby="live-forecast-heading" className="rounded-lg border border-blue-100 bg-blue-50/40 p-4">
      <LiveStatus className="sr-only">{summary}</LiveStatus>
      <h2 id="live-forecast-heading" className="mb-3 text-sm font-semibold text-blue-900">
        {t("liveTitle")}
      </h2>
      {outcome.ok ? (
        <div className="space-y-4">
          <ForecastSummary result={outcome.result} compact />
          {outcome.result.risk ? (
            <>
              <PaybackProbability simulation={outcome.result.risk.simulation} currency={outcome.result.currency} compact />
              <TornadoChart sensitivity={outcome.result.risk.sensitivity} currency={outcome.result.currency} />
            </>
          ) : null}
        </div>
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
