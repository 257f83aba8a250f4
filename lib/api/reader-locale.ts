import type { UiLocale } from "@/lib/i18n/locales";

/**
 * The language of texts the API writes for a reader (leak messages): Dutch when
 * Accept-Language starts with nl, else English — the rule problem documents follow too.
 */
export const readerLocaleOf = (request: Request): UiLocale => (/^\s*nl\b/i.test(request.headers.get("accept-language") ?? "") ? "nl" : "en");
