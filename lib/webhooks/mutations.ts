import { recordAudit } from "@/lib/audit/record-audit";
import type { WorkspaceContext } from "@/lib/auth/workspace-gate";
import { getDb, type Tx } from "@/lib/db/client";
import { newEventId } from "@/lib/events/record-event";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DISABLED_REASONS, disableEndpoint } from "./endpoint-health";
import type { EventData } from "./event-schemas";
import { MAX_ENDPOINTS_PER_WORKSPACE, type CreateEndpointInput } from "./schemas";
import { newWebhookSecret, PREVIOUS_SECRET_GRACE_MS } from "./secret";

// An owner's changes to a workspace's webhook endpoints, each one transaction with its
// audit entry. Secrets never go into the audit log.

const AUDITED = { id: true, url: true, description: true, events: true, format: true, enabled: true } as const;

/** The endpoint of this workspace, locked for the change; another workspace's id is NOT_FOUND. */
async function lockEndpoint(tx: Tx, ctx: WorkspaceContext, endpointId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WebhookEndpoint" WHERE id = ${endpointId} AND "workspaceId" = ${ctx.workspace.id} FOR UPDATE`;
  if (rows.length === 0) throw notFoundError();
  return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: AUDITED });
}

/** Registers an endpoint; its secret is returned here (and can be revealed again by an owner). */
export async function createEndpoint(ctx: WorkspaceContext, input: CreateEndpointInput) {
  const secret = newWebhookSecret();
  return getDb().$transaction(async (tx) => {
    // Serialises concurrent creations in one workspace, so the limit holds.
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${ctx.workspace.id} FOR UPDATE`;
    const count = await tx.webhookEndpoint.count({ where: { workspaceId: ctx.workspace.id } });
    if (count >= MAX_ENDPOINTS_PER_WORKSPACE) {
      throw new AppError("CONFLICT", `A workspace can have at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints; delete one first`);
    }
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        workspaceId: ctx.workspace.id,
        url: input.url,
        description: input.description,
        events: [...input.events],
        format: input.format,
        secret,
        createdById: ctx.user.id,
      },
      select: AUDITED,
    });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "webhook.create", entityType: "WebhookEndpoint", entityId: endpoint.id, after: endpoint });
    return { id: endpoint.id, secret };
  });
}

/**
 * A new secret; the previous one keeps signing beside it for 24 h, so the receiver can be
 * switched over without refusing a delivery.
 */
export async function rotateEndpointSecret(ctx: WorkspaceContext, endpointId: string, now = new Date()) {
  const secret = newWebhookSecret();
  const previousSecretUntil = new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS);
  await getDb().$transaction(async (tx) => {
    const before = await lockEndpoint(tx, ctx, endpointId);
    const { secret: previous } = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: { secret: true } });
    await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { secret, previousSecret: previous, previousSecretUntil } });
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: "webhook.rotate-secret",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before: { url: before.url },
      after: { url: before.url, previousSecretValidUntil: previousSecretUntil },
    });
  });
  return { secret, previousSecretUntil };
}

/** The current secret, for an owner setting up the receiver again; the reveal is audited. */
export async function revealEndpointSecret(ctx: WorkspaceContext, endpointId: string, now = new Date()) {
  return getDb().$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: endpointId, workspaceId: ctx.workspace.id },
      select: { url: true, secret: true, previousSecretUntil: true },
    });
    if (!endpoint) throw notFoundError();
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "webhook.reveal-secret", entityType: "WebhookEndpoint", entityId: endpointId, after: { url: endpoint.url } });
    const rotating = endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? endpoint.previousSecretUntil : null;
    return { secret: endpoint.secret, previousSecretUntil: rotating };
  });
}

/** Turning off fails what is still pending; turning on starts counting failures afresh. */
export async function setEndpointEnabled(ctx: WorkspaceContext, input: { endpointId: string; enabled: boolean }, now = new Date()) {
  await getDb().$transaction(async (tx) => {
    const before = await lockEndpoint(tx, ctx, input.endpointId);
    if (before.enabled === input.enabled) return;
    if (input.enabled) {
      await tx.webhookEndpoint.update({ where: { id: input.endpointId }, data: { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 } });
    } else {
      await disableEndpoint(tx, input.endpointId, DISABLED_REASONS.manual, now);
    }
    await recordAudit(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.user.id,
      action: input.enabled ? "webhook.enable" : "webhook.disable",
      entityType: "WebhookEndpoint",
      entityId: input.endpointId,
      before,
      after: { ...before, enabled: input.enabled },
    });
  });
}

/** Deletes the endpoint with its deliveries and their attempt log. */
export async function deleteEndpoint(ctx: WorkspaceContext, endpointId: string) {
  await getDb().$transaction(async (tx) => {
    const before = await lockEndpoint(tx, ctx, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "webhook.delete", entityType: "WebhookEndpoint", entityId: endpointId, before });
  });
}

export const TEST_EVENT_MESSAGE = "This is a test event from Realised. Your endpoint received it and can check its signature.";

/** Records a webhook.test event that the dispatcher delivers to this endpoint only. */
export async function sendTestEvent(ctx: WorkspaceContext, endpointId: string, now = new Date()) {
  return getDb().$transaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, ctx, endpointId);
    if (!endpoint.enabled) throw new AppError("CONFLICT", "Turn the endpoint on before sending a test event");
    const data: EventData<"webhook.test"> = { endpointId, message: TEST_EVENT_MESSAGE, requestedBy: ctx.user.name };
    // Not through recordWorkspaceEvent: a test event is not one of the workspace's own events.
    const eventId = newEventId();
    await tx.workspaceEvent.create({
      data: { id: eventId, workspaceId: ctx.workspace.id, type: "webhook.test", data: data as Prisma.InputJsonValue, occurredAt: now },
    });
    await recordAudit(tx, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, action: "webhook.test", entityType: "WebhookEndpoint", entityId: endpointId, after: { url: endpoint.url, eventId } });
    return { eventId };
  });
}
