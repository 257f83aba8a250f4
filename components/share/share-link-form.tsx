"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, LiveStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createShareLinkAction } from "@/lib/sharing/actions";

type Props = { slug: string; investments: { id: string; name: string }[]; defaultExpiry: string };

/** Creates a stakeholder link and shows it once (only its hash is stored). */
export function ShareLinkForm({ slug, investments, defaultExpiry }: Props) {
  const t = useTranslations("share");
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const form = useActionForm(createShareLinkAction, {
    extra: { workspaceSlug: slug },
    onSuccess: (data) => {
      setUrl(data.url);
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <form onSubmit={form.onSubmit} className="grid grid-cols-1 gap-4 sm:grid-cols-2" noValidate>
        <SelectField
          label={t("target")}
          name="investmentId"
          options={[{ value: "", label: t("wholeWorkspace") }, ...investments.map((i) => ({ value: i.id, label: i.name }))]}
          error={form.fieldError("investmentId")}
        />
        <TextField label={t("label")} name="label" hint={t("labelHint")} error={form.fieldError("label")} />
        <TextField label={t("expiresOn")} name="expiresOn" type="date" defaultValue={defaultExpiry} required error={form.fieldError("expiresOn")} />
        <div className="flex items-center gap-2 pt-6">
          <input id="share-percent-only" name="percentOnly" type="checkbox" className="rounded border-gray-300" />
          <label htmlFor="share-percent-only" className="text-sm">{t("percentOnly")}</label>
        </div>
        <div className="sm:col-span-2">
          <FormStatus result={form.result} />
        </div>
        <div>
          <Button pending={form.pending}>{t("create")}</Button>
        </div>
      </form>
      <LiveStatus className="rounded-md bg-green-50 p-3 text-sm text-green-900">
        {url ? (
          <>
            <p>{t("createdOnce")}</p>
            <label htmlFor="share-url" className="sr-only">{t("link")}</label>
            <input id="share-url" readOnly value={url} data-testid="share-url" className="mt-2 w-full min-w-0 rounded-md border-gray-300 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          </>
        ) : null}
      </LiveStatus>
    </div>
  );
}
