"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { importActualsCsvAction } from "@/lib/transfer/actions";
import { fieldErrorsToRowMessages } from "@/lib/transfer/csv-errors";
import { analyseActualsTable, suggestMapping, type CsvMapping, type DecimalFormat } from "@/lib/transfer/csv-parse";
import { CsvFilePicker } from "./csv-file-picker";
import { CsvMappingForm } from "./csv-mapping-form";
import { CsvPreview } from "./csv-preview";
import { useCsvErrorText } from "./use-csv-error-text";
import { useCsvFile } from "./use-csv-file";

type Props = {
  workspaceSlug: string;
  investment: { id: string; currency: string; startMonth: string; horizonMonths: number; existingPeriods: string[]; rememberedMapping: Partial<CsvMapping> | null };
  currentPeriod: string;
};
type Summary = { imported: number; created: number; replaced: number };

/** Choose a file → check the columns → preview every row → commit all or nothing. */
export function CsvImport({ workspaceSlug, investment, currentPeriod }: Props) {
  const t = useTranslations("transfer.csv");
  const router = useRouter();
  const errorText = useCsvErrorText();
  const file = useCsvFile();
  const [mapping, setMapping] = useState<Partial<CsvMapping>>({});
  const [decimalFormat, setDecimalFormat] = useState<DecimalFormat | "auto">("auto");
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [result, setResult] = useState<ActionResult<Summary> | null>(null);
  const [committing, startCommit] = useTransition();

  const analysis = useMemo(
    () =>
      file.table
        ? analyseActualsTable(file.table, { ...investment, mapping, decimalFormat, currentPeriod, replaceExisting })
        : null,
    [file.table, investment, mapping, decimalFormat, currentPeriod, replaceExisting],
  );

  async function choose(chosen: File) {
    setResult(null);
    const table = await file.choose(chosen);
    if (table) {
      setMapping(suggestMapping(table.headers, investment.rememberedMapping));
      setDecimalFormat("auto");
    }
  }

  function commit() {
    if (!analysis || !mapping.month || !mapping.cost || !mapping.benefit) return;
    const chosen = { month: mapping.month, cost: mapping.cost, benefit: mapping.benefit, ...(mapping.note ? { note: mapping.note } : {}) };
    startCommit(async () => {
      try {
        const outcome = await importActualsCsvAction({ workspaceSlug, investmentId: investment.id, csvText: file.text, mapping: chosen, decimalFormat, replaceExisting });
        setResult(outcome);
        if (outcome.ok) router.refresh();
      } catch {
        // The request itself failed (connection, or a body over the server's size limit).
        setResult({ ok: false, error: "INTERNAL", message: t("uploadFailed"), fieldErrors: {} });
      }
    });
  }

  const investmentHref = `/w/${workspaceSlug}/investments/${investment.id}`;
  // One live region for every step, in the page from the start: reading, what was read, importing, done.
  // Only the result is shown here; the other steps are on screen already (progress bar, preview, button).
  const progress = result?.ok
    ? t("done", { count: result.data.imported, created: result.data.created, replaced: result.data.replaced })
    : committing
      ? t("committing")
      : file.phase === "reading"
        ? t("reading")
        : analysis
          ? [
              t("previewCount", { rows: analysis.records.length, errors: analysis.errors.length }),
              analysis.skipped.length > 0 ? t("skippedCount", { count: new Set(analysis.skipped).size }) : null,
            ]
              .filter(Boolean)
              .join(" ")
          : null;
  const status = <LiveStatus className={result?.ok ? "rounded-md bg-green-50 p-3 text-sm text-green-800" : "sr-only"}>{progress}</LiveStatus>;
  if (result?.ok) {
    return (
      <div className="space-y-6">
        {status}
        <div className="flex flex-wrap gap-3">
          <Link href={investmentHref} className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
            {t("backToInvestment")}
          </Link>
          <Button type="button" variant="secondary" onClick={() => { file.reset(); setResult(null); setReplaceExisting(false); }}>
            {t("anotherFile")}
          </Button>
        </div>
      </div>
    );
  }

  const mappingError = (field: keyof CsvMapping) => {
    const error = analysis?.errors.find((e) => e.line === 1 && e.field === field);
    return error ? errorText(error) : undefined;
  };
  const existingInFile = analysis ? analysis.rows.filter((r) => r.replaces).length + analysis.errors.filter((e) => e.code === "MONTH_EXISTS").length : 0;
  const blocked = !analysis || analysis.errors.length > 0 || analysis.rows.length === 0;
  const serverErrors = result && !result.ok ? fieldErrorsToRowMessages(result.fieldErrors) : [];

  return (
    <div className="space-y-6">
      {status}
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <CsvFilePicker phase={file.phase} progress={file.progress} error={file.error ? errorText(file.error) : null} disabled={committing} onChoose={choose} />
      {file.table && analysis ? (
        <>
          <CsvMappingForm
            headers={file.table.headers}
            mapping={mapping}
            onMappingChange={setMapping}
            analysis={analysis}
            decimalFormat={decimalFormat}
            onDecimalFormatChange={setDecimalFormat}
            mappingError={mappingError}
          />
          <CsvPreview analysis={analysis} currency={investment.currency} errorText={errorText} />
          <div className="space-y-3 border-t border-gray-200 pt-4">
            <div className="flex items-start gap-2">
              <input id="csv-replace" type="checkbox" checked={replaceExisting} onChange={(e) => setReplaceExisting(e.target.checked)} aria-describedby="csv-replace-hint" className="mt-1 rounded border-gray-300" />
              <div>
                <label htmlFor="csv-replace" className="text-sm font-medium text-gray-800">{t("replaceExisting")}</label>
                <p id="csv-replace-hint" className="text-xs text-gray-500">{t("replaceHint", { count: existingInFile })}</p>
              </div>
            </div>
            {result && !result.ok ? (
              <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
                <p>{result.error === "INVALID_INPUT" ? t("commitRefused") : result.message}</p>
                {serverErrors.length > 0 ? (
                  <ul className="mt-2 list-disc pl-5">
                    {serverErrors.map((e, i) => (
                      <li key={i}>{e.line !== null ? `${t("lineLabel", { line: e.line })}: ` : ""}{e.message}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" onClick={commit} disabled={blocked} pending={committing} aria-describedby={blocked ? "csv-commit-blocked" : undefined}>
                {committing ? t("committing") : t("commit", { count: analysis.rows.length })}
              </Button>
              {committing ? <progress aria-label={t("committing")} className="h-2 w-48" /> : null}
              {blocked ? (
                <p id="csv-commit-blocked" className="text-sm text-gray-600">
                  {analysis.errors.length > 0 ? t("commitDisabled") : t("nothingToImport")}
                </p>
              ) : null}
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}
