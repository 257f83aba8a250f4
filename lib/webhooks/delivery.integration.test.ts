import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordWorkspaceEvent } from "@/lib/events/record-event";
import { startBoss, stopBoss } from "@/lib/jobs/boss";
import { createUser, createWorkspace } from "@/prisma/factories";
import { pinClock } from "@/tests/support/pinned-clock";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { workspaceContextFor } from "@/tests/support/workspace-context";
import { guardedLookup } from "./deliver-http";
import { attemptDelivery } from "./delivery-job";
import { dispatchPendingEvents } from "./dispatch";
import { AUTO_DISABLE_AFTER_FAILURES, DISABLED_REASONS } from "./endpoint-health";
import { parseEventBody } from "./event-schemas";
import { createEndpoint } from "./mutations";
import type { WebhookJob } from "./queues";
import { createEndpointInput } from "./schemas";
import { registerWebhookWorkers } from "./workers";

// Deliveries to a real HTTP receiver on 127.0.0.1 (allowed through the test-only escape
// hatch), with the clock of each attempt injected: no test waits for a retry.

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
type Reply = { status: number; headers?: Record<string, string>; body?: string };

async function startReceiver(reply: (count: number) => Reply) {
  const received: Received[] = [];
  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const answer = reply(received.length);
      response.writeHead(answer.status, answer.headers).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/realised`, port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const T0 = new Date("2026-03-05T09:30:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const MISSING = { period: "2026-02", investments: [{ id: "inv1", name: "Loyalty", missingMonths: ["2026-02"] }] };

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const saved = { loopback: process.env.WEBHOOK_ALLOW_LOOPBACK, smtp: process.env.SMTP_URL };
const receivers: { close: () => Promise<void> }[] = [];
let unpin: (() => void) | null = null;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_LOOPBACK = "1";
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterEach(() => {
  unpin?.();
  unpin = null;
});
afterAll(async () => {
  for (const receiver of receivers) await receiver.close();
  await sink.close();
  if (saved.loopback === undefined) delete process.env.WEBHOOK_ALLOW_LOOPBACK;
  else process.env.WEBHOOK_ALLOW_LOOPBACK = saved.loopback;
  if (saved.smtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved.smtp;
});

async function receiver(reply: (count: number) => Reply) {
  const started = await startReceiver(reply);
  receivers.push(started);
  return started;
}

/** A workspace with an endpoint for actuals.missing at `url`, registered through the real validation. */
async function setup(url: string, options: { owners?: { locale: string | null }[] } = {}) {
  const owners = await Promise.all((options.owners ?? [{ locale: null }]).map(() => createUser(getDb())));
  for (const [i, owner] of owners.entries()) {
    const locale = options.owners?.[i]?.locale ?? null;
    if (locale) await getDb().user.update({ where: { id: owner.id }, data: { locale } });
  }
  const editor = await createUser(getDb());
  const ws = await createWorkspace(getDb(), {
    name: "Hooked Co",
    locale: "en-GB",
    members: [...owners.map((o) => ({ userId: o.id, role: "owner" as const })), { userId: editor.id, role: "editor" }],
  });
  const ctx = await workspaceContextFor(owners[0], ws.slug);
  const endpoint = await createEndpoint(ctx, createEndpointInput.parse({ url, events: ["actuals.missing"] }));
  return { ws, owners, editor, endpoint };
}

async function recordEvent(workspaceId: string, occurredAt = T0) {
  return getDb().$transaction((tx) => recordWorkspaceEvent(tx, { workspaceId, type: "actuals.missing", data: MISSING, occurredAt }));
}

/** Dispatches the pending events and returns the delivery jobs asked for. */
async function dispatch(now = T0) {
  const jobs: WebhookJob[] = [];
  await dispatchPendingEvents({ now, enqueue: async (job) => void jobs.push(job) });
  return jobs;
}

const collect = () => {
  const jobs: WebhookJob[] = [];
  return { jobs, enqueue: async (job: WebhookJob) => void jobs.push(job) };
};

describe("a delivery attempt", () => {
  it("retries a failed delivery on schedule with the same webhook-id, signed so standardwebhooks verifies every attempt", async () => {
    const hook = await receiver((n) => (n === 1 ? { status: 500, body: "boom: database down" } : { status: 204 }));
    const { ws, endpoint } = await setup(hook.url);
    const eventId = await recordEvent(ws.id);
    const [job] = await dispatch();
    expect(job).toMatchObject({ kind: "deliver", startAfter: T0 });
    const deliveryId = (job as { deliveryId: string }).deliveryId;

    const first = collect();
    expect(await attemptDelivery(deliveryId, { now: T0, enqueue: first.enqueue })).toEqual({
      outcome: "retrying",
      nextAttemptAt: at(30),
      error: "HTTP 500: boom: database down",
    });
    expect(first.jobs).toEqual([{ kind: "deliver", deliveryId, startAfter: at(30) }]);
    // Not due yet: a second job for it (a requeue) leaves it alone.
    expect(await attemptDelivery(deliveryId, { now: at(10), enqueue: first.enqueue })).toEqual({ outcome: "skipped" });
    expect(await attemptDelivery(deliveryId, { now: at(30), enqueue: first.enqueue })).toEqual({ outcome: "succeeded", statusCode: 204 });
    expect(await attemptDelivery(deliveryId, { now: at(60), enqueue: first.enqueue })).toEqual({ outcome: "skipped" });

    expect(hook.received).toHaveLength(2);
    expect(hook.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
    expect(hook.received.map((r) => r.headers["webhook-timestamp"])).toEqual([String(T0.getTime() / 1000), String(at(30).getTime() / 1000)]);
    expect(hook.received[0].body).toBe(hook.received[1].body);
    expect(hook.received[0].headers["user-agent"]).toBe("Realised-Webhooks/1");
    expect(hook.received[0].headers["content-type"]).toBe("application/json");
    expect(hook.received[0].path).toBe("/hooks/realised");
    expect(parseEventBody(JSON.parse(hook.received[0].body))).toEqual({ type: "actuals.missing", timestamp: T0.toISOString(), data: MISSING });

    const { secret } = endpoint;
    for (const [i, moment] of [T0, at(30)].entries()) {
      unpin = pinClock(moment);
      const headers = Object.fromEntries(Object.entries(hook.received[i].headers).map(([k, v]) => [k, String(v)]));
      expect(new Webhook(secret).verify(hook.received[i].body, headers)).toEqual(JSON.parse(hook.received[i].body));
      unpin();
      unpin = null;
    }

    const attempts = await getDb().webhookAttempt.findMany({ where: { deliveryId }, orderBy: { attemptedAt: "asc" }, select: { attemptedAt: true, statusCode: true, error: true, durationMs: true } });
    expect(attempts.map(({ durationMs: _, ...a }) => a)).toEqual([
      { attemptedAt: T0, statusCode: 500, error: "HTTP 500: boom: database down" },
      { attemptedAt: at(30), statusCode: 204, error: null },
    ]);
    expect(attempts.every((a) => a.durationMs >= 0)).toBe(true);
    expect(await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "succeeded",
      attemptCount: 2,
      lastStatusCode: 204,
      lastError: null,
      deliveredAt: at(30),
      nextAttemptAt: null,
    });
    expect(await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { consecutiveFailures: true, enabled: true } })).toEqual({ consecutiveFailures: 0, enabled: true });
  });

  it("does not follow a redirect: it is a failed attempt, and the redirect target is never called", async () => {
    const hook = await receiver(() => ({ status: 302, headers: { location: "/elsewhere" } }));
    const { ws } = await setup(hook.url);
    await recordEvent(ws.id);
    const [job] = await dispatch();
    const outcome = await attemptDelivery((job as { deliveryId: string }).deliveryId, { now: T0, enqueue: collect().enqueue });
    expect(outcome).toEqual({ outcome: "retrying", nextAttemptAt: at(30), error: "Redirects are not followed (Location: /elsewhere)" });
    expect(hook.received.map((r) => r.path)).toEqual(["/hooks/realised"]);
    expect(await getDb().webhookAttempt.findFirst({ where: { deliveryId: (job as { deliveryId: string }).deliveryId }, select: { statusCode: true } })).toEqual({ statusCode: 302 });
  });

  it("keeps at most 4 kB of the receiver's answer in the attempt log", async () => {
    const hook = await receiver(() => ({ status: 400, body: "x".repeat(20_000) }));
    const { ws } = await setup(hook.url);
    await recordEvent(ws.id);
    const [job] = await dispatch();
    await attemptDelivery((job as { deliveryId: string }).deliveryId, { now: T0, enqueue: collect().enqueue });
    const attempt = await getDb().webhookAttempt.findFirstOrThrow({ where: { deliveryId: (job as { deliveryId: string }).deliveryId } });
    expect(attempt.error).toBe(`HTTP 400: ${"x".repeat(4096)}…`);
  });

  it("gives up an attempt the receiver never answers when its deadline passes (a short one here)", async () => {
    // A receiver that accepts the connection and then says nothing.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    receivers.push({
      close: () =>
        new Promise<void>((resolve) => {
          silent.closeAllConnections();
          silent.close(() => resolve());
        }),
    });
    const { ws } = await setup(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`);
    await recordEvent(ws.id);
    const [job] = await dispatch();
    const outcome = await attemptDelivery((job as { deliveryId: string }).deliveryId, { now: T0, enqueue: collect().enqueue, timeoutMs: 200 });
    expect(outcome).toEqual({ outcome: "retrying", nextAttemptAt: at(30), error: "No answer within 0.2 s" });
  });

  it(`turns the endpoint off after ${AUTO_DISABLE_AFTER_FAILURES} failed attempts in a row and mails each owner once, in their language`, async () => {
    const hook = await receiver(() => ({ status: 503, body: "maintenance" }));
    const { ws, owners, editor, endpoint } = await setup(hook.url, { owners: [{ locale: "nl" }, { locale: null }] });
    for (let i = 0; i < AUTO_DISABLE_AFTER_FAILURES + 2; i++) await recordEvent(ws.id, at(i));
    const jobs = await dispatch(at(100));
    expect(jobs).toHaveLength(AUTO_DISABLE_AFTER_FAILURES + 2);
    const ids = jobs.map((j) => (j as { deliveryId: string }).deliveryId);

    const outcomes = [];
    for (const id of ids.slice(0, AUTO_DISABLE_AFTER_FAILURES)) outcomes.push(await attemptDelivery(id, { now: at(100), enqueue: collect().enqueue }));
    expect(outcomes.slice(0, -1).every((o) => o.outcome === "retrying")).toBe(true);
    expect(outcomes.at(-1)).toEqual({ outcome: "failed", error: "HTTP 503: maintenance", endpointDisabled: true });
    // The rest is not tried: the endpoint is off and its pending deliveries failed.
    expect(await attemptDelivery(ids.at(-1)!, { now: at(200), enqueue: collect().enqueue })).toEqual({ outcome: "skipped" });
    expect(hook.received).toHaveLength(AUTO_DISABLE_AFTER_FAILURES);

    expect(await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { enabled: true, disabledAt: true, disabledReason: true } })).toEqual({
      enabled: false,
      disabledAt: at(100),
      disabledReason: DISABLED_REASONS.failures,
    });
    expect(await getDb().webhookDelivery.groupBy({ by: ["status"], where: { endpointId: endpoint.id }, _count: true })).toEqual([{ status: "failed", _count: AUTO_DISABLE_AFTER_FAILURES + 2 }]);

    const [dutch] = sink.mailsTo(owners[0].email);
    const [english] = sink.mailsTo(owners[1].email);
    expect(sink.mailsTo(owners[0].email)).toHaveLength(1);
    expect(sink.mailsTo(owners[1].email)).toHaveLength(1);
    expect(sink.mailsTo(editor.email)).toHaveLength(0);
    expect(dutch.subject).toBe("Webhook uitgezet in Hooked Co");
    expect(dutch.text).toContain(`Uitgezet na ${AUTO_DISABLE_AFTER_FAILURES} mislukte leverpogingen op rij`);
    expect(dutch.text).toContain("Laatste fout: HTTP 503: maintenance");
    expect(english.subject).toBe("Webhook turned off in Hooked Co");
    expect(english.text).toContain(hook.url);
    expect(english.text).toContain(`/w/${ws.slug}/webhooks`);
  });

  it("gives a delivery up after its last scheduled attempt, and turns the endpoint off", async () => {
    const hook = await receiver(() => ({ status: 500 }));
    const { ws, owners, endpoint } = await setup(hook.url);
    await recordEvent(ws.id);
    const [job] = await dispatch();
    const deliveryId = (job as { deliveryId: string }).deliveryId;
    await getDb().webhookDelivery.update({ where: { id: deliveryId }, data: { attemptCount: 9 } });
    expect(await attemptDelivery(deliveryId, { now: at(60), enqueue: collect().enqueue })).toEqual({ outcome: "failed", error: "HTTP 500", endpointDisabled: true });
    expect(await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { status: true, attemptCount: true, nextAttemptAt: true } })).toEqual({
      status: "failed",
      attemptCount: 10,
      nextAttemptAt: null,
    });
    expect((await getDb().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).disabledReason).toBe(DISABLED_REASONS.gaveUp);
    expect(sink.mailsTo(owners[0].email)).toHaveLength(1);
  });

  it("signs with the previous secret too for 24 hours after a rotation", async () => {
    const hook = await receiver(() => ({ status: 200 }));
    const { ws, owners, endpoint } = await setup(hook.url);
    const { rotateEndpointSecret } = await import("./mutations");
    const ctx = await workspaceContextFor(owners[0], ws.slug);
    const rotated = await rotateEndpointSecret(ctx, endpoint.id, T0);
    expect(rotated.previousSecretUntil).toEqual(at(24 * 3600));
    await recordEvent(ws.id);
    const [job] = await dispatch();
    await attemptDelivery((job as { deliveryId: string }).deliveryId, { now: at(60), enqueue: collect().enqueue });
    const headers = Object.fromEntries(Object.entries(hook.received[0].headers).map(([k, v]) => [k, String(v)]));
    unpin = pinClock(at(60));
    expect(new Webhook(rotated.secret).verify(hook.received[0].body, headers)).toBeTruthy();
    expect(new Webhook(endpoint.secret).verify(hook.received[0].body, headers)).toBeTruthy();
  });
});

describe("the address policy in production mode", () => {
  const production = { production: true, allowLoopback: false };

  it("refuses a private target without sending anything, and logs why", async () => {
    const owner = await createUser(getDb());
    const ws = await createWorkspace(getDb(), { members: [{ userId: owner.id, role: "owner" }] });
    // Stored directly: registration in production would refuse this literal address already.
    const endpoint = await getDb().webhookEndpoint.create({
      data: { workspaceId: ws.id, url: "https://10.20.30.40/hook", events: ["actuals.missing"], secret: `whsec_${Buffer.alloc(32, 1).toString("base64")}` },
    });
    await recordEvent(ws.id);
    const jobs = await dispatch();
    const mine = await getDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(jobs).toContainEqual({ kind: "deliver", deliveryId: mine.id, startAfter: T0 });
    const outcome = await attemptDelivery(mine.id, { now: T0, enqueue: collect().enqueue, policy: production });
    expect(outcome).toMatchObject({ outcome: "retrying", error: expect.stringContaining("internal network address") });
    expect(await getDb().webhookAttempt.findFirstOrThrow({ where: { deliveryId: mine.id }, select: { statusCode: true } })).toEqual({ statusCode: null });
  });

  it("checks what a host name resolves to: localhost is refused after DNS", async () => {
    const lookup = guardedLookup(production);
    const error = await new Promise<Error | null>((resolve) => lookup("localhost", { all: true }, (err) => resolve(err)));
    expect(error?.message).toMatch(/^Refused localhost: (127\.0\.0\.1|::1) is a loopback address, which cannot receive webhooks$/);
    const allowed = await new Promise<unknown>((resolve) => guardedLookup({ production: true, allowLoopback: true })("localhost", { all: true }, (_err, addresses) => resolve(addresses)));
    expect(allowed).toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })]));
  });
});

describe("the worker", () => {
  afterAll(async () => {
    // Waits for running jobs to finish (returns at once when none runs): a job still at work
    // when the test database is dropped would lose its connection mid-query, on a busy machine.
    await stopBoss({ timeout: 120_000 });
  });

  it("dispatches a new event within seconds and delivers it through pg-boss", async () => {
    const hook = await receiver(() => ({ status: 202 }));
    const { ws } = await setup(hook.url);
    // Earlier tests left only dispatched events; this one is new.
    const boss = await startBoss();
    await registerWebhookWorkers(boss, { pollIntervalMs: 250, pollingIntervalSeconds: 0.5 });
    const eventId = await recordEvent(ws.id, new Date());
    await vi.waitFor(
      async () => {
        expect(hook.received.map((r) => r.headers["webhook-id"])).toEqual([eventId]);
        expect(await getDb().webhookDelivery.findFirst({ where: { eventId }, select: { status: true } })).toEqual({ status: "succeeded" });
      },
      { timeout: 60_000, interval: 100 },
    );
  });
});
