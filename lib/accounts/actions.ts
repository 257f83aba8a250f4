"use server";

import { cookies, headers } from "next/headers";
import { publicAction, userAction } from "@/lib/actions/define-action";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getSessionUser } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { resolveUiLocale } from "@/lib/i18n/request";
import { confirmSignUpInput, localeInput, overviewCurrencyInput, resetPasswordInput, resetRequestInput, signUpInput } from "./schemas";
import { confirmSignUp, requestPasswordReset, requestSignUp, resetPassword, setUserLocale, setUserOverviewCurrency } from "./mutations";

/** The IP our server stamped on this request and the language the page is shown in. */
async function requester() {
  const ip = clientIpFromHeaders(await headers());
  const locale = await resolveUiLocale().catch(() => null);
  return { ip, locale };
}

export const signUpAction = publicAction(signUpInput, async (input) => requestSignUp(input, await requester()));

export const confirmSignUpAction = publicAction(confirmSignUpInput, (input) => confirmSignUp(input));

export const requestPasswordResetAction = publicAction(resetRequestInput, async (input) =>
  requestPasswordReset(input.email, await requester()),
);

export const resetPasswordAction = publicAction(resetPasswordInput, (input) => resetPassword(input));

/** Chosen language: stored on the user when signed in, and in a cookie for guests. */
export const setLocaleAction = publicAction(localeInput, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, locale);
});

/** The currency the consultant overview (/workspaces) is shown in: the signed-in user's own choice. */
export const setOverviewCurrencyAction = userAction(overviewCurrencyInput, async (user, { currency }) => {
  await setUserOverviewCurrency(user.id, currency);
  return { currency };
});
