"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";

type Props = { name: string; secret: string; curl: string };

/** The secret of a token just created: shown this once, read-only, with a request to try it. */
export function NewApiTokenSecret({ name, secret, curl }: Props) {
  const t = useTranslations("apiTokens");
  return (
    <section aria-labelledby="api-token-created-title" className="space-y-3 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-950">
      <h3 id="api-token-created-title" className="font-semibold">
        {t("createdTitle", { name })}
      </h3>
      <p id="api-token-secret-note" className="font-medium">
        {t("secretOnce")}
      </p>
      <div>
        <label htmlFor="api-token-secret" className="block text-sm font-medium">
          {t("secret")}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-center">
          <input
            id="api-token-secret"
            readOnly
            value={secret}
            aria-describedby="api-token-secret-note"
            data-testid="api-token-secret"
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
            className="w-full min-w-0 rounded-md border-gray-300 bg-white font-mono text-xs"
          />
          <CopyButton text={secret} label={t("copyToken")} />
        </div>
      </div>
      <div>
        <label htmlFor="api-token-curl" className="block text-sm font-medium">
          {t("curlExample")}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-start">
          <textarea
            id="api-token-curl"
            readOnly
            value={curl}
            rows={3}
            spellCheck={false}
            data-testid="api-token-curl"
            onFocus={(event) => event.currentTarget.select()}
            className="w-full min-w-0 resize-none rounded-md border-gray-300 bg-white font-mono text-xs"
          />
          <CopyButton text={curl} label={t("copyCurl")} />
        </div>
      </div>
    </section>
  );
}
