"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { inviteMemberAction } from "@/lib/members/actions";

export function InviteMemberForm({ slug }: { slug: string }) {
  const t = useTranslations("members");
  const tr = useTranslations("workspaces.roles");
  const router = useRouter();
  const form = useActionForm(inviteMemberAction, { extra: { workspaceSlug: slug }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={form.onSubmit} className="grid gap-4 sm:grid-cols-3 sm:items-end" noValidate>
      <TextField label={t("email")} name="email" type="email" required error={form.fieldError("email")} />
      <SelectField
        label={t("role")}
        name="role"
        defaultValue="editor"
        options={["owner", "editor", "viewer"].map((r) => ({ value: r, label: tr(r) }))}
        error={form.fieldError("role")}
      />
      <Button pending={form.pending}>{t("sendInvite")}</Button>
      <div className="sm:col-span-3">
        <FormStatus result={form.result} success={t("inviteSent")} />
      </div>
    </form>
  );
}
