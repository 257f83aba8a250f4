import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { tornadoLayoutOf, type TornadoBar, type TornadoSegment } from "@/lib/investments/discounted-figures";
import type { SensitivityResult } from "@/lib/roi";
import { signedMoney } from "@/components/month/signed";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";

type Props = { sensitivity: SensitivityResult; currency: string };

/**
 * The sensitivity tornado: per driver two bars, at −20% and +20%, left of the centre line when
 * the NPV falls below the base and right when it rises. Every bar carries its sign and amount
 * as text (not colour alone); the table below gives every figure exactly.
 */
export function TornadoChart({ sensitivity, currency }: Props) {
  const t = useTranslations("risk");
  const tPlan = useTranslations("plan");
  const locale = useLocale() as UiLocale;
  const headingId = useId();
  const layout = tornadoLayoutOf(sensitivity);
  const change = layout.changePct;
  const money = (value: number) => formatMoney(value, locale, currency);
  const signed = (value: number) => signedMoney(value, locale, currency);
  const labelOf = (bar: TornadoBar) => (bar.kind === "input" && tPlan.has(`fields.${bar.label}`) ? tPlan(`fields.${bar.label}`) : bar.label);

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="tornado">
      <h3 id={headingId} className="text-sm font-semibold">{t("tornadoTitle")}</h3>
      <p className="text-xs text-gray-600">{t("tornadoIntro", { change, base: money(layout.baseNpv) })}</p>
      {layout.bars.length === 0 ? (
        <p className="text-sm text-gray-600">{t("tornadoEmpty")}</p>
      ) : (
        <>
          <ol className="space-y-3">
            {layout.bars.map((bar) => (
              <li key={bar.path} data-testid={`tornado-${bar.path}`}>
                <p className="text-sm">
                  <span className="font-medium">{labelOf(bar)}</span>{" "}
                  <span className="text-xs text-gray-500">({t(`kinds.${bar.kind}`)}{bar.clamped ? `, ${t("clamped")}` : ""})</span>
                </p>
                <BarRow side={t("atLow", { change })} segment={bar.low} text={signed(bar.low.npvDelta)} />
                <BarRow side={t("atHigh", { change })} segment={bar.high} text={signed(bar.high.npvDelta)} />
              </li>
            ))}
          </ol>
          {layout.hidden > 0 ? <p className="text-xs text-gray-500">{t("tornadoMore", { count: layout.hidden })}</p> : null}
          <details className="text-xs">
            <summary className="cursor-pointer text-blue-700 underline">{t("tornadoCaption")}</summary>
            <ScrollRegion label={t("tornadoCaption")} className="mt-2">
              <table className="min-w-full text-left" data-testid="tornado-table">
                <caption className="sr-only">{t("tornadoCaption")}</caption>
                <thead className="border-b uppercase text-gray-500">
                  <tr>
                    <th scope="col" className={`py-1 pr-3 ${stickyCell()}`}>{t("driver")}</th>
                    <th scope="col" className="py-1 pr-3 text-right">{t("npvLow", { change })}</th>
                    <th scope="col" className="py-1 pr-3 text-right">{t("npvHigh", { change })}</th>
                    <th scope="col" className="py-1 pr-3 text-right">{t("swing")}</th>
                    <th scope="col" className="py-1 pr-3 text-right">{t("roiLow", { change })}</th>
                    <th scope="col" className="py-1 text-right">{t("roiHigh", { change })}</th>
                  </tr>
                </thead>
                <tbody>
                  {layout.bars.map((bar) => (
                    <tr key={bar.path} className="border-b last:border-0">
                      <th scope="row" className={`py-1 pr-3 font-normal ${stickyCell()}`}>{labelOf(bar)}</th>
                      <td className="py-1 pr-3 text-right tabular-nums">{money(bar.low.npv)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{money(bar.high.npv)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{money(bar.npvSwing)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{formatPercent(bar.low.roiPct, locale)}</td>
                      <td className="py-1 text-right tabular-nums">{formatPercent(bar.high.roiPct, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </section>
  );
}

/** One side of a driver: its label, the bar from the centre line, and the NPV change as text. */
function BarRow({ side, segment, text }: { side: string; segment: TornadoSegment; text: string }) {
  const lower = segment.npvDelta < 0;
  return (
    // A fixed value column keeps every bar's track, and so its zero line, at the same place.
    <div className="mt-1 grid grid-cols-[4.5rem_minmax(0,1fr)_7.5rem] items-center gap-2 text-xs">
      <span className="text-gray-600">{side}</span>
      <div className="relative h-3 rounded bg-gray-100" aria-hidden="true">
        <span className="absolute inset-y-0 left-1/2 w-px bg-gray-500" />
        <span
          className={`absolute inset-y-0 rounded ${lower ? "bg-red-400" : "bg-emerald-500"}`}
          style={{ left: `${segment.startPct}%`, width: `${segment.widthPct}%` }}
        />
      </div>
      <span className="text-right tabular-nums">{text}</span>
    </div>
  );
}
