import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import { createUser, createWorkspace } from "@/prisma/factories";
import { actAs } from "@/tests/support/session";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  revealWebhookSecretAction,
  rotateWebhookSecretAction,
  setWebhookEndpointEnabledAction,
} from "./actions";
import { dispatchPendingEvents } from "./dispatch";
import { DISABLED_REASONS, ENDPOINT_OFF_ERROR } from "./endpoint-health";
import { rotateEndpointSecret } from "./mutations";
import { DELIVERY_LOG_SIZE, listEndpoints } from "./queries";
import { MAX_ENDPOINTS_PER_WORKSPACE, URL_MESSAGES } from "./schemas";

// An owner's endpoint management through the server actions (the gate and the validation
// included); refusals for other roles and workspaces are in the tenant-isolation matrix.

async function ownerWorkspace() {
  const owner = await createUser(getDb(), { name: "Olga Owner" });
  const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
  return { owner, ws, as: <T>(fn: () => Promise<T>) => actAs(owner, fn) };
}

const valid = { url: "https://hooks.example.test/realised", description: "ERP sync", events: ["leak.opened", "actuals.recorded"], format: "standard" };

describe("webhook endpoints", () => {
  it("are created with a whsec_ secret shown to the owner, audited without it", async () => {
    const { ws, as } = await ownerWorkspace();
    const result = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({ workspaceId: ws.id, url: valid.url, description: "ERP sync", events: ["leak.opened", "actuals.recorded"], format: "standard", enabled: true, secret: result.data.secret });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { workspaceId: ws.id, action: "webhook.create" } });
    expect(JSON.stringify(audit)).not.toContain(result.data.secret);
    // The list for the page carries no secrets at all.
    expect(JSON.stringify(await listEndpoints(ws.id))).not.toContain("whsec_");
  });

  it("refuse bad input with a message on the field, and nothing is stored", async () => {
    const { ws, as } = await ownerWorkspace();
    const refused = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid, url: "http://hooks.example.test/x", events: [] }));
    expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { url: [URL_MESSAGES.httpOnlyLocal], events: ["Choose at least one event"] } });
    const slack = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid, format: "slack" }));
    expect(slack).toMatchObject({ ok: false, fieldErrors: { events: ["A Slack endpoint can only receive leak.opened and leak.worsened"] } });
    const credentials = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid, url: "https://me:pw@hooks.example.test/" }));
    expect(credentials).toMatchObject({ ok: false, fieldErrors: { url: [URL_MESSAGES.credentials] } });
    expect(await getDb().webhookEndpoint.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it(`are limited to ${MAX_ENDPOINTS_PER_WORKSPACE} per workspace`, async () => {
    const { ws, as } = await ownerWorkspace();
    await getDb().webhookEndpoint.createMany({
      data: Array.from({ length: MAX_ENDPOINTS_PER_WORKSPACE }, (_, i) => ({ workspaceId: ws.id, url: `https://h${i}.example.test/`, events: ["leak.opened"], secret: "whsec_AAAA" })),
    });
    const result = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    expect(result).toMatchObject({ ok: false, error: "CONFLICT", message: `A workspace can have at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints; delete one first` });
  });

  it("rotate their secret, keeping the previous one for 24 hours, and reveal the current one", async () => {
    const { owner, ws, as } = await ownerWorkspace();
    const created = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    if (!created.ok) throw new Error(created.message);
    const now = new Date("2026-03-05T09:30:00Z");
    const rotated = await rotateEndpointSecret(await workspaceContextFor(owner, ws.slug), created.data.id, now);
    expect(rotated.secret).not.toBe(created.data.secret);
    expect(await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: created.data.id }, select: { secret: true, previousSecret: true, previousSecretUntil: true } })).toEqual({
      secret: rotated.secret,
      previousSecret: created.data.secret,
      previousSecretUntil: new Date("2026-03-06T09:30:00Z"),
    });
    const viaAction = await as(() => rotateWebhookSecretAction({ workspaceSlug: ws.slug, endpointId: created.data.id }));
    expect(viaAction.ok).toBe(true);
    const revealed = await as(() => revealWebhookSecretAction({ workspaceSlug: ws.slug, endpointId: created.data.id }));
    expect(revealed).toEqual({ ok: true, data: { secret: viaAction.ok ? viaAction.data.secret : "", previousSecretUntil: viaAction.ok ? viaAction.data.previousSecretUntil : null } });
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: { in: ["webhook.rotate-secret", "webhook.reveal-secret"] } } })).toBe(3);
  });

  it("turned off drop their pending deliveries; turned on again they count failures afresh", async () => {
    const { ws, as } = await ownerWorkspace();
    const created = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    if (!created.ok) throw new Error(created.message);
    const endpointId = created.data.id;
    const now = new Date("2026-03-05T09:30:00Z");
    const data = { investment: { id: "i", name: "Loyalty", currency: "EUR" }, source: "ui", months: [{ month: "2026-02", cost: "1.00", benefit: "2.00", revision: 1 }] };
    await getDb().$transaction((tx) => recordWorkspaceEvent(tx, { workspaceId: ws.id, type: "actuals.recorded", data, occurredAt: now }));
    await dispatchPendingEvents({ now, enqueue: async () => {} });
    await getDb().webhookEndpoint.update({ where: { id: endpointId }, data: { consecutiveFailures: 7 } });

    expect(await as(() => setWebhookEndpointEnabledAction({ workspaceSlug: ws.slug, endpointId, enabled: "false" }))).toEqual({ ok: true, data: undefined });
    expect(await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ enabled: false, disabledReason: DISABLED_REASONS.manual });
    expect(await getDb().webhookDelivery.findMany({ where: { endpointId }, select: { status: true, lastError: true } })).toEqual([{ status: "failed", lastError: ENDPOINT_OFF_ERROR }]);

    await as(() => setWebhookEndpointEnabledAction({ workspaceSlug: ws.slug, endpointId, enabled: true }));
    expect(await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
  });

  it("are deleted with their deliveries and attempt log", async () => {
    const { ws, as } = await ownerWorkspace();
    const created = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    if (!created.ok) throw new Error(created.message);
    const event = await getDb().workspaceEvent.create({ data: { id: "msg_delete_me", workspaceId: ws.id, type: "leak.opened", data: {} } });
    const delivery = await getDb().webhookDelivery.create({ data: { endpointId: created.data.id, eventId: event.id, workspaceId: ws.id } });
    await getDb().webhookAttempt.create({ data: { deliveryId: delivery.id, statusCode: 500, durationMs: 12 } });
    expect(await as(() => deleteWebhookEndpointAction({ workspaceSlug: ws.slug, endpointId: created.data.id }))).toEqual({ ok: true, data: undefined });
    expect(await getDb().webhookEndpoint.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await getDb().webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(0);
    // The event stays: other endpoints and the audit trail may still refer to it.
    expect(await getDb().workspaceEvent.count({ where: { id: event.id } })).toBe(1);
  });

  it("list the newest 50 deliveries of each endpoint for the log", async () => {
    const { ws, as } = await ownerWorkspace();
    const created = await as(() => createWebhookEndpointAction({ workspaceSlug: ws.slug, ...valid }));
    if (!created.ok) throw new Error(created.message);
    const base = Date.UTC(2026, 2, 1);
    for (let i = 0; i < DELIVERY_LOG_SIZE + 5; i++) {
      await getDb().workspaceEvent.create({ data: { id: `msg_log_${i}`, workspaceId: ws.id, type: "leak.opened", data: {}, occurredAt: new Date(base + i * 60_000) } });
    }
    await getDb().webhookDelivery.createMany({
      data: Array.from({ length: DELIVERY_LOG_SIZE + 5 }, (_, i) => ({ endpointId: created.data.id, eventId: `msg_log_${i}`, workspaceId: ws.id, createdAt: new Date(base + i * 60_000) })),
    });
    const [endpoint] = await listEndpoints(ws.id);
    expect(endpoint.deliveries).toHaveLength(DELIVERY_LOG_SIZE);
    expect(endpoint.deliveries[0].event.id).toBe(`msg_log_${DELIVERY_LOG_SIZE + 4}`);
    expect(endpoint.deliveries.at(-1)?.event.id).toBe("msg_log_5");
  });
});
