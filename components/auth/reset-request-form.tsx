"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordResetAction } from "@/lib/accounts/actions";

export function ResetRequestForm() {
  const t = useTranslations("auth");
  const form = useActionForm(requestPasswordResetAction);
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">{t("resetTitle")}</h1>
      <p className="text-sm text-gray-600">{t("resetIntro")}</p>
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <TextField label={t("email")} name="email" type="email" autoComplete="email" required error={form.fieldError("email")} autoFocus />
        <FormStatus result={form.result} success={t("resetSent")} />
        <Button pending={form.pending} className="w-full">
          {t("sendResetLink")}
        </Button>
      </form>
    </div>
  );
}
