"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createWorkspaceAction } from "@/lib/workspaces/actions";
import { CurrencySelect } from "@/components/rates/currency-select";
import { slugify } from "@/lib/workspaces/schemas";

/**
 * Creates a workspace. Its address is the slug asked for plus a short random ending
 * (lib/workspaces/workspace-address), so the form says so up front, names the address it
 * got and opens it.
 */
export function CreateWorkspaceForm() {
  const t = useTranslations("workspaces");
  const router = useRouter();
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useActionForm(createWorkspaceAction, {
    onSuccess: ({ slug: created }) => {
      router.push(`/w/${created}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit} className="grid grid-cols-1 gap-4 sm:grid-cols-2" noValidate>
      <TextField
        label={t("name")}
        name="name"
        required
        error={form.fieldError("name")}
        onChange={(event) => {
          if (!slugEdited) setSlug(slugify(event.target.value));
        }}
      />
      <TextField
        label={t("slug")}
        name="slug"
        required
        value={slug}
        hint={t("slugHint", { slug: slug || "…" })}
        error={form.fieldError("slug")}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
      />
      <CurrencySelect label={t("currency")} name="currency" defaultValue="EUR" error={form.fieldError("currency")} />
      <SelectField
        label={t("locale")}
        name="locale"
        defaultValue="nl-NL"
        options={[
          { value: "nl-NL", label: "Nederlands (nl-NL)" },
          { value: "en", label: "English" },
        ]}
        error={form.fieldError("locale")}
      />
      <div className="sm:col-span-2">
        <FormStatus
          result={form.result}
          success={form.result?.ok ? t("createdAt", { slug: form.result.data.slug }) : undefined}
        />
      </div>
      <div className="sm:col-span-2">
        <Button pending={form.pending}>{t("create")}</Button>
      </div>
    </form>
  );
}
