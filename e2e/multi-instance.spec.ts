// Two production instances (E2E_BASE_URL, E2E_BASE_URL_B) and one worker on one
// database, started by scripts/e2e.ts: nothing a request needs may live in one
// instance's memory, and a scheduled mail goes out once however often its job runs.
import { expect, test, type APIRequestContext } from "@playwright/test";
import PgBoss from "pg-boss";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { MONTHLY_REPORTS_QUEUE, RETRY } from "@/lib/jobs/queues";
import { attemptSignIn } from "./support/credentials-api";
import { createUser, createWorkspace, db, mailsTo } from "./support/fixtures";

const instances = { A: process.env.E2E_BASE_URL ?? "", B: process.env.E2E_BASE_URL_B ?? "" };

test.beforeAll(() => {
  expect(instances.B, "scripts/e2e.ts starts a second instance and sets E2E_BASE_URL_B").toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(instances.B).not.toBe(instances.A);
});

// Every attempt from its own address (TEST-NET-2), so only the per-e-mail limit can trip
// and no other spec's sign-ins from 127.0.0.1 are ever throttled by this one.
let addressCounter = 0;
const nextClientIp = () => `198.51.100.${++addressCounter}`;

const contexts: APIRequestContext[] = [];
test.afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.dispose()));
});

test.describe("two app instances", () => {
  for (const [from, to] of [["A", "B"], ["B", "A"]] as const) {
    test(`a session made on instance ${from} is valid on instance ${to}`, async ({ playwright }) => {
      const user = await createUser(db());
      const signedIn = await playwright.request.newContext({ baseURL: instances[from] });
      contexts.push(signedIn);
      expect(await attemptSignIn(signedIn, { email: user.email, password: user.password, clientIp: nextClientIp() })).toBeNull();
      const state = await signedIn.storageState();
      expect(state.cookies.map((c) => c.name)).toContain("next-auth.session-token");

      const other = await playwright.request.newContext({ baseURL: instances[to], storageState: state });
      const anonymous = await playwright.request.newContext({ baseURL: instances[to] });
      contexts.push(other, anonymous);
      const session = (await (await other.get("/api/auth/session")).json()) as { user?: { email?: string } };
      expect(session.user?.email).toBe(user.email);
      const page = await other.get("/workspaces", { maxRedirects: 0 });
      expect(page.status()).toBe(200);

      // The control: the same page on that instance without the cookie sends you to sign in.
      const refused = await anonymous.get("/workspaces", { maxRedirects: 0 });
      expect(refused.status()).toBeGreaterThanOrEqual(300);
      expect(refused.status()).toBeLessThan(400);
      expect(refused.headers().location).toContain("/sign-in");
    });
  }

  test("the sign-in limit counts failures on both instances together", async ({ playwright }) => {
    const user = await createUser(db());
    const a = await playwright.request.newContext({ baseURL: instances.A });
    const b = await playwright.request.newContext({ baseURL: instances.B });
    contexts.push(a, b);

    // 10 wrong passwords, alternating: each instance sees only 5 of them.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const error = await attemptSignIn(attempt % 2 ? a : b, { email: user.email, password: "wrong-password-1", clientIp: nextClientIp() });
      expect(error, `failure ${attempt} is an ordinary failed sign-in`).not.toBeNull();
      expect(error, `failure ${attempt} is not yet refused`).not.toMatch(/^RATE_LIMITED/);
    }
    // The 11th attempt is refused on either instance, even with the right password.
    for (const [name, context] of [["A", a], ["B", b]] as const) {
      const error = await attemptSignIn(context, { email: user.email, password: user.password, clientIp: nextClientIp() });
      expect(error, `instance ${name}`).toMatch(/^RATE_LIMITED:\d+$/);
      const minutes = Number(error?.split(":")[1]);
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(15);
      expect((await context.storageState()).cookies.map((c) => c.name)).not.toContain("next-auth.session-token");
    }
  });
});

test.describe("the worker", () => {
  // A fixed day, so the run never depends on today's date: the report for January 2030.
  const TODAY = "2030-02-10T05:00:00.000Z";
  let workspaceId = "";

  test.afterAll(async () => {
    // Later runs of the monthly job (other specs) must not mail this workspace again.
    if (workspaceId) await db().reportSchedule.updateMany({ where: { workspaceId }, data: { enabled: false } });
  });

  test("a monthly report job queued twice mails the report once", async () => {
    test.setTimeout(240_000);
    const owner = await createUser(db());
    const ws = await createWorkspace(db(), { name: `Multi Instance ${Date.now()}`, members: [{ userId: owner.id, role: "owner" }] });
    workspaceId = ws.id;
    const recipient = `board-${ws.slug}@example.test`;
    await db().reportSchedule.create({ data: { workspaceId: ws.id, dayOfMonth: 1, recipients: [recipient], locale: "en" } });

    // Queued the way the daily tick queues it; the worker process (scripts/worker.ts) runs them.
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: BOSS_SCHEMA, supervise: false, schedule: false, max: 2 });
    await boss.start();
    try {
      const ids = await Promise.all([0, 1].map(() => boss.send(MONTHLY_REPORTS_QUEUE, { today: TODAY }, RETRY)));
      expect(ids.every(Boolean)).toBe(true);
      const states = async () => Promise.all(ids.map(async (id) => (await boss.getJobById(MONTHLY_REPORTS_QUEUE, id!))?.state));
      await expect.poll(states, { timeout: 200_000, intervals: [500] }).toEqual(["completed", "completed"]);
    } finally {
      await boss.stop({ graceful: false });
    }

    const mails = mailsTo(recipient);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Monthly report ${ws.name} — January 2030`);
    const deliveries = await db().reportDelivery.findMany({ where: { workspaceId: ws.id }, select: { period: true, kind: true, status: true, attempts: true } });
    expect(deliveries).toEqual([{ period: "2030-01", kind: "monthly-report", status: "sent", attempts: 1 }]);
  });
});
