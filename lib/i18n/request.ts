import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, negotiateLocale, toUiLocale } from "./locales";
import { loadMessages } from "./messages";

/** The user's chosen language, else the cookie, else the browser's Accept-Language. */
export async function resolveUiLocale() {
  const user = await getSessionUser().catch(() => null);
  const fromUser = toUiLocale(user?.locale);
  if (fromUser) return fromUser;
  const fromCookie = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  if (fromCookie) return fromCookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveUiLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Amsterdam" };
});
