"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LiveStatus } from "@/components/ui/form-status";
import { ScrollRegion, stickyCell } from "@/components/ui/scroll-region";
import type { ActionResult } from "@/lib/actions/result";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { confirmRateImportAction, previewRateImportAction } from "@/lib/rates/actions";
import type { RateImportResult } from "@/lib/rates/mutations";
import type { RateFilePreview } from "@/lib/rates/rate-file";
import { MAX_RATE_FILE_BYTES } from "@/lib/rates/schemas";

type Monthly = "average" | "last";
type Loaded = { name: string; text: string };
type Failure = Extract<ActionResult, { ok: false }>;

/** Upload → preview (layout, rates per pair, conflicts, problems by line) → keep / replace / cancel → import. */
export function RateImport({ slug }: { slug: string }) {
  const t = useTranslations("rates.import");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [monthly, setMonthly] = useState<Monthly>("average");
  const [preview, setPreview] = useState<RateFilePreview | null>(null);
  const [onConflict, setOnConflict] = useState<"keep" | "replace">("keep");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<RateImportResult | null>(null);
  const [checking, startChecking] = useTransition();
  const [importing, startImporting] = useTransition();

  function check(loaded: Loaded, rule: Monthly) {
    setPreview(null);
    setFailure(null);
    startChecking(async () => {
      const outcome = await previewRateImportAction({ workspaceSlug: slug, csvText: loaded.text, fileName: loaded.name, monthly: rule });
      if (outcome.ok) setPreview(outcome.data);
      else setFailure(outcome);
    });
  }

  async function choose(chosen: File) {
    reset(false);
    if (/\.zip$/i.test(chosen.name)) return setFileError(t("zipFile"));
    if (chosen.size > MAX_RATE_FILE_BYTES) return setFileError(t("tooLarge"));
    const loaded = { name: chosen.name, text: await chosen.text() };
    setFile(loaded);
    check(loaded, monthly);
  }

  function reset(clearInput = true) {
    setFile(null);
    setFileError(null);
    setPreview(null);
    setFailure(null);
    setDone(null);
    setOnConflict("keep");
    if (clearInput && fileRef.current) fileRef.current.value = "";
  }

  function confirm() {
    if (!file || !preview?.ok) return;
    setFailure(null);
    startImporting(async () => {
      const outcome = await confirmRateImportAction({
        workspaceSlug: slug,
        csvText: file.text,
        fileName: file.name,
        monthly,
        onConflict: preview.conflictCount > 0 ? onConflict : "fail",
      });
      if (!outcome.ok) return setFailure(outcome);
      reset();
      setDone(outcome.data);
      router.refresh();
    });
  }

  const n = (value: number) => formatNumber(value, locale, 0);
  const typed = (rate: string) => formatNumber(rate, locale, 10);

  return (
    <div className="space-y-4" data-testid="rate-import">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-gray-800">
            {t("file")}
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            disabled={checking || importing}
            aria-describedby={fileError ? `${id}-file-error` : `${id}-file-hint`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void choose(chosen);
            }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          />
          <p id={`${id}-file-hint`} className="mt-1 text-xs text-gray-500">
            {t("fileHint")}
          </p>
          {fileError ? (
            <p id={`${id}-file-error`} role="alert" className="mt-2 rounded-md bg-red-50 p-3 text-sm text-red-800">
              {fileError}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor={`${id}-monthly`} className="block text-sm font-medium text-gray-800">
            {t("monthly")}
          </label>
          <select
            id={`${id}-monthly`}
            value={monthly}
            disabled={checking || importing}
            aria-describedby={`${id}-monthly-hint`}
            onChange={(event) => {
              const rule = event.target.value as Monthly;
              setMonthly(rule);
              if (file) check(file, rule);
            }}
            className="mt-1 block w-full min-w-0 rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-600 focus:ring-blue-600"
          >
            <option value="average">{t("monthlyAverage")}</option>
            <option value="last">{t("monthlyLast")}</option>
          </select>
          <p id={`${id}-monthly-hint`} className="mt-1 text-xs text-gray-500">
            {t("monthlyHint")}
          </p>
        </div>
      </div>

      {/* One live region for every step, in the page from the start: checking, what the file holds, importing, done. */}
      <LiveStatus
        className={done ? "rounded-md bg-green-50 p-3 text-sm text-green-800" : checking ? "text-sm text-gray-700" : "sr-only"}
        testId={done ? "rate-import-done" : undefined}
      >
        {done
          ? t("done", { created: done.created, replaced: done.replaced, kept: done.kept, unchanged: done.unchanged })
          : checking
            ? t("checking")
            : importing
              ? t("importing")
              : preview?.ok
                ? t("summary", { total: preview.total, layout: t(`layouts.${preview.layout}`) })
                : null}
      </LiveStatus>

      {failure ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{failure.message}</p>
          {failure.fieldErrors.file?.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {failure.fieldErrors.file.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {preview && !preview.ok ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="rate-import-problems">
          <p className="font-medium">{t("problems", { count: preview.problemCount })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {preview.problems.map((problem, index) => (
              <li key={index}>{problem.text}</li>
            ))}
          </ul>
          {preview.problemCount > preview.problems.length ? <p className="mt-2">{t("moreProblems", { count: preview.problemCount - preview.problems.length })}</p> : null}
          <div className="mt-3">
            <Button type="button" variant="secondary" onClick={() => reset()}>
              {t("chooseAnother")}
            </Button>
          </div>
        </div>
      ) : null}

      {preview?.ok ? (
        <div className="space-y-4 rounded-md border border-gray-200 p-3 sm:p-4" data-testid="rate-import-preview">
          <p className="text-sm text-gray-800">
            {t("summary", { total: preview.total, layout: t(`layouts.${preview.layout}`) })}
          </p>
          <ScrollRegion label={t("pairsCaption")}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("pairsCaption")}</caption>
              <thead className="border-b text-xs uppercase text-gray-500">
                <tr>
                  <th scope="col" className={`whitespace-nowrap py-2 pr-3 ${stickyCell()}`}>{t("pair")}</th>
                  <th scope="col" className="whitespace-nowrap py-2 pr-3 text-right">{t("count")}</th>
                  <th scope="col" className="whitespace-nowrap py-2">{t("months")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.pairs.map((pair) => (
                  <tr key={`${pair.from}>${pair.to}`} className="border-b last:border-0">
                    <th scope="row" className={`whitespace-nowrap py-1 pr-3 font-normal ${stickyCell()}`}>
                      {pair.from} → {pair.to}
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums">{n(pair.count)}</td>
                    <td className="whitespace-nowrap py-1">
                      {pair.first === pair.last ? formatPeriod(pair.first, locale) : `${formatPeriod(pair.first, locale)} – ${formatPeriod(pair.last, locale)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <ul className="text-sm text-gray-800">
            <li>{t("fresh", { count: preview.fresh })}</li>
            <li>{t("unchanged", { count: preview.unchanged })}</li>
            <li>{t("conflictCount", { count: preview.conflictCount })}</li>
          </ul>

          {preview.conflictCount > 0 ? (
            <div className="space-y-3">
              <ScrollRegion label={t("conflictsCaption")}>
                <table className="min-w-full text-left text-sm" data-testid="rate-import-conflicts">
                  <caption className="pb-2 text-left text-sm font-medium text-gray-900">{t("conflictsCaption")}</caption>
                  <thead className="border-b text-xs uppercase text-gray-500">
                    <tr>
                      <th scope="col" className={`whitespace-nowrap py-2 pr-3 ${stickyCell()}`}>{t("pair")}</th>
                      <th scope="col" className="whitespace-nowrap py-2 pr-3">{t("month")}</th>
                      <th scope="col" className="whitespace-nowrap py-2 pr-3 text-right">{t("existing")}</th>
                      <th scope="col" className="whitespace-nowrap py-2 text-right">{t("incoming")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.conflicts.map((c) => (
                      <tr key={`${c.from}>${c.to}@${c.period}`} className="border-b last:border-0">
                        <th scope="row" className={`whitespace-nowrap py-1 pr-3 font-normal ${stickyCell()}`}>
                          {c.from} → {c.to}
                        </th>
                        <td className="whitespace-nowrap py-1 pr-3">{c.period}</td>
                        <td className="py-1 pr-3 text-right tabular-nums">
                          {typed(c.existing)}
                          <span className="block text-xs text-gray-500">{c.existingEnteredByName}</span>
                        </td>
                        <td className="py-1 text-right tabular-nums">{typed(c.incoming)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              {preview.conflictCount > preview.conflicts.length ? (
                <p className="text-sm text-gray-700">{t("moreConflicts", { count: preview.conflictCount - preview.conflicts.length })}</p>
              ) : null}
              <fieldset className="min-w-0">
                <legend className="text-sm font-medium text-gray-800">{t("choice")}</legend>
                <div className="mt-2 space-y-2">
                  {(["keep", "replace"] as const).map((choice) => (
                    <label key={choice} className="flex items-start gap-2 text-sm">
                      <input type="radio" name="onConflict" value={choice} checked={onConflict === choice} onChange={() => setOnConflict(choice)} className="mt-0.5" />
                      <span>{t(`choices.${choice}`, { count: preview.conflictCount })}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </div>
          ) : null}

          {preview.fresh === 0 && preview.conflictCount === 0 ? <p className="text-sm text-gray-700">{t("nothingNew")}</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="button" pending={importing} onClick={confirm} disabled={preview.fresh === 0 && preview.conflictCount === 0}>
              {importing ? t("importing") : t("confirm")}
            </Button>
            <Button type="button" variant="secondary" disabled={importing} onClick={() => reset()}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
