"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordAction } from "@/lib/accounts/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const form = useActionForm(resetPasswordAction, { extra: { token }, onSuccess: () => router.push("/sign-in?reset=done") });
  return (
    <div className="space-y-5">
      <h1 className="text-lg font-semibold">{t("newPasswordTitle")}</h1>
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <TextField label={t("newPassword")} name="password" type="password" autoComplete="new-password" required hint={t("passwordRules")} error={form.fieldError("password")} autoFocus />
        <TextField label={t("confirmPassword")} name="confirm" type="password" autoComplete="new-password" required error={form.fieldError("confirm")} />
        <FormStatus result={form.result} />
        <Button pending={form.pending} className="w-full">
          {t("setPassword")}
        </Button>
      </form>
    </div>
  );
}
