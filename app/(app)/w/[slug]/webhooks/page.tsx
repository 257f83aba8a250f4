import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { WebhookEndpointCard } from "@/components/webhooks/webhook-endpoint-card";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { EVENT_TYPES, SLACK_EVENT_TYPES } from "@/lib/webhooks/event-schemas";
import { listEndpoints } from "@/lib/webhooks/queries";

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "owner");
  const [endpoints, t] = await Promise.all([listEndpoints(workspace.id), getTranslations("webhooks")]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <Card title={t("addTitle")}>
        <div className="mb-4 space-y-2 text-sm text-gray-700">
          <p>{t("intro")}</p>
          <p>{t("verifyHint")}</p>
        </div>
        <WebhookEndpointForm slug={workspace.slug} eventTypes={EVENT_TYPES} slackEventTypes={SLACK_EVENT_TYPES} />
      </Card>
      <Card title={t("listTitle")}>
        {endpoints.length === 0 ? (
          <p className="text-sm text-gray-600">{t("none")}</p>
        ) : (
          <div className="space-y-4">
            {endpoints.map((endpoint) => (
              <WebhookEndpointCard
                key={endpoint.id}
                slug={workspace.slug}
                endpoint={{
                  id: endpoint.id,
                  url: endpoint.url,
                  description: endpoint.description,
                  events: endpoint.events,
                  format: endpoint.format,
                  enabled: endpoint.enabled,
                  disabledAt: endpoint.disabledAt,
                  disabledReason: endpoint.disabledReason,
                  rotatingUntil: endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? endpoint.previousSecretUntil : null,
                  deliveries: endpoint.deliveries,
                }}
              />
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
