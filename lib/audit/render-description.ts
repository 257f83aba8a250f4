import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { AuditDescription, AuditValue } from "./describe-entry";

/** A translator over all messages (no namespace), as next-intl's getTranslations() and createTranslator give. */
export type RootTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** The reader's text of one value: names quoted, months and numbers in their notation, labels translated. */
function renderValue(value: AuditValue, t: RootTranslator, locale: UiLocale): string | number {
  switch (value.kind) {
    case "text":
      return value.value;
    case "count":
      return value.value;
    case "name":
      if (value.value === null) return t(`audit.values.unknown.${value.of}`);
      // People are named as they are; things in quotes.
      return value.of === "person" ? value.value : t("audit.values.quoted", { name: value.value });
    case "period":
      return formatPeriod(value.value, locale);
    case "number":
      return `${formatNumber(value.value, locale, 10)}${value.suffix ?? ""}`;
    case "label":
      return t.has(value.key) ? t(value.key) : value.key.split(".").at(-1) ?? value.key;
    case "leak": {
      const code = `leaks.codes.${value.code}`;
      const title = value.code && t.has(code) ? t(code) : value.code || t("audit.values.unknown.leak");
      return t("audit.values.quoted", { name: value.subject ? `${title}: ${value.subject}` : title });
    }
  }
}

/** The sentence of an audit entry in the reader's language (its note, if any, is shown apart). */
export function renderAuditDescription(description: AuditDescription, t: RootTranslator, locale: UiLocale): string {
  const values = Object.fromEntries(Object.entries(description.values).map(([key, value]) => [key, renderValue(value, t, locale)]));
  return t(`audit.actions.${description.key}`, values);
}
