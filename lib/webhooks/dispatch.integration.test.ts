import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import type { EventType } from "@/lib/webhooks/event-schemas";
import { createUser, createWorkspace } from "@/prisma/factories";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { dispatchPendingEvents, requeueStalledDeliveries, STALLED_AFTER_MS } from "./dispatch";
import { createEndpoint, sendTestEvent, setEndpointEnabled } from "./mutations";
import type { WebhookJob } from "./queues";
import { createEndpointInput } from "./schemas";

// The leak e-mails are another module's business; here only whether and how they are asked for.
const alerts = vi.hoisted(() => ({ calls: [] as { id: string; type: string }[], fail: false }));
vi.mock("@/lib/alerts/alert-on-event", () => ({
  alertMembersOfEvent: async (event: { id: string; type: string }) => {
    alerts.calls.push({ id: event.id, type: event.type });
    if (alerts.fail) throw new Error("SMTP is down");
  },
}));

const NOW = new Date("2026-03-05T09:30:00Z");
const investment = { id: "inv1", name: "Loyalty", currency: "EUR" };
const DATA: Partial<Record<EventType, Record<string, unknown>>> = {
  "leak.opened": {
    investment,
    leak: { code: "COST_OVERRUN", subject: "", atStakeMonthly: "120.00", previousAtStakeMonthly: null, messageEn: "Costs run over.", messageNl: "De kosten lopen uit." },
  },
  "actuals.recorded": { investment, source: "ui", months: [{ month: "2026-02", cost: "10.00", benefit: "20.00", revision: 1 }] },
  "plan.approved": { investment, version: 1, reason: "Plan approved", by: "Olga" },
};

async function workspaceWithOwner() {
  const owner = await createUser(getDb());
  const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
  return { ws, ctx: await workspaceContextFor(owner, ws.slug) };
}

const endpoint = (ctx: Awaited<ReturnType<typeof workspaceWithOwner>>["ctx"], events: string[], format = "standard", path = "hook") =>
  createEndpoint(ctx, createEndpointInput.parse({ url: `https://hooks.example.test/${path}`, events, format }));

const record = (workspaceId: string, type: EventType) =>
  getDb().$transaction((tx) => recordWorkspaceEvent(tx, { workspaceId, type, data: DATA[type]!, occurredAt: NOW }));

async function dispatch(now = NOW) {
  const jobs: WebhookJob[] = [];
  const result = await dispatchPendingEvents({ now, enqueue: async (job) => void jobs.push(job) });
  return { ...result, jobs };
}

const deliveriesOf = (eventId: string) =>
  getDb().webhookDelivery.findMany({ where: { eventId }, select: { endpointId: true, status: true, nextAttemptAt: true, workspaceId: true } });

beforeEach(async () => {
  alerts.calls = [];
  alerts.fail = false;
  // Each test starts from an empty outbox.
  await dispatchPendingEvents({ now: NOW, enqueue: async () => {} });
  alerts.calls = [];
});

describe("dispatchPendingEvents", () => {
  it("creates one delivery per enabled endpoint subscribed to the type, in the event's workspace only", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    const other = await workspaceWithOwner();
    const subscribed = await endpoint(ctx, ["actuals.recorded", "plan.approved"], "standard", "a");
    const alsoSubscribed = await endpoint(ctx, ["actuals.recorded"], "standard", "b");
    await endpoint(ctx, ["plan.approved"], "standard", "unsubscribed");
    const off = await endpoint(ctx, ["actuals.recorded"], "standard", "off");
    await setEndpointEnabled(ctx, { endpointId: off.id, enabled: false });
    await endpoint(other.ctx, ["actuals.recorded"], "standard", "other-workspace");

    const eventId = await record(ws.id, "actuals.recorded");
    const { events, deliveries, jobs } = await dispatch();
    expect({ events, deliveries }).toEqual({ events: 1, deliveries: 2 });
    const rows = await deliveriesOf(eventId);
    expect(rows.map((r) => r.endpointId).sort()).toEqual([subscribed.id, alsoSubscribed.id].sort());
    expect(rows.every((r) => r.status === "pending" && r.workspaceId === ws.id && r.nextAttemptAt?.getTime() === NOW.getTime())).toBe(true);
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => j.kind === "deliver" && j.startAfter.getTime() === NOW.getTime())).toBe(true);
    expect(await getDb().workspaceEvent.findUniqueOrThrow({ where: { id: eventId }, select: { dispatchedAt: true } })).toEqual({ dispatchedAt: NOW });
    // Not for leak events: no alert was asked for.
    expect(alerts.calls).toEqual([]);
  });

  it("dispatches an event once, also when workers run at the same time or again", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    await endpoint(ctx, ["actuals.recorded"]);
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => record(ws.id, "actuals.recorded")));
    const runs = await Promise.all([dispatch(), dispatch(), dispatch()]);
    expect(runs.reduce((sum, r) => sum + r.events, 0)).toBe(5);
    expect(runs.flatMap((r) => r.jobs)).toHaveLength(5);
    expect((await dispatch()).events).toBe(0);
    for (const id of ids) expect(await deliveriesOf(id)).toHaveLength(1);
  });

  it("sends a Slack endpoint only the leak events, and asks for the leak alert", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    const slack = await endpoint(ctx, ["leak.opened"], "slack");
    // A subscription the form would refuse, stored directly: the dispatcher still keeps other events away from Slack.
    await getDb().webhookEndpoint.update({ where: { id: slack.id }, data: { events: ["leak.opened", "plan.approved"] } });
    const leak = await record(ws.id, "leak.opened");
    const plan = await record(ws.id, "plan.approved");
    await dispatch();
    expect(await deliveriesOf(leak)).toEqual([expect.objectContaining({ endpointId: slack.id })]);
    expect(await deliveriesOf(plan)).toEqual([]);
    expect(alerts.calls).toEqual([{ id: leak, type: "leak.opened" }]);
  });

  it("does not hold up the webhooks when the leak alert fails: it is queued for a retry", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    const hook = await endpoint(ctx, ["leak.opened"]);
    alerts.fail = true;
    const leak = await record(ws.id, "leak.opened");
    const { jobs } = await dispatch();
    const [delivery] = await getDb().webhookDelivery.findMany({ where: { eventId: leak }, select: { id: true, endpointId: true } });
    expect(delivery.endpointId).toBe(hook.id);
    expect(jobs).toEqual([
      { kind: "deliver", deliveryId: delivery.id, startAfter: NOW },
      { kind: "alert", eventId: leak, startAfter: new Date(NOW.getTime() + 30_000) },
    ]);
    expect((await getDb().workspaceEvent.findUniqueOrThrow({ where: { id: leak } })).dispatchedAt).toEqual(NOW);
  });

  it("delivers a test event only to the endpoint it was sent for, and refuses one that is off", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    const target = await endpoint(ctx, ["actuals.recorded"], "standard", "target");
    await endpoint(ctx, ["actuals.recorded", "leak.opened"], "standard", "bystander");
    const slack = await endpoint(ctx, ["leak.opened"], "slack", "slack");
    const { eventId } = await sendTestEvent(ctx, target.id, NOW);
    const { eventId: slackTest } = await sendTestEvent(ctx, slack.id, NOW);
    await dispatch();
    expect(await deliveriesOf(eventId)).toEqual([expect.objectContaining({ endpointId: target.id })]);
    expect(await deliveriesOf(slackTest)).toEqual([expect.objectContaining({ endpointId: slack.id })]);
    const event = await getDb().workspaceEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ workspaceId: ws.id, type: "webhook.test", data: { endpointId: target.id, requestedBy: ctx.user.name } });

    await setEndpointEnabled(ctx, { endpointId: target.id, enabled: false });
    await expect(sendTestEvent(ctx, target.id, NOW)).rejects.toThrow("Turn the endpoint on before sending a test event");
  });
});

describe("requeueStalledDeliveries", () => {
  it("queues again the pending deliveries whose job was lost, and only those", async () => {
    const { ws, ctx } = await workspaceWithOwner();
    await endpoint(ctx, ["plan.approved"]);
    const eventId = await record(ws.id, "plan.approved");
    await dispatch();
    const [delivery] = await getDb().webhookDelivery.findMany({ where: { eventId }, select: { id: true } });
    const jobsAt = async (now: Date) => {
      const jobs: WebhookJob[] = [];
      await requeueStalledDeliveries({ now, enqueue: async (job) => void jobs.push(job) });
      return jobs.filter((j) => j.kind === "deliver" && j.deliveryId === delivery.id);
    };
    expect(await jobsAt(new Date(NOW.getTime() + STALLED_AFTER_MS))).toEqual([]);
    const late = new Date(NOW.getTime() + STALLED_AFTER_MS + 1000);
    expect(await jobsAt(late)).toEqual([{ kind: "deliver", deliveryId: delivery.id, startAfter: late }]);
  });
});
