"use server";

import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/define-action";
import { getSessionUser } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeInput, resetPasswordInput, resetRequestInput, signUpInput } from "./schemas";
import { requestPasswordReset, resetPassword, setUserLocale, signUp } from "./mutations";

export const signUpAction = publicAction(signUpInput, async (input) => {
  const locale = (await cookies()).get(LOCALE_COOKIE)?.value ?? null;
  return signUp(input, locale);
});

export const requestPasswordResetAction = publicAction(resetRequestInput, (input) => requestPasswordReset(input.email));

export const resetPasswordAction = publicAction(resetPasswordInput, (input) => resetPassword(input));

/** Chosen language: stored on the user when signed in, and in a cookie for guests. */
export const setLocaleAction = publicAction(localeInput, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, locale);
});
