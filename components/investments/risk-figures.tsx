import type { RoiResult } from "@/lib/roi";
import { PaybackProbability } from "./payback-probability";
import { TornadoChart } from "./tornado-chart";

/** The risk of the expected scenario: the sensitivity tornado and the simulation (when the result has them). */
export function RiskFigures({ result, editHref = null }: { result: RoiResult; editHref?: string | null }) {
  if (!result.risk) return null;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <TornadoChart sensitivity={result.risk.sensitivity} currency={result.currency} />
      <PaybackProbability simulation={result.risk.simulation} currency={result.currency} editHref={editHref} />
    </div>
  );
}
