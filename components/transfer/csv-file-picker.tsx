"use client";

import { useTranslations } from "next-intl";

type Props = {
  phase: "idle" | "reading" | "ready";
  progress: number;
  error: string | null;
  disabled?: boolean;
  onChoose: (file: File) => void;
};

export function CsvFilePicker({ phase, progress, error, disabled, onChoose }: Props) {
  const t = useTranslations("transfer.csv");
  const percent = Math.round(progress * 100);
  return (
    <div>
      <label htmlFor="csv-file" className="block text-sm font-medium text-gray-800">
        {t("file")}
      </label>
      <input
        id="csv-file"
        name="csvFile"
        type="file"
        accept=".csv,text/csv"
        disabled={disabled || phase === "reading"}
        aria-describedby={error ? "csv-file-error" : "csv-file-hint"}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onChoose(file);
        }}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
      />
      <p id="csv-file-hint" className="mt-1 text-xs text-gray-500">
        {t("fileHint")}
      </p>
      {phase === "reading" ? (
        // Not a live region: the import announces "Reading the file" once, not every percent.
        <div className="mt-2 flex items-center gap-3 text-sm text-gray-700">
          <progress value={progress} max={1} aria-label={t("reading")} className="h-2 w-48" />
          <span>{t("readingProgress", { percent })}</span>
        </div>
      ) : null}
      {error ? (
        <p id="csv-file-error" role="alert" className="mt-2 rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
