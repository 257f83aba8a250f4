"use client";

import { useTranslations } from "next-intl";
import type { CsvError } from "@/lib/transfer/csv-parse";

// Some messages read differently when a detail is known (the line of a bad character, the missing header).
function keyOf(error: CsvError): string {
  if (error.code === "NOT_UTF8" && error.params.line) return "NOT_UTF8_LINE";
  if (error.code === "MISSING_COLUMN" && error.params.header) return "MISSING_COLUMN_NAMED";
  if (error.code === "MONTH_UNREADABLE" && error.params.format) return "MONTH_UNREADABLE_FORMAT";
  return error.code;
}

/** A CSV problem in the reader's language. */
export function useCsvErrorText() {
  const t = useTranslations("transfer");
  return (error: CsvError) => {
    const params = { ...error.params };
    if (typeof params.field === "string") params.field = t(`csv.field.${params.field}`);
    return t(`csvErrors.${keyOf(error)}`, params);
  };
}
