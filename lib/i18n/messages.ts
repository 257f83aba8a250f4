import type { UiLocale } from "./locales";

export async function loadMessages(locale: UiLocale) {
  return locale === "nl" ? (await import("./messages/nl.json")).default : (await import("./messages/en.json")).default;
}
