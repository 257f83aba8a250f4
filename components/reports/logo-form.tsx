"use client";

import Image from "next/image";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { removeLogoAction, uploadLogoAction } from "@/lib/reports/actions";

const MAX_BYTES = 512 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

type Props = { slug: string; current: { src: string; contentType: string } | null };

/**
 * The owner's logo for report covers. The file travels as a data URL; the server checks
 * the bytes. The preview is an <img> of a data URL, where an SVG cannot run scripts.
 */
export function LogoForm({ slug, current }: Props) {
  const t = useTranslations("reports.logo");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const fail = (message: string): ActionResult<unknown> => ({ ok: false, error: "INVALID_INPUT", message, fieldErrors: { dataUrl: [message] } });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("logo");
    if (!(file instanceof File) || file.size === 0) return setResult(fail(t("chooseFile")));
    if (file.size > MAX_BYTES) return setResult(fail(t("tooLarge")));
    startTransition(async () => {
      const outcome = await uploadLogoAction({ workspaceSlug: slug, dataUrl: await readAsDataUrl(file) });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  }

  const remove = () =>
    startTransition(async () => {
      const outcome = await removeLogoAction({ workspaceSlug: slug });
      setResult(outcome.ok ? null : outcome);
      router.refresh();
    });

  const error = result && !result.ok ? result.fieldErrors.dataUrl?.[0] : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">{t("intro")}</p>
      {current ? (
        <div className="flex flex-wrap items-center gap-4">
          <Image src={current.src} alt={t("current")} width={180} height={90} unoptimized className="h-auto max-h-24 w-auto max-w-[180px] rounded border border-gray-200 bg-white p-2" />
          <Button type="button" variant="secondary" pending={pending} onClick={remove}>
            {t("remove")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-gray-600">{t("none")}</p>
      )}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t("file")} name="logo" type="file" accept="image/png,image/jpeg,image/svg+xml" error={error} />
        <FormStatus result={result} success={t("uploaded")} />
        <Button pending={pending}>{t("upload")}</Button>
      </form>
    </div>
  );
}
