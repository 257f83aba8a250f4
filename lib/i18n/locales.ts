export const UI_LOCALES = ["nl", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";
export const LOCALE_COOKIE = "realised-locale";

/** The Intl locale used to format numbers and dates for a UI language. */
export const FORMAT_LOCALE: Record<UiLocale, string> = { nl: "nl-NL", en: "en-GB" };

export function toUiLocale(value: string | null | undefined): UiLocale | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(base ?? "") ? (base as UiLocale) : null;
}

/** Picks the best UI language from an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): UiLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number.parseFloat(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const locale = toUiLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
