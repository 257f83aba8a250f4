"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { revokeShareLinkAction } from "@/lib/sharing/actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Link = {
  id: string;
  label: string;
  percentOnly: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  viewCount: number;
  createdByName: string;
  investment: { name: string } | null;
};

export function ShareLinkList({ slug, links, now }: { slug: string; links: Link[]; now: Date }) {
  const t = useTranslations("share");
  const locale = useLocale() as UiLocale;
  const router = useRouter();
  if (links.length === 0) return <p className="text-sm text-gray-600">{t("none")}</p>;
  const stateOf = (link: Link) => (link.revokedAt ? "revoked" : new Date(link.expiresAt) <= now ? "expired" : "active");
  return (
    <ScrollRegion label={t("listTitle")}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("listTitle")}</caption>
        <thead className="border-b text-xs uppercase text-gray-500">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("label")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("target")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("mode")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("expiresOn")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("views")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("status")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id} className="border-b last:border-0">
              <td className="py-2 pr-3">
                {link.label || "—"} <span className="text-xs text-gray-500">{link.createdByName}</span>
              </td>
              <td className="py-2 pr-3">{link.investment?.name ?? t("wholeWorkspace")}</td>
              <td className="py-2 pr-3">{link.percentOnly ? t("percentMode") : t("fullMode")}</td>
              <td className="py-2 pr-3">{formatDate(new Date(link.expiresAt), locale)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{link.viewCount}</td>
              <td className="py-2 pr-3">{t(`linkStates.${stateOf(link)}`)}</td>
              <td className="py-2 text-right">
                {stateOf(link) === "active" ? (
                  <ConfirmButton
                    label={t("revoke")}
                    triggerAriaLabel={t("revokeNamed", { named: link.label ? "yes" : "no", label: link.label })}
                    question={t("confirmRevoke", { named: link.label ? "yes" : "no", label: link.label })}
                    confirmLabel={t("confirmRevokeYes")}
                    tone="danger"
                    appearance="link"
                    onConfirm={async () => {
                      const result = await revokeShareLinkAction({ workspaceSlug: slug, shareLinkId: link.id });
                      router.refresh();
                      return result;
                    }}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
