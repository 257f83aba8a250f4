"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import type { ApiTokenState } from "@/lib/api-tokens/token-state";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "write";
  creatorName: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  state: ApiTokenState;
  /** Decided on the server (lib/api-tokens/permissions.ts). */
  canRevoke: boolean;
};

const STATE_STYLE: Record<ApiTokenState, string> = {
  active: "bg-green-100 text-green-900",
  expired: "bg-gray-100 text-gray-800",
  revoked: "bg-gray-100 text-gray-800",
  "creator-lost-access": "bg-amber-100 text-amber-900",
};

/** The workspace's tokens: a table on wide screens, stacked cards below 640 px. */
export function ApiTokenList({ slug, tokens }: { slug: string; tokens: ApiTokenRow[] }) {
  const t = useTranslations("apiTokens");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  if (tokens.length === 0) return <p className="text-sm text-gray-600">{t("empty")}</p>;

  const lastUsed = (token: ApiTokenRow) =>
    token.lastUsedAt ? formatDateTime(new Date(token.lastUsedAt), locale) : t("never");
  const expires = (token: ApiTokenRow) =>
    token.expiresAt ? formatDate(new Date(token.expiresAt), locale) : t("noExpiry");
  const state = (token: ApiTokenRow) => (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs ${STATE_STYLE[token.state]}`}>
      {t(`states.${token.state}`)}
    </span>
  );
  const name = (token: ApiTokenRow) => (
    <>
      <span className="font-medium">{token.name}</span> <code className="text-xs text-gray-500">{token.prefix}…</code>
    </>
  );
  const revoke = (token: ApiTokenRow) =>
    token.canRevoke && token.state !== "revoked" ? (
      <ConfirmButton
        label={t("revoke")}
        triggerAriaLabel={t("revokeNamed", { name: token.name })}
        question={t("confirmRevoke", { name: token.name })}
        confirmLabel={t("confirmYes")}
        tone="danger"
        appearance="link"
        onConfirm={async () => {
          const result = await revokeApiTokenAction({ workspaceSlug: slug, tokenId: token.id });
          router.refresh();
          return result;
        }}
      />
    ) : null;

  return (
    <>
      <ScrollRegion label={t("listTitle")} className="hidden sm:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("listTitle")}</caption>
          <thead className="border-b text-xs uppercase text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("columns.name")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.scope")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.creator")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.lastUsed")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.expires")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.state")}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-b align-top last:border-0">
                <td className="py-2 pr-3">{name(token)}</td>
                <td className="py-2 pr-3">{t(`scopes.${token.scope}`)}</td>
                <td className="py-2 pr-3">
                  {token.creatorName}
                  <span className="block text-xs text-gray-500">{formatDate(new Date(token.createdAt), locale)}</span>
                </td>
                <td className="py-2 pr-3">{lastUsed(token)}</td>
                <td className="py-2 pr-3">{expires(token)}</td>
                <td className="py-2 pr-3">{state(token)}</td>
                <td className="py-2 text-right">{revoke(token)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="space-y-3 sm:hidden" aria-label={t("listTitle")}>
        {tokens.map((token) => (
          <li key={token.id} className="rounded-md border border-gray-200 p-3 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="break-all">{name(token)}</p>
              {state(token)}
            </div>
            <dl className="mt-2 grid grid-cols-[auto,1fr] gap-x-3 gap-y-1">
              <dt className="text-gray-500">{t("columns.scope")}</dt>
              <dd>{t(`scopes.${token.scope}`)}</dd>
              <dt className="text-gray-500">{t("columns.creator")}</dt>
              <dd>{token.creatorName}</dd>
              <dt className="text-gray-500">{t("columns.createdAt")}</dt>
              <dd>{formatDate(new Date(token.createdAt), locale)}</dd>
              <dt className="text-gray-500">{t("columns.lastUsed")}</dt>
              <dd>{lastUsed(token)}</dd>
              <dt className="text-gray-500">{t("columns.expires")}</dt>
              <dd>{expires(token)}</dd>
            </dl>
            <div className="mt-2">{revoke(token)}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
