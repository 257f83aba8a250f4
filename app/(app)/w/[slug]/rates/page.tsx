import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RateFilter } from "@/components/rates/rate-filter";
import { RateForm } from "@/components/rates/rate-form";
import { RateImport } from "@/components/rates/rate-import";
import { RateTable } from "@/components/rates/rate-table";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/roles";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { currentPeriod } from "@/lib/investments/months";
import { countRates, listRates, rateFilterChoices, rateJson, type RateFilter as Filter } from "@/lib/rates/queries";
import { checkPeriodText, FIRST_YEAR, LAST_YEAR } from "@/lib/shared/calendar-range";
import { isIsoCurrency } from "@/lib/shared/currencies";

type SearchParams = Record<string, string | string[] | undefined>;

const ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
const ECB_DATA_PORTAL_URL = "https://data.ecb.europa.eu/data/datasets/EXR";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const currencyParam = (value: string | string[] | undefined) => {
  const code = first(value).trim().toUpperCase();
  return isIsoCurrency(code) ? code : undefined;
};

/** ?from=USD&to=EUR&month=2026-07 (a "rate missing" notice links here): what the add form starts with. */
function readPrefill(params: SearchParams) {
  const month = first(params.month).trim();
  return {
    ...(currencyParam(params.from) ? { from: currencyParam(params.from) } : {}),
    ...(currencyParam(params.to) ? { to: currencyParam(params.to) } : {}),
    ...(checkPeriodText(month) === "ok" ? { month } : {}),
  };
}

/** ?pair=EUR-USD&year=2026: the table's filter; anything unreadable is ignored. */
function readFilter(params: SearchParams): { filter: Filter; pair: string; year: number | null } {
  const [from, to] = first(params.pair).split("-").map((code) => code.trim().toUpperCase());
  const pairOk = from !== undefined && to !== undefined && isIsoCurrency(from) && isIsoCurrency(to);
  const yearText = first(params.year).trim();
  const year = /^\d{4}$/.test(yearText) && Number(yearText) >= FIRST_YEAR && Number(yearText) <= LAST_YEAR ? Number(yearText) : null;
  return {
    filter: { ...(pairOk ? { from, to } : {}), ...(year ? { year } : {}) },
    pair: pairOk ? `${from}-${to}` : "",
    year,
  };
}

export default async function RatesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace, role } = await requireWorkspacePage((await params).slug, "viewer");
  const query = await searchParams;
  const prefill = readPrefill(query);
  const { filter, pair, year } = readFilter(query);
  const [t, rows, total, choices] = await Promise.all([
    getTranslations("rates"),
    listRates(workspace.id, filter),
    countRates(workspace.id, filter),
    rateFilterChoices(workspace.id),
  ]);
  const editable = canWrite(role);
  const filtered = Boolean(filter.from || filter.year);
  const tableRows = rows.map((row) => ({ id: row.id, ...rateJson(row) }));
  const link = (href: string) => (
    <a href={href} className="break-all text-blue-700 underline" rel="noopener noreferrer" target="_blank">
      {href}
    </a>
  );

  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <p className="max-w-prose text-sm text-gray-700">{t("intro")}</p>
        <p className="mt-3 text-sm text-gray-900" data-testid="reporting-currency">
          {t("reportingCurrency", { currency: workspace.currency })}{" "}
          {role === "owner" ? (
            <Link href={`/w/${workspace.slug}/settings`} className="text-blue-700 underline">
              {t("changeCurrency")}
            </Link>
          ) : (
            <span className="text-gray-600">{t("ownerChangesCurrency")}</span>
          )}
        </p>
        {editable ? null : <p className="mt-3 text-sm text-gray-600">{t("readOnly")}</p>}
      </Card>

      {editable ? (
        <Card title={t("form.title")}>
          <RateForm slug={workspace.slug} reportingCurrency={workspace.currency} prefill={prefill} defaultMonth={currentPeriod()} />
        </Card>
      ) : null}

      <Card title={t("table.title")}>
        {choices.pairs.length > 0 ? <RateFilter slug={workspace.slug} pairs={choices.pairs} years={choices.years} pair={pair} year={year} /> : null}
        {tableRows.length > 0 ? (
          <>
            <RateTable slug={workspace.slug} rows={tableRows} canEdit={editable} />
            {total > tableRows.length ? <p className="mt-3 text-sm text-gray-600">{t("table.truncated", { shown: tableRows.length, total })}</p> : null}
          </>
        ) : filtered ? (
          <p className="text-sm text-gray-600">{t("table.noMatch")}</p>
        ) : (
          <div className="max-w-prose space-y-2 text-sm text-gray-700" data-testid="rates-empty">
            <p className="font-medium text-gray-900">{t("empty.title")}</p>
            <p>{t("empty.manual")}</p>
            <p>{t("empty.ecb")}</p>
            <p>{t("empty.plain")}</p>
          </div>
        )}
      </Card>

      {editable ? (
        <Card title={t("import.title")}>
          <div className="mb-4 max-w-prose space-y-2 text-sm text-gray-700">
            <p>{t("import.intro")}</p>
            <p>
              {t("import.ecbHistory")} {link(ECB_HISTORY_URL)}
            </p>
            <p>
              {t("import.ecbPortal")} {link(ECB_DATA_PORTAL_URL)}
            </p>
            <p>{t("import.plain")}</p>
          </div>
          <RateImport slug={workspace.slug} />
        </Card>
      ) : null}
    </div>
  );
}
