import { z } from "zod";
import { passwordRule } from "@/lib/auth/password";
import { ISO_CURRENCY_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";

export const email = z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(254);

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  email,
  password: passwordRule,
  // Where to go after the account is confirmed (an invitation, say); checked on use.
  callbackUrl: z.string().max(2000).optional(),
});

export const confirmSignUpInput = z.object({ token: z.string().min(20).max(200) });

export const resetRequestInput = z.object({ email });

export const resetPasswordInput = z
  .object({ token: z.string().min(20).max(200), password: passwordRule, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

export const localeInput = z.object({ locale: z.enum(["nl", "en"], { message: "Choose nl or en" }) });

/** The currency a user's consultant overview is shown in (User.overviewCurrency). */
export const DEFAULT_OVERVIEW_CURRENCY = "EUR";
export const overviewCurrencyInput = z.object({
  currency: z.string({ message: ISO_CURRENCY_MESSAGE }).trim().toUpperCase().refine(isIsoCurrency, ISO_CURRENCY_MESSAGE),
});
