import { getTranslations } from "next-intl/server";
import { RoiBandChart } from "@/components/charts/investment-charts";
import { ActualsComparison } from "@/components/investments/actuals-comparison";
import { ForecastSummary } from "@/components/investments/forecast-summary";
import { Card } from "@/components/ui/card";
import { buildRoiLines } from "@/lib/dashboard/investment-charts";
import type { VisibleLeak } from "@/lib/dashboard/summarise-investment";
import type { RoiResult } from "@/lib/roi";
import { SharedLeaks } from "./shared-leaks";

type Props = { name: string; result: RoiResult; leaks: VisibleLeak[]; percentOnly: boolean };

export async function SharedInvestment({ name, result, leaks, percentOnly }: Props) {
  const t = await getTranslations("dashboard");
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold">{name}</h2>
      <Card><ForecastSummary result={result} compact={percentOnly} hideAmounts={percentOnly} /></Card>
      <Card><RoiBandChart points={buildRoiLines(result)} title={t("investmentRoiTitle")} /></Card>
      {result.actuals && !percentOnly ? <Card><ActualsComparison actuals={result.actuals} currency={result.currency} /></Card> : null}
      <Card title={t("leaksTitle")}><SharedLeaks leaks={leaks} percentOnly={percentOnly} /></Card>
    </div>
  );
}
