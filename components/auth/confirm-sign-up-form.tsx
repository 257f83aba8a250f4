"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmSignUpAction } from "@/lib/accounts/actions";
import { SignInForm } from "./sign-in-form";

/**
 * The account is created by a button press, not by opening the link, so mail scanners
 * that fetch links cannot use the token up.
 */
export function ConfirmSignUpForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const form = useActionForm(confirmSignUpAction, { extra: { token } });
  if (form.result?.ok) {
    return <SignInForm callbackUrl={form.result.data.callbackUrl} providers={[]} notice={t("signUpConfirmed")} />;
  }
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">{t("confirmTitle")}</h1>
      <p className="text-sm text-gray-600">{t("confirmIntro")}</p>
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <FormStatus result={form.result} />
        <Button pending={form.pending} className="w-full">
          {t("confirmButton")}
        </Button>
      </form>
    </div>
  );
}
