"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteWorkspaceAction } from "@/lib/workspaces/actions";

export function DeleteWorkspaceForm({ slug }: { slug: string }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const form = useActionForm(deleteWorkspaceAction, {
    extra: { workspaceSlug: slug },
    onSuccess: () => {
      router.push("/workspaces");
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-gray-700">{t("deleteWarning")}</p>
      <TextField label={t("confirmSlug", { slug })} name="confirmSlug" autoComplete="off" error={form.fieldError("confirmSlug")} />
      <FormStatus result={form.result} />
      <Button variant="danger" pending={form.pending}>
        {t("delete")}
      </Button>
    </form>
  );
}
