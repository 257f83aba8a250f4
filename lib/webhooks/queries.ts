import { getDb } from "@/lib/db/client";

/** Deliveries shown per endpoint in its log. */
export const DELIVERY_LOG_SIZE = 50;

/**
 * A workspace's endpoints for the Webhooks page, newest first, each with its last 50
 * deliveries (newest first). Never the secrets: those are revealed one at a time.
 */
export async function listEndpoints(workspaceId: string) {
  const db = getDb();
  const endpoints = await db.webhookEndpoint.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      format: true,
      enabled: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      previousSecretUntil: true,
      createdAt: true,
    },
  });
  // One query per endpoint (at most MAX_ENDPOINTS_PER_WORKSPACE), each walking the
  // (workspaceId, createdAt) index backwards: a nested `take` would load every delivery.
  const logs = await Promise.all(
    endpoints.map((endpoint) =>
      db.webhookDelivery.findMany({
        where: { workspaceId, endpointId: endpoint.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true,
          status: true,
          attemptCount: true,
          lastStatusCode: true,
          lastError: true,
          nextAttemptAt: true,
          deliveredAt: true,
          createdAt: true,
          event: { select: { id: true, type: true, occurredAt: true } },
        },
      }),
    ),
  );
  return endpoints.map((endpoint, i) => ({ ...endpoint, deliveries: logs[i] }));
}

export type EndpointSummary = Awaited<ReturnType<typeof listEndpoints>>[number];
export type DeliveryLogEntry = EndpointSummary["deliveries"][number];
