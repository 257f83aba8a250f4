"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateWorkspaceSettingsAction } from "@/lib/workspaces/actions";
import { CurrencySelect } from "@/components/rates/currency-select";

type Props = { workspace: { slug: string; name: string; currency: string; locale: string } };

export function WorkspaceSettingsForm({ workspace }: Props) {
  const t = useTranslations("workspaces");
  const ts = useTranslations("settings");
  const router = useRouter();
  const form = useActionForm(updateWorkspaceSettingsAction, { extra: { workspaceSlug: workspace.slug }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={form.onSubmit} className="grid grid-cols-1 gap-4 sm:grid-cols-3" noValidate>
      <TextField label={t("name")} name="name" defaultValue={workspace.name} required error={form.fieldError("name")} />
      <CurrencySelect label={t("currency")} name="currency" defaultValue={workspace.currency} error={form.fieldError("currency")} />
      <SelectField
        label={t("locale")}
        name="locale"
        defaultValue={workspace.locale}
        options={[
          { value: "nl-NL", label: "Nederlands (nl-NL)" },
          { value: "en", label: "English" },
        ]}
        error={form.fieldError("locale")}
      />
      <div className="sm:col-span-3">
        <FormStatus result={form.result} success={ts("saved")} />
      </div>
      <div>
        <Button pending={form.pending}>{ts("save")}</Button>
      </div>
    </form>
  );
}
