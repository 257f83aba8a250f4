"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import type { ActualsCsvResult, CsvMapping, DecimalFormat } from "@/lib/transfer/csv-parse";
import { DECIMAL_FORMAT_EXAMPLE } from "@/lib/transfer/csv-numbers";

type Props = {
  headers: string[];
  mapping: Partial<CsvMapping>;
  onMappingChange: (mapping: Partial<CsvMapping>) => void;
  analysis: ActualsCsvResult;
  decimalFormat: DecimalFormat | "auto";
  onDecimalFormatChange: (format: DecimalFormat | "auto") => void;
  mappingError: (field: keyof CsvMapping) => string | undefined;
};

const DELIMITER_NAMES: Record<string, string> = { ";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe" };

/** Which column is which, and how the file writes numbers and months (detected, the decimal format overridable). */
export function CsvMappingForm({ headers, mapping, onMappingChange, analysis, decimalFormat, onDecimalFormatChange, mappingError }: Props) {
  const t = useTranslations("transfer.csv");
  const columns = headers.filter((header) => header !== "").map((header) => ({ value: header, label: header }));
  const select = (field: keyof CsvMapping, required: boolean) => (
    <SelectField
      key={field}
      label={t(`field.${field}`)}
      name={`mapping.${field}`}
      value={mapping[field] ?? ""}
      onChange={(event) => onMappingChange({ ...mapping, [field]: event.target.value || undefined })}
      options={[{ value: "", label: required ? t("chooseColumn") : t("noColumn") }, ...columns]}
      error={mappingError(field)}
      required={required}
    />
  );
  const { formats } = analysis;
  return (
    <fieldset className="min-w-0 space-y-4">
      <legend className="text-sm font-semibold text-gray-900">{t("mappingTitle")}</legend>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-4">
        {select("month", true)}
        {select("cost", true)}
        {select("benefit", true)}
        {select("note", false)}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <dl className="text-sm">
          <dt className="font-medium text-gray-800">{t("delimiter")}</dt>
          <dd className="mt-1 text-gray-700">{t(`delimiters.${DELIMITER_NAMES[analysis.delimiter] ?? "comma"}`)}</dd>
        </dl>
        <dl className="text-sm">
          <dt className="font-medium text-gray-800">{t("monthFormat")}</dt>
          <dd className="mt-1 font-mono text-gray-700">{formats.month ?? t("monthUnknown")}</dd>
        </dl>
        <SelectField
          label={t("decimalFormat")}
          name="decimalFormat"
          value={decimalFormat}
          onChange={(event) => onDecimalFormatChange(event.target.value as DecimalFormat | "auto")}
          options={[
            { value: "auto", label: t("decimalAuto", { example: DECIMAL_FORMAT_EXAMPLE[formats.decimalDetected] }) },
            { value: "comma", label: DECIMAL_FORMAT_EXAMPLE.comma },
            { value: "point", label: DECIMAL_FORMAT_EXAMPLE.point },
          ]}
          hint={formats.decimalAmbiguous && decimalFormat === "auto" ? t("decimalAmbiguous") : undefined}
        />
      </div>
    </fieldset>
  );
}
