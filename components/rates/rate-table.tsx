"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatDateTime, formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { deleteRateAction, saveRateAction } from "@/lib/rates/actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type RateTableRow = {
  id: string;
  from: string;
  to: string;
  month: string;
  /** Exact decimal string ("1.0823"). */
  rate: string;
  source: string;
  sourceDetail: string;
  enteredByName: string;
  /** ISO 8601: when it was last written, and the version an edit is based on. */
  updatedAt: string;
};

const SOURCES = new Set(["manual", "ecb", "csv", "api", "import"]);
/** The rate as typed in the user's language, without grouping ("1,0823" in Dutch). */
const typedRate = (rate: string, locale: UiLocale) => (locale === "nl" ? rate.replace(".", ",") : rate);

/** The workspace's rates, newest month first; owners and editors edit or delete a row in place. */
export function RateTable({ slug, rows, canEdit }: { slug: string; rows: RateTableRow[]; canEdit: boolean }) {
  const t = useTranslations("rates.table");
  const locale = useLocale() as UiLocale;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <ScrollRegion label={t("caption")} testId="rate-table">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">
              {t("month")}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">
              {t("pair")}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3 text-right">
              {t("rate")}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">
              {t("source")}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">
              {t("enteredBy")}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">
              {t("when")}
            </th>
            {canEdit ? (
              <th scope="col" className="py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b align-top last:border-0"
              data-testid={`rate-row-${row.from}-${row.to}-${row.month}`}
            >
              <td className="whitespace-nowrap py-2 pr-3">{formatPeriod(row.month, locale)}</td>
              <td className="whitespace-nowrap py-2 pr-3 font-medium">
                {row.from} → {row.to}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {editing === row.id ? (
                  <EditRate slug={slug} row={row} onDone={() => setEditing(null)} />
                ) : (
                  <span className="whitespace-nowrap">{formatNumber(row.rate, locale, 10)}</span>
                )}
              </td>
              <td className="whitespace-nowrap py-2 pr-3">
                {SOURCES.has(row.source) ? t(`sources.${row.source}`) : row.source}
                {row.sourceDetail ? (
                  <span className="block max-w-[16rem] truncate text-xs text-gray-500" title={row.sourceDetail}>
                    {row.sourceDetail}
                  </span>
                ) : null}
              </td>
              <td className="whitespace-nowrap py-2 pr-3">{row.enteredByName}</td>
              <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(new Date(row.updatedAt), locale)}</td>
              {canEdit ? (
                <td className="whitespace-nowrap py-2 text-right">
                  {editing === row.id ? null : (
                    <div className="flex justify-end gap-2">
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={() => setEditing(row.id)}
                        aria-label={t("editLabel", { pair: `${row.from} → ${row.to}`, month: row.month })}
                      >
                        {t("edit")}
                      </Button>
                      <DeleteRate slug={slug} row={row} />
                    </div>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The rate of one row, edited in place; refused when someone else changed the row since it was shown. */
function EditRate({ slug, row, onDone }: { slug: string; row: RateTableRow; onDone: () => void }) {
  const t = useTranslations("rates.table");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  const form = useActionForm(saveRateAction, {
    extra: {
      workspaceSlug: slug,
      locale,
      id: row.id,
      from: row.from,
      to: row.to,
      month: row.month,
      expectedUpdatedAt: row.updatedAt,
    },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const failed = form.result && !form.result.ok ? form.result : null;
  return (
    <form onSubmit={form.onSubmit} noValidate className="min-w-[12rem] space-y-2 text-left">
      <TextField
        id={`rate-edit-${row.id}`}
        label={t("editLabel", { pair: `${row.from} → ${row.to}`, month: row.month })}
        name="rate"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={typedRate(row.rate, locale)}
        error={failed?.error === "CONFLICT" ? undefined : form.fieldError("rate")}
        autoFocus
      />
      {failed && (failed.error === "CONFLICT" || !failed.fieldErrors.rate) ? (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-xs text-red-800">
          {failed.message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {failed?.error === "CONFLICT" ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              onDone();
              router.refresh();
            }}
          >
            {t("reload")}
          </Button>
        ) : (
          <Button pending={form.pending}>{t("save")}</Button>
        )}
        <Button type="button" variant="secondary" onClick={onDone} disabled={form.pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** Delete, after a confirmation in place; refused when someone else changed the row since it was shown. */
function DeleteRate({ slug, row }: { slug: string; row: RateTableRow }) {
  const t = useTranslations("rates.table");
  const router = useRouter();
  const pair = `${row.from} → ${row.to}`;
  return (
    <ConfirmButton
      label={t("delete")}
      triggerAriaLabel={t("deleteLabel", { pair, month: row.month })}
      question={t("confirmDelete", { pair, month: row.month })}
      confirmLabel={t("confirm")}
      tone="danger"
      onConfirm={async () => {
        const outcome = await deleteRateAction({ workspaceSlug: slug, id: row.id, expectedUpdatedAt: row.updatedAt });
        if (outcome.ok) router.refresh();
        return outcome;
      }}
    />
  );
}
