"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { curlExampleFor } from "@/lib/api-tokens/curl-example";
import { API_TOKEN_SCOPES } from "@/lib/api-tokens/schemas";
import { NewApiTokenSecret } from "./new-api-token-secret";

type Props = {
  slug: string;
  /** Where this app is reached, for the ready-to-run example. */
  baseUrl: string;
  /** The earliest expiry day the server accepts (tomorrow), for the date picker. */
  minExpiry: string;
};

/** Creates a token and shows its secret once; the list below refreshes. */
export function CreateApiTokenForm({ slug, baseUrl, minExpiry }: Props) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const form = useActionForm(createApiTokenAction, {
    extra: { workspaceSlug: slug },
    onSuccess: (data) => {
      setCreated({ name: data.name, secret: data.secret });
      formRef.current?.reset();
      router.refresh();
    },
  });
  const scopeError = form.fieldError("scope");
  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={form.onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        <TextField label={t("name")} name="name" id="api-token-name" maxLength={80} required hint={t("nameHint")} error={form.fieldError("name")} />
        <TextField
          label={t("expiresOn")}
          name="expiresOn"
          id="api-token-expires-on"
          type="date"
          min={minExpiry}
          hint={t("expiresOnHint")}
          error={form.fieldError("expiresOn")}
        />
        <fieldset className="sm:col-span-2" aria-describedby={scopeError ? "api-token-scope-error" : undefined}>
          <legend className="text-sm font-medium text-gray-800">{t("scope")}</legend>
          <div className="mt-2 space-y-2">
            {API_TOKEN_SCOPES.map((scope) => (
              <div key={scope} className="flex items-start gap-2">
                <input
                  id={`api-token-scope-${scope}`}
                  type="radio"
                  name="scope"
                  value={scope}
                  defaultChecked={scope === "read"}
                  aria-describedby={`api-token-scope-${scope}-hint`}
                  className="mt-0.5 border-gray-300"
                />
                <div className="text-sm">
                  <label htmlFor={`api-token-scope-${scope}`} className="font-medium">
                    {t(`scopes.${scope}`)}
                  </label>
                  <p id={`api-token-scope-${scope}-hint`} className="text-xs text-gray-600">
                    {t(`scopeHints.${scope}`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
          {scopeError ? (
            <p id="api-token-scope-error" role="alert" className="mt-1 text-xs text-red-700">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        <div className="sm:col-span-2">
          <FormStatus result={form.result} />
        </div>
        <div>
          <Button pending={form.pending}>{t("create")}</Button>
        </div>
      </form>
      {created ? <NewApiTokenSecret name={created.name} secret={created.secret} curl={curlExampleFor(baseUrl, slug, created.secret)} /> : null}
    </div>
  );
}
