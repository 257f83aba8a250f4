import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ConversionSummary } from "@/lib/portfolio/roll-up";

/** At most this many missing rates are named; the count says how many there are. */
const SHOWN = 6;

export const addRateHref = (slug: string, rate: { from: string; to: string; period: string }) =>
  `/w/${encodeURIComponent(slug)}/rates?${new URLSearchParams({ from: rate.from, to: rate.to, month: rate.period }).toString()}`;

/**
 * Says when converted totals are incomplete (which rates are missing, each with a link to
 * add it for people who may) and which forecasts used the latest known rate. Nothing when
 * every amount converted at its own month's rate.
 */
export function ConversionNotice({ conversion, slug, canEdit }: { conversion: ConversionSummary; slug: string | null; canEdit: boolean }) {
  const t = useTranslations("conversion");
  if (conversion.complete && conversion.fallbacks.length === 0) return null;
  const shown = conversion.missing.slice(0, SHOWN);
  return (
    <div className="space-y-1 text-sm" data-testid="conversion-notice">
      {!conversion.complete ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid="conversion-incomplete">
          <p className="font-medium">{t("incomplete", { count: conversion.missing.length })}</p>
          <ul className="mt-1 space-y-0.5">
            {shown.map((m) => (
              <li key={`${m.from}${m.to}${m.period}`} data-testid="missing-rate">
                {t("missing", m)}
                {canEdit && slug ? (
                  <>
                    {" · "}
                    <Link href={addRateHref(slug, m)} className="text-blue-800 underline">
                      {t("addRate")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
            {conversion.missing.length > SHOWN ? <li>{t("moreMissing", { count: conversion.missing.length - SHOWN })}</li> : null}
          </ul>
        </div>
      ) : null}
      {conversion.fallbacks.length > 0 ? (
        <ul className="text-gray-700" data-testid="conversion-fallbacks">
          {conversion.fallbacks.map((f) => (
            <li key={`${f.from}${f.to}${f.usedPeriod}`}>{t("fallback", { from: f.from, months: f.months, period: f.usedPeriod })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
