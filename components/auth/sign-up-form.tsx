"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "@/lib/accounts/actions";

/** Sign-up mails a confirmation link; the account exists once that link is opened. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const form = useActionForm(signUpAction, { extra: { callbackUrl } });
  if (form.result?.ok) {
    return (
      <div className="space-y-5">
        <h1 className="text-lg font-semibold">{t("signUpTitle")}</h1>
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("signUpCheckInbox", { email: form.result.data.email })}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">{t("signUpTitle")}</h1>
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <TextField label={t("name")} name="name" autoComplete="name" required error={form.fieldError("name")} autoFocus />
        <TextField label={t("email")} name="email" type="email" autoComplete="email" required error={form.fieldError("email")} />
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t("passwordRules")}
          error={form.fieldError("password")}
        />
        <FormStatus result={form.result} />
        <Button pending={form.pending} className="w-full">
          {t("signUp")}
        </Button>
      </form>
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("haveAccount")}
        </Link>
      </p>
    </div>
  );
}
