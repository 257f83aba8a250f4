import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { appUrl, sendMail } from "@/lib/email/send-mail";
import { toUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { endpointDisabledMail } from "./mail-templates";

// An endpoint that keeps failing is turned off, so a dead receiver does not collect a day
// of retries for every event, and its owners are told once.

/** Failed attempts in a row, across deliveries, after which an endpoint is turned off. */
export const AUTO_DISABLE_AFTER_FAILURES = 15;

export const DISABLED_REASONS = {
  failures: `Turned off after ${AUTO_DISABLE_AFTER_FAILURES} failed delivery attempts in a row`,
  gaveUp: "Turned off because a delivery kept failing for 24 hours",
  manual: "Turned off by an owner",
} as const;

export const ENDPOINT_OFF_ERROR = "The endpoint was turned off";

/**
 * Turns an endpoint off (if it is still on) and fails its pending deliveries, inside the
 * caller's transaction. True only for the call that turned it off: of two attempts failing
 * at once only one mails the owners.
 */
export async function disableEndpoint(tx: Tx, endpointId: string, reason: string, now: Date): Promise<boolean> {
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true },
    data: { enabled: false, disabledAt: now, disabledReason: reason },
  });
  await tx.webhookDelivery.updateMany({
    where: { endpointId, status: "pending" },
    data: { status: "failed", lastError: ENDPOINT_OFF_ERROR, nextAttemptAt: null },
  });
  return count === 1;
}

/** Mails every owner of the endpoint's workspace, each in their language (one mail per language), with the last error seen. */
export async function mailOwnersAboutDisabledEndpoint(endpointId: string, lastError: string | null): Promise<void> {
  const endpoint = await getDb().webhookEndpoint.findUnique({
    where: { id: endpointId },
    select: {
      url: true,
      disabledReason: true,
      workspace: {
        select: {
          name: true,
          slug: true,
          locale: true,
          memberships: { where: { role: "owner" }, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true, locale: true } } } },
        },
      },
    },
  });
  if (!endpoint || endpoint.workspace.memberships.length === 0) return;
  const { workspace } = endpoint;
  const byLocale = new Map<UiLocale, string[]>();
  for (const { user } of workspace.memberships) {
    const locale = toUiLocale(user.locale) ?? toUiLocale(workspace.locale) ?? "en";
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.email]);
  }
  for (const [locale, to] of byLocale) {
    await sendMail(
      endpointDisabledMail({
        to,
        locale,
        workspaceName: workspace.name,
        url: endpoint.url,
        reason: endpoint.disabledReason ?? DISABLED_REASONS.failures,
        lastError,
        pageUrl: `${appUrl()}/w/${encodeURIComponent(workspace.slug)}/webhooks`,
      }),
    );
  }
}
